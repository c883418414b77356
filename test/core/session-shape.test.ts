// The session builder as a coach would check it: shape, jumps, the pain rule, block stimulus, dose over the weeks,
// newcomers' first weeks, the mobility routine, the foundation session, weights and ids (old and new).
import { describe, expect, test } from 'vitest';
import { sessionTitle, words } from '../../utils/i18n/training-text';
import { EXERCISES } from '../../utils/core/exercises';
import {
  blockFor,
  blockWeekFor,
  buildSession,
  mainVolume,
  PAIN_RULE,
  sessionById,
  sessionWeightOf,
  strengthWeekOf,
  type BuildSessionInput,
} from '../../utils/core/sessions';
import type { Level, Session, SessionKind } from '../../utils/core/types';

const WEEK_MS = 7 * 86_400_000;
const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const patternOf = (id: string) => byId.get(id)!.pattern;
const main = (s: Session) => s.items.filter((i) => i.part === 'main');
/** A session's notes as the runner reads them (the test setup renders English). */
const notesText = (s: Session) => (s.notes ?? []).map(words).join(' ');

/** The Monday noon (UTC) of week `week` (1–4) of the first off-season block `block` after 2026-01-05. */
function weekOf(block: 'stability' | 'strength' | 'power', week: number): Date {
  for (let i = 0; i < 16; i += 1) {
    const monday = new Date(Date.UTC(2026, 0, 5, 12) + i * WEEK_MS);
    if (blockFor('off-season', monday) === block && blockWeekFor(monday) === 1)
      return new Date(monday.getTime() + (week - 1) * WEEK_MS);
  }
  throw new Error('no block start found');
}

const build = (input: Partial<BuildSessionInput>) =>
  buildSession({ kind: 'tempo', level: 2, phase: 'off-season', now: weekOf('strength', 1), ...input });

describe('session shape', () => {
  test.each([
    ['intervals', 1],
    ['intervals', 2],
    ['hills', 3],
    ['tempo', 2],
    ['hard', 3],
    ['long', 2],
    ['race', 2],
    ['taper', 1],
    ['easy', 3],
    ['recovery', 2],
    ['mobility', 1],
    ['foundation', 2],
  ] as [SessionKind, Level][])('%s at level %i: warm-up → main → cool-down, pain rule', (kind, level) => {
    for (const block of ['stability', 'strength', 'power'] as const) {
      const s = build({ kind, level, now: weekOf(block, 2) });
      const parts = s.items.map((i) => i.part);
      expect(parts[0]).toBe('warm-up');
      expect(parts.at(-1)).toBe('cool-down');
      // Parts never go back: all warm-up, then all main, then all cool-down.
      const rank = { 'warm-up': 0, main: 1, 'cool-down': 2 } as const;
      const ranks = parts.map((p) => rank[p!]);
      expect([...ranks].sort()).toEqual(ranks);
      expect(parts.filter((p) => p === 'warm-up').length).toBeGreaterThanOrEqual(2);
      expect(
        s.items.filter((i) => i.part !== 'main').every((i) => patternOf(i.exerciseId) === 'mobility'),
      ).toBe(true);
      expect(s.notes).toContain(PAIN_RULE);
      expect(new Set(s.items.map((i) => i.exerciseId)).size).toBe(s.items.length);
    }
  });

  test('jumps come right after the warm-up, single-leg before core', () => {
    const s = build({ kind: 'tempo', now: weekOf('power', 1) });
    const patterns = main(s).map((i) => patternOf(i.exerciseId));
    expect(patterns.slice(0, 2)).toEqual(['power', 'power']);
    expect(patterns.indexOf('single-leg')).toBeLessThan(patterns.indexOf('core'));
    expect(patterns.at(-1)).toBe('core');
  });

  test('jumps only in the power block: no jumping lunges in the stability block at level 3', () => {
    for (const block of ['stability', 'strength'] as const) {
      for (let week = 1; week <= 4; week += 1) {
        const s = build({ kind: 'intervals', level: 3, now: weekOf(block, week) });
        expect(s.items.map((i) => patternOf(i.exerciseId))).not.toContain('power');
        for (const item of s.items) expect(words(item.variant.name)).not.toMatch(/jump|hop|bound/i);
      }
    }
    expect(
      build({ kind: 'intervals', phase: 'build' }).items.map((i) => patternOf(i.exerciseId)),
    ).not.toContain('power');
  });

  test('every explosive variant in the library is power work, and no level-1 variant jumps', () => {
    for (const exercise of EXERCISES) {
      for (const level of [1, 2, 3] as const) {
        const name = words(exercise.levels[level].name);
        if (/jump|hop|bound|plyo/i.test(name)) expect(exercise.pattern).toBe('power');
        if (exercise.pattern === 'power' && level === 1) expect(name).not.toMatch(/jump|hop|bound/i);
      }
    }
  });

  test('masters: no jumps after intervals or hills, fewer jumps otherwise', () => {
    const now = weekOf('power', 1);
    const jumps = (s: Session) => main(s).filter((i) => patternOf(i.exerciseId) === 'power');
    for (const kind of ['intervals', 'hills'] as const) {
      const s = build({ kind, now, masters: true });
      expect(jumps(s)).toEqual([]);
      expect(notesText(s)).toMatch(/No jumps today/);
    }
    const young = build({ kind: 'tempo', now });
    const masters = build({ kind: 'tempo', now, masters: true });
    expect(jumps(young)).toHaveLength(2);
    expect(jumps(masters)).toHaveLength(1);
    const contacts = (s: Session) =>
      jumps(s).reduce((n, i) => n + i.variant.dose.sets * i.variant.dose.reps!, 0);
    expect(contacts(masters)).toBeLessThan(contacts(young));
    expect(build({ kind: 'intervals', now }).items.some((i) => patternOf(i.exerciseId) === 'power')).toBe(
      true,
    );
  });

  test('the weights coach note stays', () => {
    expect(notesText(build({ equipment: 'weights' }))).toMatch(/qualified strength and conditioning coach/);
    expect(notesText(build({}))).not.toMatch(/qualified/);
  });
});

describe('block stimulus', () => {
  test('stability: holds and a slow tempo; strength: slow lowering and longer rests; power: few reps, long rests', () => {
    const stability = build({ now: weekOf('stability', 1) });
    const strength = build({ now: weekOf('strength', 1) });
    const power = build({ now: weekOf('power', 1) });

    expect(main(stability).some((i) => i.variant.dose.seconds)).toBe(true);
    const slow = main(stability).filter((i) => i.secondsPerRep);
    expect(slow.length).toBeGreaterThan(0);
    for (const item of slow) {
      expect(item.secondsPerRep).toBeGreaterThanOrEqual(6);
      expect(words(item.variant.cues[0]!)).toMatch(/slow/i);
    }

    const lowering = main(strength).filter((i) => i.secondsPerRep);
    expect(lowering.length).toBeGreaterThanOrEqual(3);
    for (const item of lowering) expect(words(item.variant.cues[0]!)).toMatch(/three on the way down/);
    const singleLeg = main(strength).filter((i) => patternOf(i.exerciseId) === 'single-leg');
    expect(singleLeg.map((i) => i.exerciseId)).not.toContain('forward-lunge');
    for (const item of singleLeg) expect(item.restS).toBeGreaterThanOrEqual(60);

    for (const item of main(power).filter((i) => patternOf(i.exerciseId) === 'power')) {
      expect(item.variant.dose.reps).toBeLessThanOrEqual(6);
      expect(item.restS).toBeGreaterThanOrEqual(90);
      expect(words(item.variant.cues[0]!)).toMatch(/fast/i);
    }
  });

  test('the three blocks use different exercises', () => {
    const ids = (block: 'stability' | 'strength' | 'power') =>
      main(build({ now: weekOf(block, 1) }))
        .map((i) => i.exerciseId)
        .join();
    expect(new Set([ids('stability'), ids('strength'), ids('power')]).size).toBe(3);
  });
});

describe('dose over the weeks', () => {
  test.each(['stability', 'strength', 'power'] as const)(
    '%s block: weeks 1 → 3 build on the same exercises, week 4 is about two-thirds of week 3',
    (block) => {
      for (const level of [1, 2, 3] as const) {
        const weeks = [1, 2, 3, 4].map((week) =>
          build({ kind: 'hard', level, now: weekOf(block, week), firstSessionDate: '2025-01-01' }),
        );
        const exercises = weeks.map((s) =>
          main(s)
            .map((i) => i.exerciseId)
            .join(),
        );
        expect(new Set(exercises).size).toBe(1);
        const [v1, v2, v3, v4] = weeks.map(mainVolume) as [number, number, number, number];
        expect(v2).toBeGreaterThan(v1);
        expect(v3).toBeGreaterThan(v2);
        expect(v4 / v3).toBeGreaterThan(0.58);
        expect(v4 / v3).toBeLessThan(0.76);
        expect(weeks.map((s) => s.blockWeek)).toEqual([1, 2, 3, 4]);
        expect(sessionTitle(weeks[3]!.title)).toMatch(/lighter week/);
        expect(notesText(weeks[3]!)).toMatch(/Lighter week/);
        // Week 3 adds a set to week 2.
        expect(main(weeks[2]!)[0]!.variant.dose.sets).toBe(main(weeks[1]!)[0]!.variant.dose.sets + 1);
      }
    },
  );

  test('build-up maintenance changes exercises from week to week, lighter every 4th week', () => {
    const mixes = new Set<string>();
    let lighter = 0;
    for (let week = 0; week < 8; week += 1) {
      const s = build({ phase: 'build', now: new Date(weekOf('power', 1).getTime() + week * WEEK_MS) });
      expect(s.block).toBe('maintenance');
      mixes.add(
        main(s)
          .map((i) => i.exerciseId)
          .join(),
      );
      if (s.blockWeek === 4) {
        lighter += 1;
        expect(sessionTitle(s.title)).toMatch(/lighter week/);
      }
    }
    expect(mixes.size).toBeGreaterThanOrEqual(4);
    expect(lighter).toBe(2);
  });
});

describe("a newcomer's first two weeks", () => {
  const now = weekOf('strength', 3);
  const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  test('one set of every exercise in the first two weeks, counted from the first session', () => {
    // `now` is a Monday: the same day, a day before (the week before) and 8 days ahead (none yet) are weeks 1–2.
    for (const first of [undefined, daysBefore(0), daysBefore(1), daysBefore(7), 'garbage', daysBefore(-8)]) {
      const s = build({ level: 1, now, firstSessionDate: first });
      expect(s.id.endsWith('-f')).toBe(true);
      for (const item of main(s)) expect(item.variant.dose.sets).toBe(1);
      expect(notesText(s)).toMatch(/first two weeks/);
      expect(sessionById(s.id)).toEqual(s);
    }
    const third = build({ level: 1, now, firstSessionDate: daysBefore(8) });
    expect(third.id.endsWith('-f')).toBe(false);
    expect(Math.max(...main(third).map((i) => i.variant.dose.sets))).toBeGreaterThan(1);
    // Only newcomers: a level-2 runner's first week is a normal session.
    expect(build({ level: 2, now }).id).not.toMatch(/-f$/);
  });

  test('strength weeks count calendar weeks from the first session', () => {
    expect(strengthWeekOf(undefined, '2026-02-11')).toBe(1);
    expect(strengthWeekOf('2026-02-09', '2026-02-15')).toBe(1);
    expect(strengthWeekOf('2026-02-08', '2026-02-09')).toBe(2);
    expect(strengthWeekOf('2026-01-28', '2026-02-11')).toBe(3);
    expect(strengthWeekOf('2026-03-01', '2026-02-11')).toBe(1);
    expect(strengthWeekOf('nope', '2026-02-11')).toBe(1);
  });
});

describe('mobility routine and foundation session', () => {
  test.each([1, 2, 3] as const)(
    'mobility at level %i: 5–10 minutes of drills and light core, any day',
    (level) => {
      for (const phase of ['off-season', 'build', 'taper', 'race-week'] as const) {
        const s = build({ kind: 'mobility', level, phase });
        expect(s.weight).toBe('mobility');
        expect(s.minutes).toBeGreaterThanOrEqual(5);
        expect(s.minutes).toBeLessThanOrEqual(10);
        const patterns = new Set(s.items.map((i) => patternOf(i.exerciseId)));
        expect(patterns).toEqual(new Set(['mobility', 'core']));
        expect(sessionTitle(s.title)).toBe('Mobility routine');
      }
    },
  );

  test('foundation: the basics at the runner level, a full session', () => {
    for (const level of [1, 2, 3] as const) {
      const s = build({ kind: 'foundation', level, firstSessionDate: '2025-01-01' });
      expect(s.weight).toBe('full');
      const ids = main(s).map((i) => i.exerciseId);
      expect(ids).toEqual(
        expect.arrayContaining([
          'bodyweight-squat',
          'lateral-lunge',
          'glute-bridge',
          'bird-dog',
          'front-plank',
        ]),
      );
      for (const item of main(s))
        expect(item.variant.name).toBe(byId.get(item.exerciseId)!.levels[level].name);
      expect(s.minutes).toBeGreaterThanOrEqual(15);
      expect(s.minutes).toBeLessThanOrEqual(35);
    }
  });
});

describe('weights', () => {
  test.each([
    ['intervals', 'full'],
    ['tempo', 'full'],
    ['hills', 'full'],
    ['long', 'full'],
    ['hard', 'full'],
    ['foundation', 'full'],
    ['race', 'light'],
    ['taper', 'light'],
    ['easy', 'mobility'],
    ['recovery', 'mobility'],
    ['mobility', 'mobility'],
  ] as [SessionKind, string][])('%s → %s, from the session and from its id', (kind, weight) => {
    const s = build({ kind });
    expect(s.weight).toBe(weight);
    expect(sessionWeightOf(s)).toBe(weight);
    expect(sessionWeightOf(s.id)).toBe(weight);
  });

  test('a run kind in the taper block is the light taper session', () => {
    const s = build({ kind: 'intervals', phase: 'taper' });
    expect(s.block).toBe('taper');
    expect(s.weight).toBe('light');
    expect(sessionWeightOf(s.id)).toBe('light');
  });

  test('old and unknown ids count as full', () => {
    for (const id of ['s1-L2-race-taper-w2627', 's1-L1-intervals-power-w2540-kg', 'whatever', '']) {
      expect(sessionWeightOf(id)).toBe('full');
    }
    const { weight: _weight, ...withoutWeight } = build({ kind: 'easy' });
    expect(sessionWeightOf(withoutWeight)).toBe('mobility');
  });
});

describe('old ids', () => {
  test.each([
    's1-L2-intervals-strength-w2627',
    's1-L1-race-power-w2601',
    's1-L3-hills-stability-w2552-kg',
    's1-L2-taper-taper-w2620',
    's1-L2-long-maintenance-w2615',
    's1-L1-recovery-strength-w2501',
  ])('%s opens as the closest session of today', (id) => {
    const s = sessionById(id)!;
    expect(s).not.toBeNull();
    const [, level, kind, block, week] = /^s1-L(\d)-(\w+)-(\w+)-w(\d{4})/.exec(id)!;
    expect(s.id).toMatch(new RegExp(`^s2-L${level}-${kind}-${block}-w${week}`));
    expect(s.id.endsWith('-kg')).toBe(id.endsWith('-kg'));
    expect(s.items[0]!.part).toBe('warm-up');
    expect(s.notes).toContain(PAIN_RULE);
    expect(sessionById(s.id)).toEqual(s);
  });
});
