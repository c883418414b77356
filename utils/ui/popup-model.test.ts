import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Run } from '../core/types';
import { DEFAULT_PREFS } from '../store/schemas';
import type { StoredState } from '../store/snapshot';
import { buildPopupModel, historyModel, latestRun, loggedFor, runInTab, runKeyFromUrl } from './popup-model';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const intervals: Run = {
  source: 'strava',
  id: '16900000002',
  url: 'https://www.strava.com/activities/16900000002',
  title: 'Intervals 6x800',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 3600,
  distanceM: 11_000,
  tags: { workout: true },
};
const easyOld: Run = {
  source: 'garmin',
  id: '21500000001',
  title: 'Easy jog',
  sport: 'run',
  start: '2026-03-09T07:00:00Z',
  elapsedS: 2400,
  distanceM: 6000,
};
const friends: Run = { ...intervals, id: '999', start: '2026-03-10T17:00:00Z', ownedByViewer: false };

const state = (patch: Partial<StoredState> = {}): StoredState => ({
  settings: DEFAULT_SETTINGS,
  prefs: { ...DEFAULT_PREFS, onboarded: true },
  runs: [friends, intervals, easyOld],
  log: [],
  overrides: {},
  ...patch,
});

describe('which run the popup shows', () => {
  it('reads activity pages of both sites', () => {
    expect(runKeyFromUrl('https://www.strava.com/activities/16900000002/analysis')).toBe(
      'strava:16900000002',
    );
    expect(runKeyFromUrl('https://connect.garmin.com/app/activity/21500000001?tab=splits')).toBe(
      'garmin:21500000001',
    );
    expect(runKeyFromUrl('https://example.org/activities/1')).toBeNull();
    expect(runKeyFromUrl(null)).toBeNull();
  });

  it('prefers the run open in the tab, else the latest own run (never a friend’s)', () => {
    const runs = state().runs;
    expect(runInTab(runs, 'https://connect.garmin.com/app/activity/21500000001')?.id).toBe('21500000001');
    expect(runInTab(runs, 'https://www.strava.com/activities/999')).toBeUndefined();
    expect(latestRun(runs)?.id).toBe('16900000002');
  });

  it('finds this run’s log entry by any of its keys', () => {
    expect(
      loggedFor(intervals, [
        { date: '2026-03-10', sessionId: 's', runId: 'strava:16900000002', status: 'skipped' },
      ]),
    ).toBe('skipped');
    expect(
      loggedFor(intervals, [{ date: '2026-03-10', sessionId: 's', runId: 'garmin:1', status: 'done' }]),
    ).toBeUndefined();
  });
});

describe('buildPopupModel', () => {
  it('opens the countdown after a hard run and counts the week', () => {
    const model = buildPopupModel(state(), { now: NOW, timeZone: 'UTC', language: 'de-DE', tabUrl: null });
    expect(model.current?.run.id).toBe('16900000002');
    expect(model.current?.fromTab).toBe(false);
    expect(model.current?.classification.effort).toBe('hard');
    expect(model.current?.advice.kind).toBe('strength');
    expect(model.windowOpen).toBe(true);
    expect(model.unit).toBe('km');
    expect(model.week.days).toHaveLength(7);
    expect(model.week.days.flatMap((d) => d.runs)).toHaveLength(2); // Monday’s easy jog and today’s intervals
    const history = historyModel(state(), NOW, 'UTC');
    expect(history).toHaveLength(8);
    expect(history[7]).toMatchObject({ current: true, done: 0, target: 3 });
  });

  it('follows the runner’s correction: an easy verdict closes the window', () => {
    const model = buildPopupModel(state({ overrides: { 'strava:16900000002': 'easy' } }), {
      now: NOW,
      timeZone: 'UTC',
      language: 'en-US',
      tabUrl: 'https://www.strava.com/activities/16900000002',
    });
    expect(model.current?.fromTab).toBe(true);
    expect(model.current?.overridden).toBe(true);
    expect(model.current?.classification.effort).toBe('easy');
    expect(model.current?.advice.kind).toBe('easy-day');
    expect(model.windowOpen).toBe(false);
    expect(model.unit).toBe('mi');
  });

  it('has no current run when none is known', () => {
    const model = buildPopupModel(state({ runs: [] }), { now: NOW, timeZone: 'UTC', language: 'en' });
    expect(model.current).toBeUndefined();
    expect(model.week.done).toBe(0);
  });
});
