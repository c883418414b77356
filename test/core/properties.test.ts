import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildSession,
  classifyRun,
  dedupeRuns,
  effectivePhase,
  isHardKind,
  overrideFor,
  planDay,
  runEnd,
  sessionById,
  weeklyTarget,
  weekSummary,
  type Run,
} from '../../utils/core';
import { HOUR, NOW, planInputArb, runArb } from './arbitraries';
import { englishAll } from '../support/english';

const RUNS = 300;

describe('classifyRun properties', () => {
  test('never throws; always a kind that matches the effort, and at least one reason', () => {
    fc.assert(
      fc.property(
        runArb(NOW - 30 * 24 * HOUR, NOW),
        fc.array(runArb(NOW - 60 * 24 * HOUR, NOW), { maxLength: 10 }),
        (run, recent) => {
          const result = classifyRun(run, recent);
          expect(['hard', 'easy']).toContain(result.effort);
          expect(isHardKind(result.kind)).toBe(result.effort === 'hard');
          expect(['high', 'medium', 'low']).toContain(result.confidence);
          expect(result.reasons.length).toBeGreaterThan(0);
          for (const reason of englishAll(result.reasons)) expect(reason).toMatch(/\S/);
          expect(classifyRun(structuredClone(run), structuredClone(recent))).toEqual(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('survives values that are not runs at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = classifyRun(value as Run);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('planDay properties', () => {
  test('never throws, and strength only after an own hard run, inside the window, under the target, outside race week', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const advice = planDay(input);
        expect(advice.reasons.length).toBeGreaterThan(0);
        if (advice.kind !== 'strength') return;
        const own = dedupeRuns(input.runs).filter((r) => r.ownedByViewer !== false);
        expect(advice.run.ownedByViewer).not.toBe(false);
        const override = overrideFor(advice.run, input.overrides);
        expect(override ?? classifyRun(advice.run, own).effort).toBe('hard');
        const windowEnds = Date.parse(advice.windowEnds);
        expect(windowEnds).toBeLessThanOrEqual(
          runEnd(advice.run).getTime() + input.settings.windowHours * HOUR,
        );
        expect(input.now.getTime()).toBeLessThanOrEqual(windowEnds);
        expect(runEnd(advice.run).getTime()).toBeLessThanOrEqual(input.now.getTime());
        const week = weekSummary({ ...input, runs: input.runs });
        expect(week.done).toBeLessThan(week.target.target);
        expect(week.target.target).toBeLessThanOrEqual(
          weeklyTarget(input.now, input.settings, input.timeZone).target,
        );
        expect(['taper', 'race-week', 'recovery']).not.toContain(
          effectivePhase(input.now, input.settings, input.timeZone).phase,
        );
        expect(advice.session.items.length).toBeGreaterThan(0);
      }),
      // About 4 % of generated days end in a strength suggestion; 1500 runs check ~60 of them in depth.
      { numRuns: 1500 },
    );
  });

  test('an easy day never carries a session, and race day / the day before never do either', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const advice = planDay(input);
        if (advice.kind === 'easy-day') expect(advice).not.toHaveProperty('session');
        if (effectivePhase(input.now, input.settings, input.timeZone).restForRace) {
          expect(advice.kind === 'strength' || (advice.kind === 'taper' && advice.session)).toBeFalsy();
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('deterministic: the same input always gives the same advice', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        expect(planDay(structuredClone(input))).toEqual(planDay(input));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('session properties', () => {
  test('deterministic and rebuilt exactly from the id', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'race',
          'long',
          'intervals',
          'tempo',
          'hills',
          'easy',
          'recovery',
          'hard',
          'taper' as const,
        ),
        fc.constantFrom(1, 2, 3 as const),
        fc.constantFrom('off-season', 'build', 'taper', 'race-week' as const),
        fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 11, 1) }),
        fc.constantFrom('bodyweight', 'weights' as const),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Auckland'),
        (kind, level, phase, ms, equipment, timeZone) => {
          const input = { kind, level, phase, now: new Date(ms), equipment, timeZone };
          const session = buildSession(input);
          expect(buildSession(input)).toEqual(session);
          expect(sessionById(session.id)).toEqual(session);
          expect(session.minutes).toBeGreaterThan(0);
          for (const item of session.items) expect(item.variant.dose.sets).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
