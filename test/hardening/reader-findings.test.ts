// Fixture coverage of the fuzzers, the baseline (every unmutated fixture run is one the store accepts), and the
// reader findings the fuzzers surfaced, each as a small reproducible case.
import * as v from 'valibot';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Run } from '../../utils/core/types';
import { parseGarminActivity, parseGarminActivityList } from '../../utils/sites/garmin/parse';
import {
  parseStravaPage,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
} from '../../utils/sites/strava/parse';
import { readStravaPage } from '../../utils/sites/strava/read-page';
import { RunKeySchema, RunSchema } from '../../utils/store/schemas';
import { fixtureDocument, fixtureJson } from '../fixtures/load';
import { filesFor, READER_FIXTURES, unclaimedFixtures } from './support/fixtures';
import { registerBackgroundHandlers } from './support/handlers';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../../utils/messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
}));
beforeAll(() => registerBackgroundHandlers('2026-03-02T10:00:00Z'));

describe('fuzz coverage', () => {
  it('every saved page and JSON fixture is fuzzed by at least one reader', () => {
    expect(unclaimedFixtures()).toEqual([]);
    for (const reader of Object.keys(READER_FIXTURES)) expect(filesFor(reader).length).toBeGreaterThan(0);
  });

  it('every run read from an unmutated fixture is one the store accepts', () => {
    const runs: Run[] = [];
    for (const file of filesFor('readStravaPage+parseStravaPage')) {
      const result = parseStravaPage(readStravaPage(fixtureDocument(file)));
      if (result.status === 'run') runs.push(result.run);
    }
    for (const file of filesFor('parseStravaTrainingActivity')) {
      const result = parseStravaTrainingActivity(fixtureJson(file));
      if (result.status === 'run') runs.push(result.run);
    }
    for (const file of filesFor('parseStravaTrainingList'))
      runs.push(...parseStravaTrainingList(fixtureJson(file)));
    for (const file of filesFor('parseGarminActivity')) {
      const result = parseGarminActivity(fixtureJson(file), '2591602');
      if (result.status === 'run') runs.push(result.run);
    }
    for (const file of filesFor('parseGarminActivityList'))
      runs.push(...parseGarminActivityList(fixtureJson(file)));
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(v.safeParse(RunSchema, run).issues).toBeUndefined();
  });
});

const training = () =>
  fixtureJson('strava/training-activity-intervals-2026-01.json') as Record<string, unknown>;

describe('findings of the hardening run, fixed (regression tests)', () => {
  it('BUG-7 (fixed): a list run with an over-long title is kept with its title clipped, and the rest of the list too', async () => {
    const page = fixtureJson('strava/training-activities-page-2026-01.json') as {
      models: Record<string, unknown>[];
    };
    page.models[0] = { ...page.models[0], name: 'Long run '.repeat(40) };
    const runs = parseStravaTrainingList(page);
    expect(runs.length).toBeGreaterThan(3);
    const sender = { id: browser.runtime.id, url: 'https://www.strava.com/dashboard' };
    await Promise.resolve(handlers.get('reportRuns')!({ data: { runs, fromList: true }, sender })).catch(
      () => undefined,
    );
    const stored = ((await fakeBrowser.storage.local.get('runs')).runs ?? []) as Run[];
    expect(stored.length).toBe(runs.length);
    expect(Math.max(...stored.map((run) => run.title.length))).toBe(300);
  });

  it('BUG-8: readers return runs the store rejects (negative heart rate, distance or time)', () => {
    for (const [field, value] of [
      ['moving_time_raw', -5],
      ['distance_raw', -1],
    ] as const) {
      const result = parseStravaTrainingActivity({ ...training(), [field]: value });
      expect(result.status).toBe('run');
      if (result.status === 'run') expect(v.safeParse(RunSchema, result.run).issues).toBeUndefined();
    }
    const garmin = fixtureJson('garmin/activity-intervals-2026-01.json') as {
      summaryDTO: Record<string, unknown>;
    };
    garmin.summaryDTO.averageHR = -1;
    const result = parseGarminActivity(garmin, '2591602');
    if (result.status === 'run') expect(v.safeParse(RunSchema, result.run).issues).toBeUndefined();
  });

  it('BUG-9: a numeric id that is not a safe integer becomes "1e+21" or is silently rounded', () => {
    for (const id of [1e21, 2 ** 53 + 1, 1.7976931348623157e308]) {
      const result = parseStravaTrainingActivity({ ...training(), id });
      if (result.status !== 'run') continue; // unreadable would be fine
      expect(result.run.id).toMatch(/^\d{1,20}$/);
      expect(BigInt(result.run.id)).toBe(BigInt(id));
      expect(v.is(RunKeySchema, `strava:${result.run.id}`)).toBe(true);
    }
  });
});
