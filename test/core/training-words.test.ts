// The training content's words: the core hands out message keys only (exercise names, cues, easier options, targets,
// session titles, focus lines, notes); these tests hold the keys and locales/*.yml to each other. The key-parity test
// holds every language to the English keys; here: every key the core can hand out has words, the exercise and target
// sections hold nothing the library does not use (a cue count changed in one place only fails), and no language shows
// English where it should speak its own.
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { sessionTitle, words } from '../../utils/i18n/training-text';
import { EXERCISES } from '../../utils/core/exercises';
import { buildSession, COACH_NOTE, PAIN_RULE } from '../../utils/core/sessions';
import type { Level, Session, SessionKind } from '../../utils/core/types';
import { hasMessage, LANGUAGES } from '../../utils/i18n';
import { useLocale } from '../support/i18n';

async function messagesOf(language: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${language}.yml`));
  return new Map(parsed.flatMap((m) => (m.type === 'simple' ? [[m.key.join('.'), m.message] as const] : [])));
}

const KINDS: SessionKind[] = [
  'intervals',
  'tempo',
  'hills',
  'hard',
  'long',
  'race',
  'easy',
  'recovery',
  'taper',
  'mobility',
  'foundation',
];
const PHASES = ['off-season', 'build', 'taper'] as const;
const WEEK_MS = 7 * 86_400_000;

/** Every session the builder makes: each kind, level and phase, with and without the flags, over twelve weeks. */
function everySession(): Session[] {
  const sessions: Session[] = [];
  for (let week = 0; week < 12; week += 1) {
    const now = new Date(Date.UTC(2026, 0, 7, 12) + week * WEEK_MS);
    for (const kind of KINDS)
      for (const level of [1, 2, 3] as Level[])
        for (const phase of PHASES)
          for (const flags of [{}, { masters: true, equipment: 'weights' as const }])
            sessions.push(buildSession({ kind, level, phase, now, ...flags }));
  }
  return sessions;
}

/** The keys a session shows: its title parts, focus, notes and every item's name, cues and easier option. */
function keysOf(session: Session): string[] {
  const { kind, block } = session.title;
  return [
    kind,
    ...(block ? [block] : []),
    session.focus,
    ...(session.notes ?? []),
    ...session.items.flatMap(({ variant }) => [
      variant.name,
      ...variant.cues,
      ...(variant.easier ? [variant.easier] : []),
    ]),
  ];
}

describe('training words', () => {
  test('the exercise and target sections of locales/en.yml hold exactly what the library hands out', async () => {
    const english = await messagesOf('en');
    const used = new Set(
      EXERCISES.flatMap((e) => [
        e.name,
        ...e.targets,
        ...([1, 2, 3] as const).flatMap((level) => {
          const { name, cues, easier } = e.levels[level];
          return [name, ...cues, ...(easier ? [easier] : [])];
        }),
      ]),
    );
    const written = [...english.keys()].filter((key) => /^(exercise|target)\./.test(key));
    expect(written.filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  test('every session the builder makes has words for everything it shows', () => {
    const sessions = everySession();
    const keys = new Set(sessions.flatMap(keysOf));
    expect([...keys].filter((key) => !hasMessage(key))).toEqual([]);
    // The safety notes, the tempo cues and every block label are among them.
    expect(keys).toContain(PAIN_RULE);
    expect(keys).toContain(COACH_NOTE);
    for (const tempo of ['stability', 'strength', 'power']) expect(keys).toContain(`training.tempo.${tempo}`);
    const titles = new Set(sessions.map((s) => sessionTitle(s.title)));
    expect(titles).toContain('Strength after intervals · strength block, week 2');
    expect(titles).toContain('Strength after your tempo run · power block, lighter week');
    expect(titles).toContain('Strength after hills · maintenance');
    expect(titles).toContain('Mobility routine');
  });

  // Words that are the same as in English on purpose: names runners of that language use as they are, and a few
  // muscles spelt alike. Anything else equal to the English is a translation left out.
  const SAME_AS_ENGLISH: Record<string, string[]> = {
    de: ['exercise.stepUp.name', 'exercise.openBook.name', 'training.titleInBlock', 'training.variantOf'],
    fr: ['target.triceps', 'target.obliques', 'target.coordination', 'training.titleInBlock'],
    es: ['target.core', 'training.titleInBlock'],
    nl: [
      'exercise.stepUp.name',
      'target.triceps',
      'target.core',
      'target.hamstrings',
      'training.titleInBlock',
      'training.titleInBlockWeek',
    ],
    // Italian runners train the "core" too.
    it: ['target.core', 'training.titleInBlock'],
  };

  test.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s speaks its own words for the training content',
    async (language) => {
      const [english, own] = await Promise.all([messagesOf('en'), messagesOf(language)]);
      const untranslated = [...english]
        .filter(([key]) => /^(exercise|target|training)\./.test(key))
        .filter(([key, text]) => own.get(key)?.toLowerCase() === text.toLowerCase())
        .map(([key]) => key);
      expect(untranslated.sort()).toEqual([...(SAME_AS_ENGLISH[language] ?? [])].sort());
    },
  );

  test('a German browser gets the session in German', () => {
    useLocale('de-DE');
    const session = buildSession({
      kind: 'intervals',
      level: 2,
      phase: 'off-season',
      now: new Date('2026-06-30T18:00:00Z'),
    });
    expect(words(PAIN_RULE)).toMatch(/^Hör auf deinen Körper/);
    expect(sessionTitle(session.title)).toMatch(/^Kraft nach Intervallen · /);
    const squat = EXERCISES.find((e) => e.id === 'bodyweight-squat')!;
    expect(words(squat.levels[2].cues[1]!)).toBe('Knie zeigen in Richtung der Zehen');
    expect(words(EXERCISES.find((e) => e.id === 'split-squat')!.name)).toBe('Bulgarian Split Squat');
  });

  test('an Italian browser gets the session in Italian, with the names Italian runners use', () => {
    useLocale('it-IT');
    const session = buildSession({
      kind: 'tempo',
      level: 2,
      phase: 'off-season',
      now: new Date('2026-06-30T18:00:00Z'),
    });
    expect(words(PAIN_RULE)).toMatch(/^Ascolta il tuo corpo/);
    expect(sessionTitle(session.title)).toMatch(/^Forza dopo il medio · /);
    expect(words(EXERCISES.find((e) => e.id === 'split-squat')!.name)).toBe('Squat bulgaro');
  });
});
