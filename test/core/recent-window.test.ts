// The popup with a long history: classification reads only the runs of the 28 days before each run (found by binary
// search, `recentRunsFor`) instead of scanning the whole history for every run. This must change no result: the
// baseline and the classification of every run, and the popup's whole view and history, are compared with the
// unwindowed computation (the same modules with `recentRunsFor` handing back the whole history, as before).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { realisticLog, realisticRuns, seeded } from '../support/realistic-runs';
import { DEFAULT_SETTINGS, classifyRun, type Run } from '../../utils/core';
import { recentRunsFor, runnerBaseline } from '../../utils/core/runner-baseline';
import { compactRuns } from '../../utils/store/compact';
import { DEFAULT_PREFS } from '../../utils/store/schemas';
import type { StoredState } from '../../utils/store/snapshot';
import { HOUR, NOW, runArb, settingsArb } from './arbitraries';

const DAY = 24 * HOUR;

const windowed = await import('../../utils/views/popup-model');
vi.resetModules();
vi.doMock('../../utils/core/runner-baseline', async (original) => ({
  ...(await original<typeof import('../../utils/core/runner-baseline')>()),
  recentRunsFor: (history: readonly Run[]) => () => history,
}));
const unwindowed = await import('../../utils/views/popup-model');
vi.doUnmock('../../utils/core/runner-baseline');

/**
 * Messy histories dense enough that most runs have others in their 28 days: random runs over 70 days, plus runs
 * that start at the same instant as another (ties), the same run stored twice, and a race now and then.
 */
const historyArb = fc
  .record({
    runs: fc.array(runArb(NOW - 70 * DAY, NOW), { maxLength: 60 }),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    twice: fc.array(fc.nat(), { maxLength: 3 }),
    races: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ runs, ties, twice, races }) => {
    const history = runs.map((run) => ({ ...run }));
    const pick = (n: number) => history[n % Math.max(1, history.length)];
    for (const [a, b] of ties) {
      const from = pick(a);
      const to = pick(b);
      if (from && to) to.start = from.start;
    }
    for (const n of races) {
      const run = pick(n);
      if (run) run.tags = { ...run.tags, race: true };
    }
    for (const n of twice) {
      const run = pick(n);
      if (run) history.push(run);
    }
    return history;
  });

describe('recentRunsFor: the window a baseline reads, without scanning the history', () => {
  it('gives every run the same baseline and classification as the whole history (property)', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, (history, settings) => {
        const recent = recentRunsFor(history);
        const profile = { birthYear: settings.birthYear, maxHr: settings.maxHr };
        for (const run of history) {
          expect(runnerBaseline(run, recent(run))).toEqual(runnerBaseline(run, history));
          expect(classifyRun(run, recent(run), profile)).toEqual(classifyRun(run, history, profile));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('hands out only runs of the 28 days before, in the history’s order', () => {
    const history = realisticRuns(200, NOW, 100, 3);
    const recent = recentRunsFor(history);
    const run = history[50]!;
    const start = Date.parse(run.start);
    const window = recent(run);
    expect(window.length).toBeGreaterThan(20);
    expect(window.length).toBeLessThan(80);
    expect(window.every((r) => Date.parse(r.start) < start && Date.parse(r.start) >= start - 28 * DAY)).toBe(
      true,
    );
    expect(window).toEqual(history.filter((r) => window.includes(r)));
    expect(recent({ ...run, start: 'garbage' })).toEqual([]);
  });
});

describe('the popup over a long history: windowed and unwindowed agree', () => {
  const stateArb = fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      count: fc.integer({ min: 0, max: 160 }),
      days: fc.integer({ min: 1, max: 400 }),
      settings: settingsArb,
      nowAfterLast: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      corrected: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 5 }),
      zone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland'),
      onTab: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ seed, count, days, settings, nowAfterLast, corrected, zone, onTab }) => {
      const runs = realisticRuns(count, NOW, days, seed);
      const random = seeded(seed);
      const overrides: Record<string, 'hard' | 'easy'> = {};
      for (const [n, hard] of corrected) {
        const run = runs[n % Math.max(1, runs.length)];
        if (run) overrides[`${run.source}:${run.id}`] = hard ? 'hard' : 'easy';
      }
      const state: StoredState = {
        settings,
        prefs: DEFAULT_PREFS,
        runs,
        log: realisticLog(runs, Math.floor(random() * 1000)),
        overrides,
      };
      const tabRun = onTab === undefined ? undefined : runs[onTab % Math.max(1, runs.length)];
      return {
        state,
        context: {
          now: NOW + nowAfterLast * 60_000,
          timeZone: zone,
          language: 'en-GB',
          tabUrl: tabRun?.url ?? null,
        },
      };
    });

  it('popup view and 8-week history are identical (property over realistic histories)', () => {
    fc.assert(
      fc.property(stateArb, ({ state, context }) => {
        expect(windowed.buildPopupView(state, context)).toEqual(unwindowed.buildPopupView(state, context));
        expect(windowed.historyModel(state, context.now, context.timeZone)).toEqual(
          unwindowed.historyModel(state, context.now, context.timeZone),
        );
      }),
      { numRuns: 30 },
    );
  }, 180_000);

  it('and on five years of doubles (4,000 runs), with the popup open over an old run', () => {
    const runs = realisticRuns(4000, NOW - HOUR, 5 * 365, 7);
    const state: StoredState = {
      settings: { ...DEFAULT_SETTINGS, level: 2 },
      prefs: DEFAULT_PREFS,
      runs,
      log: realisticLog(runs).slice(-2000),
      overrides: { [`${runs[9]!.source}:${runs[9]!.id}`]: 'hard' },
    };
    for (const tabUrl of [null, runs[1500]!.url!]) {
      const context = { now: NOW, timeZone: 'Europe/Amsterdam', language: 'en-GB', tabUrl };
      expect(windowed.buildPopupView(state, context)).toEqual(unwindowed.buildPopupView(state, context));
    }
    expect(windowed.historyModel(state, NOW, 'Europe/Amsterdam')).toEqual(
      unwindowed.historyModel(state, NOW, 'Europe/Amsterdam'),
    );
  }, 60_000);
});

describe('the popup’s view with 400 and 4,000 stored runs, windowed and not (measured in one run)', () => {
  /** Runs at the density of five years of doubles, compacted as stored, with their strength log. */
  function storedState(count: number): StoredState {
    const days = Math.round((count / 4000) * 5 * 365);
    const runs = compactRuns(realisticRuns(count, NOW - HOUR, days, 7), NOW);
    return {
      settings: { ...DEFAULT_SETTINGS, level: 2 },
      prefs: DEFAULT_PREFS,
      runs,
      log: realisticLog(runs).slice(-2000),
      overrides: {},
    };
  }
  /**
   * The fastest of a few rounds of each, the two taking turns so a busy spell of the machine falls on both: what the
   * code costs, with the least of the machine's other work in it.
   */
  function fastestInTurns(works: Record<string, () => void>, rounds = 7): Record<string, number> {
    const best: Record<string, number> = {};
    for (const [name, work] of Object.entries(works)) {
      work();
      best[name] = Infinity;
    }
    for (let i = 0; i < rounds; i += 1) {
      for (const [name, work] of Object.entries(works)) {
        const start = performance.now();
        work();
        best[name] = Math.min(best[name]!, performance.now() - start);
      }
    }
    return best;
  }

  it('prepares the view and the 8-week history faster, and grows less with the history', () => {
    const context = { now: NOW, timeZone: 'Europe/Amsterdam', language: 'en-GB', tabUrl: null };
    const ms: Record<string, number> = {};
    for (const count of [400, 4000]) {
      const state = storedState(count);
      const models = { unwindowed, windowed };
      const best = fastestInTurns(
        Object.fromEntries(
          Object.entries(models).map(([name, model]) => [
            name,
            () => {
              model.buildPopupView(state, context);
              model.historyModel(state, NOW, context.timeZone);
            },
          ]),
        ),
      );
      for (const [name, value] of Object.entries(best)) ms[`${name} ${count}`] = value;
    }
    const line = (name: string) =>
      `${name}: ${ms[`${name} 400`]!.toFixed(0)} ms with 400 runs, ${ms[`${name} 4000`]!.toFixed(0)} ms with 4,000 ` +
      `(× ${(ms[`${name} 4000`]! / ms[`${name} 400`]!).toFixed(1)})`;
    console.info(`[popup scale] view + history, ${line('unwindowed')}; ${line('windowed')}`);
    expect(ms['windowed 4000']!).toBeLessThan(ms['unwindowed 4000']!);
  }, 120_000);
});
