import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planInputArb } from '@/test/core/arbitraries';
import { DEFAULT_SETTINGS, type Run } from '../core/types';
import { DEFAULT_PREFS } from '../store/schemas';
import type { StoredState } from '../store/snapshot';
import {
  buildPopupModel,
  buildPopupView,
  historyModel,
  latestRun,
  loggedFor,
  popupViewValidUntil,
  runInTab,
  runKeyFromUrl,
} from './popup-model';
import { usableCachedView, type CachedPopupView } from './popup-view-cache';
import { INTERVALS_RUN } from '../../test/support/test-runs';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const intervals = INTERVALS_RUN;
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
    expect(model.unit).toBe('metric');
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
    expect(model.unit).toBe('imperial');
    expect(model.unitSource).toBe('region');
  });

  it('has no current run when none is known', () => {
    const model = buildPopupModel(state({ runs: [] }), { now: NOW, timeZone: 'UTC', language: 'en' });
    expect(model.current).toBeUndefined();
    expect(model.week.done).toBe(0);
  });
});

describe('a popup view computed ahead of time', () => {
  it('reads exactly like a fresh one at every instant before popupViewValidUntil', () => {
    fc.assert(
      fc.property(
        planInputArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        ({ now, runs, log, settings, overrides, timeZone }, fraction, tabRun) => {
          const state: StoredState = {
            settings,
            prefs: DEFAULT_PREFS,
            runs,
            log,
            overrides: overrides ?? {},
          };
          const tabUrl =
            tabRun !== undefined && runs[tabRun]
              ? `https://www.strava.com/activities/${runs[tabRun]!.id}`
              : null;
          const context = { now: now.getTime(), timeZone: timeZone ?? 'UTC', language: 'en', tabUrl };
          const view = buildPopupView(state, context);
          const validUntil = popupViewValidUntil(view, context.now, context.timeZone, state);
          expect(validUntil).toBeGreaterThan(context.now);
          const later = context.now + Math.floor((validUntil - 1 - context.now) * fraction);
          expect(buildPopupView(state, { ...context, now: later })).toEqual(view);
        },
      ),
      { numRuns: 400 },
    );
  });

  const state: StoredState = {
    settings: DEFAULT_SETTINGS,
    prefs: DEFAULT_PREFS,
    runs: [intervals],
    log: [],
    overrides: {},
  };
  const context = { now: NOW, timeZone: 'Europe/Berlin', language: 'en', tabUrl: null };
  const view = buildPopupView(state, context);
  const cached: CachedPopupView = {
    view,
    validUntil: popupViewValidUntil(view, NOW, 'Europe/Berlin', state),
    timeZone: 'Europe/Berlin',
    language: 'en',
    tabUrl: null,
  };

  it('is valid until the strength window closes when that comes before midnight', () => {
    expect(view.model.current?.advice.kind).toBe('strength');
    expect(new Date(cached.validUntil).toISOString()).toBe('2026-03-10T20:00:00.001Z'); // run end 17:00 + 3 h
  });

  it.each([
    ['the same zone, language and tab, before it expires', {}, true],
    ['another time zone', { timeZone: 'UTC' }, false],
    ['another language', { language: 'de' }, false],
    ['a tab showing an activity', { tabUrl: 'https://www.strava.com/activities/16900000002' }, false],
    ['the instant it expires', { now: cached.validUntil }, false],
  ])('is used for a popup with %s: %s', (_what, change, usable) => {
    expect(usableCachedView(cached, { ...context, ...change }) !== null).toBe(usable);
  });

  it('is not used when there is none or it is not a cached view', () => {
    expect(usableCachedView(undefined, context)).toBeNull();
    expect(usableCachedView({} as CachedPopupView, context)).toBeNull();
  });
});
