// Every reason and advice of the labelled corpus and of a simulated year, said in every language HardDay speaks and in
// both unit systems: no placeholder left, no key shown, no English unit in an imperial text.
import { describe, expect, test } from 'vitest';
import { classifyRun, planDay } from '../../utils/core';
import type { Message } from '../../utils/core/message';
import { LANGUAGES } from '../../utils/i18n';
import { say } from '../../utils/views/say';
import { speaker } from '../../utils/platform';
import { useLocale } from '../support/i18n';
import { CORPUS } from './corpus';

const messages: Message[] = CORPUS.flatMap((c) => classifyRun(c.run, c.recent, c.profile).reasons);
for (const c of CORPUS.slice(0, 40)) {
  const end = Date.parse(c.run.start) + (c.run.elapsedS ?? 0) * 1000;
  const advice = planDay({
    now: new Date(end + 60 * 60_000),
    runs: [c.run, ...(c.recent ?? [])],
    log: [],
    settings: { level: 2, phase: 'auto', windowHours: 3, weekStartsOn: 1, equipment: 'weights' },
    timeZone: 'Europe/Berlin',
  });
  messages.push(...advice.reasons);
}

describe.each(LANGUAGES)('%s', (language) => {
  test.each(['metric', 'imperial'] as const)('%s: every message is whole text', (units) => {
    useLocale(language);
    const s = speaker(units);
    for (const message of messages) {
      const text = say(s, message);
      expect(text, message.key).not.toMatch(/\{\w+\}|\b(reason|advice|common)\.[a-z]/);
      expect(text.trim().length, message.key).toBeGreaterThan(3);
      if (units === 'imperial') expect(text, message.key).not.toMatch(/\d\/km|\d m\/km/);
    }
  });
});
