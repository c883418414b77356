import { describe, expect, test } from 'vitest';
import { words } from '../../utils/i18n/training-text';
import { hasMessage } from '../../utils/i18n';
import { EXERCISES } from '../../utils/core/exercises';
import { buildSession, sessionById, SECONDS_PER_REP, SETUP_S_PER_EXERCISE } from '../../utils/core/sessions';
import type { Level, Session } from '../../utils/core/types';

const now = new Date('2026-06-30T18:00:00Z');
const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const patternOf = (id: string) => byId.get(id)!.pattern;

describe('EXERCISES', () => {
  test("includes the article's eight, the basics and at least three mobility drills", () => {
    const ids = EXERCISES.map((e) => e.id);
    for (const id of [
      'jump-squat',
      'triangle-push-up',
      'bicycle-crunch',
      'forward-lunge',
      'leg-raise',
      'side-plank-twist',
      'single-leg-squat',
      'bear-crawl',
      'bodyweight-squat',
      'lateral-lunge',
      'glute-bridge',
      'bird-dog',
      'calf-raise',
    ]) {
      expect(ids).toContain(id);
    }
    expect(EXERCISES.filter((e) => e.pattern === 'mobility').length).toBeGreaterThanOrEqual(3);
    expect(words(byId.get('bear-crawl')!.levels[3].name)).toMatch(/twist/i);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(EXERCISES.map((e) => [e.id, e] as const))('%s has three complete levels', (_id, exercise) => {
    expect(exercise.targets.length).toBeGreaterThan(0);
    // Every piece has its words (locales/en.yml; the other languages are held to the same keys).
    for (const key of [exercise.name, ...exercise.targets]) expect(hasMessage(key), key).toBe(true);
    for (const level of [1, 2, 3] as const) {
      const v = exercise.levels[level];
      expect(v.cues.length).toBeGreaterThanOrEqual(2);
      expect(v.cues.length).toBeLessThanOrEqual(3);
      for (const key of [v.name, ...v.cues, v.easier ?? 'no easier option'])
        expect(hasMessage(key), key).toBe(true);
      expect(v.dose.sets).toBeGreaterThan(0);
      expect((v.dose.reps ?? 0) > 0 || (v.dose.seconds ?? 0) > 0).toBe(true);
    }
  });
});

function expectedMinutes(session: Session): number {
  const seconds = session.items.reduce((sum, { variant: { dose }, restS, secondsPerRep }) => {
    const perRep = secondsPerRep ?? SECONDS_PER_REP;
    const work = (dose.reps !== undefined ? dose.reps * perRep : dose.seconds!) * (dose.perSide ? 2 : 1);
    return sum + SETUP_S_PER_EXERCISE + dose.sets * (work + restS);
  }, 0);
  return Math.max(1, Math.round(seconds / 60));
}

describe('buildSession', () => {
  // Was "core and single-leg first": a coach warms up first, does single-leg strength while fresh and core last.
  test('after intervals at level 2: warm-up, single-leg before core, cool-down last', () => {
    const s = buildSession({ kind: 'intervals', level: 2, phase: 'off-season', now });
    const main = s.items.filter((i) => i.part === 'main').map((i) => patternOf(i.exerciseId));
    expect(main.length).toBeGreaterThanOrEqual(5);
    expect(s.items[0]!.part).toBe('warm-up');
    expect(s.items.at(-1)!.part).toBe('cool-down');
    expect(main).toContain('single-leg');
    expect(main.lastIndexOf('single-leg')).toBeLessThan(main.indexOf('core'));
    expect(s.minutes).toBe(expectedMinutes(s));
    expect(s.weight).toBe('full');
  });

  test('after a long run: shorter, light on the legs, upper body before the gentle leg move', () => {
    const full = buildSession({ kind: 'tempo', level: 2, phase: 'off-season', now });
    const long = buildSession({ kind: 'long', level: 2, phase: 'off-season', now });
    expect(long.minutes).toBeLessThan(full.minutes);
    const patterns = long.items.map((i) => patternOf(i.exerciseId));
    expect(patterns).not.toContain('power');
    expect(patterns).not.toContain('single-leg');
    expect(patterns.indexOf('upper')).toBeLessThan(patterns.indexOf('legs'));
    expect(long.items.filter((i) => patternOf(i.exerciseId) === 'legs').map((i) => i.exerciseId)).toEqual(
      expect.arrayContaining([expect.stringMatching(/glute-bridge|calf-raise/)]),
    );
  });

  test('after a race: only mobility and core', () => {
    const s = buildSession({ kind: 'race', level: 3, phase: 'off-season', now });
    expect(new Set(s.items.map((i) => patternOf(i.exerciseId)))).toEqual(new Set(['core', 'mobility']));
    expect(s.weight).toBe('light');
  });

  test('level 1 uses only level-1 variants and no jumping', () => {
    for (const kind of ['intervals', 'hills', 'long', 'race', 'taper'] as const) {
      const s = buildSession({ kind, level: 1, phase: 'off-season', now });
      for (const item of s.items) {
        expect(item.variant.name).toBe(byId.get(item.exerciseId)!.levels[1].name);
        expect(patternOf(item.exerciseId)).not.toBe('power');
      }
    }
  });

  test('level 3 uses level-3 variants', () => {
    const s = buildSession({ kind: 'hills', level: 3, phase: 'off-season', now });
    for (const item of s.items) expect(item.variant.name).toBe(byId.get(item.exerciseId)!.levels[3].name);
  });

  test('blocks rotate over the weeks in the off-season (4-week blocks); build-up is maintenance', () => {
    const blocks = new Set<string>();
    const routines = new Set<string>();
    for (let week = 0; week < 12; week += 1) {
      const s = buildSession({
        kind: 'intervals',
        level: 2,
        phase: 'off-season',
        now: new Date(now.getTime() + week * 7 * 86_400_000),
      });
      blocks.add(s.block!);
      routines.add(s.items.map((i) => i.exerciseId).join());
    }
    expect(blocks).toEqual(new Set(['stability', 'strength', 'power']));
    expect(routines.size).toBeGreaterThan(3);
    expect(buildSession({ kind: 'intervals', level: 2, phase: 'build', now }).block).toBe('maintenance');
  });

  test('deterministic, and the id alone rebuilds the same session', () => {
    for (const level of [1, 2, 3] as Level[]) {
      for (const kind of ['intervals', 'tempo', 'hills', 'long', 'race', 'hard', 'taper'] as const) {
        for (const equipment of ['bodyweight', 'weights'] as const) {
          const input = {
            kind,
            level,
            phase: 'off-season' as const,
            now,
            equipment,
            timeZone: 'Europe/Berlin',
          };
          const s = buildSession(input);
          expect(buildSession(input)).toEqual(s);
          expect(sessionById(s.id)).toEqual(s);
        }
      }
    }
    expect(buildSession({ kind: 'intervals', level: 2, phase: 'off-season', now }).id).toBe(
      's2-L2-intervals-strength-w2627',
    );
    expect(
      buildSession({ kind: 'hills', level: 1, phase: 'build', now, masters: true, equipment: 'weights' }).id,
    ).toBe('s2-L1-hills-maintenance-w2627-m-f-kg');
  });

  test('weights add the coach advice', () => {
    const s = buildSession({ kind: 'tempo', level: 2, phase: 'build', now, equipment: 'weights' });
    expect(s.id.endsWith('-kg')).toBe(true);
    expect((s.notes ?? []).map(words).join(' ')).toMatch(/qualified strength and conditioning coach/);
  });

  test('bad ids give null', () => {
    for (const id of [
      '',
      'nope',
      's1-L4-intervals-strength-w2627',
      's1-L2-jog-strength-w2627',
      's1-L2-intervals-strength-w2554',
      's2-L2-intervals-strength-w2627-f',
      's2-L2-intervals-strength-w2627-kg-m',
      's2-L2-jog-strength-w2627',
      42,
    ]) {
      expect(sessionById(id)).toBeNull();
    }
  });
});
