import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type StrengthEntry } from '../core/types';
import { DEFAULT_PREFS } from '../store/schemas';
import type { StoredState } from '../store/snapshot';
import { buildPopupModel, suggestedLevel } from './popup-model';
import { english } from '../../test/support/english';

const entry = (date: string, level: number, rpe?: number): StrengthEntry => ({
  date,
  sessionId: `s2-L${level}-hard-maintenance`,
  status: 'done',
  ...(rpe === undefined ? {} : { rpe }),
});

const state = (log: StrengthEntry[], patch: Partial<StoredState> = {}): StoredState => ({
  settings: { ...DEFAULT_SETTINGS, level: 2 },
  prefs: { ...DEFAULT_PREFS, onboarded: true },
  runs: [],
  log,
  overrides: {},
  ...patch,
});

const easyTwice = [entry('2026-03-02T18:00:00.000Z', 2, 5), entry('2026-03-05T18:00:00.000Z', 2, 6)];

describe('the level suggestion in the popup model', () => {
  it('suggests the next level after two easy sessions at the current one, with the core’s reason', () => {
    const suggestion = suggestedLevel(state(easyTwice));
    expect(suggestion).toMatchObject({ direction: 'up', to: 3 });
    expect(english(suggestion!.reason)).toMatch(/5 and 6 out of 10/);
    const model = buildPopupModel(state(easyTwice), {
      now: Date.parse('2026-03-06T09:00:00Z'),
      timeZone: 'UTC',
      language: 'en-GB',
    });
    expect(model.levelSuggestion).toEqual(suggestion);
  });

  it('suggests an easier level after two very hard sessions', () => {
    const hard = [entry('2026-03-02T18:00:00.000Z', 2, 9), entry('2026-03-05T18:00:00.000Z', 2, 10)];
    expect(suggestedLevel(state(hard))).toMatchObject({ direction: 'down', to: 1 });
  });

  it('has none without ratings, or with mixed ones', () => {
    expect(suggestedLevel(state([entry('2026-03-02', 2), entry('2026-03-05', 2)]))).toBeUndefined();
    const mixed = [entry('2026-03-02T18:00:00.000Z', 2, 5), entry('2026-03-05T18:00:00.000Z', 2, 8)];
    expect(suggestedLevel(state(mixed))).toBeUndefined();
    const model = buildPopupModel(state([]), { now: Date.now(), timeZone: 'UTC', language: 'en' });
    expect('levelSuggestion' in model).toBe(false);
  });

  it('stays away once dismissed, and comes back with a newer rating that says it again', () => {
    const key = suggestedLevel(state(easyTwice))!.key;
    const prefs = { ...DEFAULT_PREFS, onboarded: true, dismissedLevelSuggestion: key };
    expect(suggestedLevel(state(easyTwice, { prefs }))).toBeUndefined();
    const later = [...easyTwice, entry('2026-03-08T18:00:00.000Z', 2, 4)];
    const again = suggestedLevel(state(later, { prefs }));
    expect(again).toMatchObject({ direction: 'up', to: 3 });
    expect(again!.key).not.toBe(key);
  });
});

describe('the history model', () => {
  it('carries each week’s distance from the core', async () => {
    const { historyModel } = await import('./popup-model');
    const run = (id: string, start: string, distanceM: number) => ({
      source: 'strava' as const,
      id,
      title: 'Run',
      sport: 'run' as const,
      start,
      elapsedS: 3600,
      distanceM,
      ownedByViewer: true,
    });
    const weeks = historyModel(
      state([], {
        runs: [run('1', '2026-03-03T07:00:00Z', 10_000), run('2', '2026-03-05T07:00:00Z', 5_500)],
      }),
      Date.parse('2026-03-06T12:00:00Z'),
      'UTC',
      2,
    );
    expect(weeks.map((w) => [w.startDate, w.distanceM])).toEqual([
      ['2026-02-23', 0],
      ['2026-03-02', 15_500],
    ]);
  });
});
