// Italian puts the hour's article in the clock value (common.time.clock: "le 18:10", "l’1:10", counted by the hour as
// Spanish's "las"/"la" is), so a template writes only the preposition it merges into: "al{clock}", "dal{clock}",
// "del{clock}", "dopo {clock}". A template that writes the article itself ("alle {clock}") would read "alle le 18:10";
// this holds every Italian message with a clock placeholder to the rule.
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';

/** The placeholders a clock time in a sentence fills (utils/views/say.ts sayClock, format.ts formatClockInSentence). */
const CLOCK = /\{(clock|until|from)\}/;
/** An article, alone or merged, written before such a placeholder. */
const ARTICLE_BEFORE =
  /(?:^|[^\p{L}])(le|l’|l'|[adns]u?lle|[adns]u?ll’|delle|dell’) \{(clock|until|from)\}/iu;

describe('Italian clock times', () => {
  test('no template writes the hour’s article itself', async () => {
    const parsed = await parseMessagesFile(resolve(import.meta.dirname, '../../locales/it.yml'));
    const texts = parsed.flatMap((m) =>
      m.type === 'simple'
        ? [[m.key.join('.'), m.message] as const]
        : m.type === 'plural'
          ? Object.values(m.plurals).map((text) => [m.key.join('.'), text] as const)
          : [],
    );
    const withClock = texts.filter(([key, text]) => key !== 'common.time.clock' && CLOCK.test(text));
    // The rule has something to hold: the advice and popup say clock times in many places.
    expect(withClock.length).toBeGreaterThan(20);
    expect(withClock.filter(([, text]) => ARTICLE_BEFORE.test(text))).toEqual([]);
    const clock = texts.filter(([key]) => key === 'common.time.clock').map(([, text]) => text);
    expect(clock.sort()).toEqual(['le {clock}', 'l’{clock}']);
  });
});
