// Properties of the session builder over random inputs: shape, jumps, pain rule, weights, exact rebuild from the id,
// honest minutes, and the dose over the four weeks of a block.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXERCISES } from '../../utils/core/exercises';
import {
  blockWeekFor,
  buildSession,
  mainVolume,
  PAIN_RULE,
  sessionById,
  sessionWeightOf,
  type BuildSessionInput,
} from '../../utils/core/sessions';
import type { SessionKind } from '../../utils/core/types';

const RUNS = Number(process.env.SESSION_RUNS ?? 300);
const DAY_MS = 86_400_000;
const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const patternOf = (id: string) => byId.get(id)!.pattern;
const firstWeeks = (id: string) => /-f(-kg)?$/.test(id);

const KINDS: SessionKind[] = [
  'race',
  'long',
  'intervals',
  'tempo',
  'hills',
  'easy',
  'recovery',
  'hard',
  'taper',
  'mobility',
  'foundation',
];
const dateArb = fc
  .integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 11, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const inputArb: fc.Arbitrary<BuildSessionInput> = fc.record({
  kind: fc.constantFrom(...KINDS),
  level: fc.constantFrom(1, 2, 3 as const),
  phase: fc.constantFrom('off-season', 'build', 'taper', 'race-week', 'recovery', 'auto' as const),
  now: fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 11, 1) }).map((ms) => new Date(ms)),
  equipment: fc.option(fc.constantFrom('bodyweight', 'weights' as const), { nil: undefined }),
  timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Auckland', 'America/Los_Angeles', 'Not/AZone'),
  masters: fc.option(fc.boolean(), { nil: undefined }),
  firstSessionDate: fc.option(fc.oneof(dateArb, fc.constantFrom('', 'garbage', '2026-13-40')), {
    nil: undefined,
  }),
});

describe('session properties', () => {
  test('deterministic, and the id alone rebuilds the exact session', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = buildSession(input);
        expect(buildSession(input)).toEqual(s);
        expect(sessionById(s.id)).toEqual(s);
        expect(sessionWeightOf(s.id)).toBe(s.weight);
      }),
      { numRuns: RUNS },
    );
  });

  test('shape: warm-up first, jumps before single-leg and core, cool-down last, pain rule, honest minutes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = buildSession(input);
        expect(s.items[0]!.part).toBe('warm-up');
        expect(s.items.at(-1)!.part).toBe('cool-down');
        expect(s.notes).toContain(PAIN_RULE);
        expect(new Set(s.items.map((i) => i.exerciseId)).size).toBe(s.items.length);
        for (const item of s.items) expect(item.variant.dose.sets).toBeGreaterThan(0);

        const patterns = s.items.map((i) => patternOf(i.exerciseId));
        const jumps = patterns.flatMap((p, i) => (p === 'power' ? [i] : []));
        if (jumps.length > 0) {
          expect(s.block).toBe('power');
          expect(s.level).not.toBe(1);
          expect(input.masters && (s.kind === 'intervals' || s.kind === 'hills')).toBeFalsy();
          const lastJump = Math.max(...jumps);
          patterns.forEach((p, i) => {
            if (p === 'single-leg' || p === 'core') expect(i).toBeGreaterThan(lastJump);
          });
          expect(s.items[jumps[0]! - 1]!.part).toBe('warm-up');
        }

        expect(s.weight).toBeDefined();
        if (s.kind === 'mobility' || s.kind === 'easy' || s.kind === 'recovery') {
          expect(s.weight).toBe('mobility');
          expect(s.minutes).toBeGreaterThanOrEqual(5);
        }
        if (s.kind === 'mobility') expect(s.minutes).toBeLessThanOrEqual(10);
        if (s.weight === 'full' && s.block !== 'taper' && s.kind !== 'long' && !firstWeeks(s.id)) {
          expect(s.minutes).toBeGreaterThanOrEqual(15);
          expect(s.minutes).toBeLessThanOrEqual(35);
        }
        expect(s.minutes).toBeLessThanOrEqual(35);
        expect(s.minutes).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: RUNS },
    );
  });

  test('level 1, first two weeks: one set of every main exercise', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = buildSession({ ...input, level: 1 });
        if (!firstWeeks(s.id)) return;
        for (const item of s.items.filter((i) => i.part === 'main')) expect(item.variant.dose.sets).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  test('off-season blocks: week 2 and 3 doses ≥ week 1, the 4th week about 2/3 of the 3rd', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom('intervals', 'tempo', 'hills', 'hard', 'foundation' as const),
        (input, kind) => {
          const base = {
            ...input,
            kind,
            phase: 'off-season' as const,
            timeZone: 'UTC',
            firstSessionDate: '2000-01-03',
          };
          const offset = (blockWeekFor(input.now) - 1) * 7 * DAY_MS;
          const weeks = [0, 1, 2, 3].map((w) =>
            buildSession({ ...base, now: new Date(input.now.getTime() - offset + w * 7 * DAY_MS) }),
          );
          expect(weeks.map((s) => s.blockWeek)).toEqual([1, 2, 3, 4]);
          const mains = weeks.map((s) => s.items.filter((i) => i.part === 'main'));
          const [w1, w2, w3] = mains as [(typeof mains)[0], (typeof mains)[0], (typeof mains)[0]];
          const work = (d: { sets: number; reps?: number; seconds?: number }) =>
            d.sets * (d.reps ?? d.seconds ?? 0);
          w1.forEach((item, i) => {
            expect(w2[i]!.exerciseId).toBe(item.exerciseId);
            expect(w3[i]!.exerciseId).toBe(item.exerciseId);
            expect(work(w2[i]!.variant.dose)).toBeGreaterThanOrEqual(work(item.variant.dose));
            expect(work(w3[i]!.variant.dose)).toBeGreaterThanOrEqual(work(w2[i]!.variant.dose));
          });
          const ratio = mainVolume(weeks[3]!) / mainVolume(weeks[2]!);
          expect(ratio).toBeGreaterThan(0.55);
          expect(ratio).toBeLessThan(0.78);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('old s1 ids still open', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3),
        fc.constantFrom('race', 'long', 'intervals', 'tempo', 'hills', 'easy', 'recovery', 'hard', 'taper'),
        fc.constantFrom('stability', 'strength', 'power', 'maintenance', 'taper'),
        fc.integer({ min: 1, max: 98 }),
        fc.integer({ min: 1, max: 52 }),
        fc.boolean(),
        (level, kind, block, yy, ww, kg) => {
          const id = `s1-L${level}-${kind}-${block}-w${String(yy).padStart(2, '0')}${String(ww).padStart(2, '0')}${kg ? '-kg' : ''}`;
          const s = sessionById(id);
          expect(s).not.toBeNull();
          expect(s!.kind).toBe(kind);
          expect(s!.level).toBe(level);
          expect(s!.notes).toContain(PAIN_RULE);
          expect(sessionById(s!.id)).toEqual(s);
          expect(sessionWeightOf(id)).toBe('full');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
