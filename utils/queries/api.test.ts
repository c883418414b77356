import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../test/fixtures/load';
import { findRoute } from '../../test/fixtures/routes.mjs';
import {
  fetchGarminActivity,
  fetchGarminRecent,
  fetchGarminSplits,
  fetchGarminViewer,
} from '../sites/garmin/api';
import { fetchStravaActivity, fetchStravaLaps, fetchStravaRecent } from '../sites/strava/api';
import { backoffDelay, shouldRefreshRecent, shouldRetry } from './policy';
import { createSiteQueryClient } from './site-query-client';
import { CancelledError } from '@tanstack/query-core';
import { HttpError, NotJsonError, setFetch, type FetchLike } from './http';
import { readsOtherActivity } from './keys';

interface Call {
  url: string;
  headers: Record<string, string>;
}

/** A fake fetch that answers from the fixture routes (as the real site would) and records every request. */
function fixtureFetch(origin: string, override?: (url: string) => Response | undefined) {
  const calls: Call[] = [];
  const fetchImpl: FetchLike = async (input, init) => {
    const url = origin + input;
    calls.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const forced = override?.(url);
    if (forced) return forced;
    const route = findRoute(url);
    if (!route) return new Response('not found', { status: 404 });
    return new Response(fixtureText(route.file), {
      status: route.status ?? 200,
      headers: { 'content-type': route.contentType },
    });
  };
  return { fetchImpl, calls };
}

const strava = 'https://www.strava.com';
const garmin = 'https://connect.garmin.com';

afterEach(() => {
  setFetch(undefined);
  vi.useRealTimers();
});

describe('Strava api', () => {
  it('requests the same-origin paths with the XHR and csrf headers', async () => {
    const { fetchImpl, calls } = fixtureFetch(strava);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: 'tok' };
    const activity = await fetchStravaActivity('16900000002', deps);
    const laps = await fetchStravaLaps('16900000002', deps);
    const recent = await fetchStravaRecent(deps);
    expect(activity.status === 'run' && activity.run.start).toBe('2026-01-14T17:30:05.000Z');
    expect(laps).toHaveLength(13);
    expect(recent).toHaveLength(8);
    expect(calls.map((c) => c.url)).toEqual([
      `${strava}/athlete/training_activities/16900000002`,
      `${strava}/activities/16900000002/lap_efforts`,
      `${strava}/athlete/training_activities?new_activity_only=false&per_page=20&page=1`,
    ]);
    for (const call of calls) {
      expect(call.headers['x-requested-with']).toBe('XMLHttpRequest');
      expect(call.headers['x-csrf-token']).toBe('tok');
    }
  });

  it('reads a second page only while a full first page still ends inside the last two weeks', async () => {
    // The 2026-09 capture: page 1 of 214, 20 activities from 31 Aug to 20 Sep.
    const page = fixtureText('strava/training-activities-page-2026-09.json');
    const json = (text: string) => new Response(text, { headers: { 'content-type': 'application/json' } });
    const listFetch = () =>
      fixtureFetch(strava, (url) => (url.includes('/athlete/training_activities?') ? json(page) : undefined));
    const early = listFetch();
    const deps = (fetchImpl: FetchLike) => ({
      client: createSiteQueryClient({ retryBaseMs: 1 }),
      fetch: fetchImpl,
    });
    // Read on 14 Sep, the page's oldest activity (31 Aug) is 13 days old: a second page may hold more of the two weeks.
    await fetchStravaRecent(deps(early.fetchImpl), Date.parse('2026-09-14T08:00:00Z'));
    expect(early.calls.map((c) => new URL(c.url).searchParams.get('page'))).toEqual(['1', '2']);
    const later = listFetch();
    // Read on 21 Sep, the first page already reaches three weeks back.
    await fetchStravaRecent(deps(later.fetchImpl), Date.parse('2026-09-21T08:00:00Z'));
    expect(later.calls.map((c) => new URL(c.url).searchParams.get('page'))).toEqual(['1']);
  });

  it('reads the csrf token from the page meta by default, and omits the header without one', async () => {
    const meta = document.createElement('meta');
    meta.name = 'csrf-token';
    meta.content = 'from-page';
    document.head.append(meta);
    try {
      const { fetchImpl, calls } = fixtureFetch(strava);
      const client = createSiteQueryClient({ retryBaseMs: 1 });
      await fetchStravaActivity('16900000001', { client, fetch: fetchImpl });
      expect(calls[0]?.headers['x-csrf-token']).toBe('from-page');
      meta.remove();
      await fetchStravaLaps('16900000001', { client, fetch: fetchImpl });
      expect(calls[1]?.headers).not.toHaveProperty('x-csrf-token');
    } finally {
      meta.remove();
    }
  });

  it('deduplicates concurrent requests and serves repeats from the cache', async () => {
    const { fetchImpl, calls } = fixtureFetch(strava);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    await Promise.all([
      fetchStravaActivity('16900000001', deps),
      fetchStravaActivity('16900000001', deps),
      fetchStravaActivity('16900000001', deps),
    ]);
    await fetchStravaActivity('16900000001', deps);
    expect(calls).toHaveLength(1);
  });

  it("does not retry a 404 (someone else's activity)", async () => {
    const { fetchImpl, calls } = fixtureFetch(strava);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    const error = await fetchStravaActivity('16900000005', deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('retries a server error twice, then gives up', async () => {
    const { fetchImpl, calls } = fixtureFetch(strava, () => new Response('oops', { status: 503 }));
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    await expect(fetchStravaLaps('16900000002', deps)).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(3);
  });

  it('recovers when a retry succeeds', async () => {
    let failures = 1;
    const { fetchImpl, calls } = fixtureFetch(strava, () =>
      failures-- > 0 ? new Response('busy', { status: 502 }) : undefined,
    );
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    expect(await fetchStravaLaps('16900000002', deps)).toHaveLength(13);
    expect(calls).toHaveLength(2);
  });

  it('asks for the recent list at most once per 5 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 18, 12, 0, 0));
    const { fetchImpl, calls } = fixtureFetch(strava);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    await fetchStravaRecent(deps);
    vi.setSystemTime(Date.UTC(2026, 0, 18, 12, 4, 59));
    await fetchStravaRecent(deps);
    expect(calls).toHaveLength(1);
    vi.setSystemTime(Date.UTC(2026, 0, 18, 12, 5, 1));
    await fetchStravaRecent(deps);
    expect(calls).toHaveLength(2);
  });

  it('rejects a login page served instead of JSON, without retrying', async () => {
    const { fetchImpl, calls } = fixtureFetch(
      strava,
      () => new Response('<html>Log in</html>', { status: 200 }),
    );
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: null };
    await expect(fetchStravaActivity('16900000001', deps)).rejects.toBeInstanceOf(NotJsonError);
    expect(calls).toHaveLength(1);
  });

  it('refuses ids that are not numbers before any request', async () => {
    const { fetchImpl, calls } = fixtureFetch(strava);
    const deps = { client: createSiteQueryClient(), fetch: fetchImpl, csrfToken: null };
    await expect(fetchStravaActivity('../../settings', deps)).rejects.toThrow(/Not an activity id/);
    expect(calls).toHaveLength(0);
  });

  it('uses the fetch set with setFetch when none is passed', async () => {
    const { fetchImpl, calls } = fixtureFetch(strava);
    setFetch(fetchImpl);
    await fetchStravaLaps('16900000001', { client: createSiteQueryClient(), csrfToken: null });
    expect(calls).toHaveLength(1);
  });
});

describe('Garmin api', () => {
  it('requests /gc-api paths with the connect-csrf-token header', async () => {
    const { fetchImpl, calls } = fixtureFetch(garmin);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: 'csrf-1' };
    const viewer = await fetchGarminViewer(deps);
    const activity = await fetchGarminActivity('21500000001', {
      ...deps,
      viewerProfileId: viewer?.profileId,
    });
    const laps = await fetchGarminSplits('21500000001', deps);
    const recent = await fetchGarminRecent({ ...deps, viewerProfileId: viewer?.profileId });
    expect(viewer?.profileId).toBe('2591602');
    expect(activity.status === 'run' && activity.run.ownedByViewer).toBe(true);
    expect(laps.map((l) => l.intensity).filter((i) => i === 'recovery')).toHaveLength(7);
    expect(recent).toHaveLength(4);
    expect(calls.map((c) => c.url)).toEqual([
      `${garmin}/gc-api/userprofile-service/socialProfile`,
      `${garmin}/gc-api/activity-service/activity/21500000001`,
      `${garmin}/gc-api/activity-service/activity/21500000001/splits`,
      `${garmin}/gc-api/activitylist-service/activities/search/activities?start=0&limit=30`,
    ]);
    for (const call of calls) expect(call.headers['connect-csrf-token']).toBe('csrf-1');
  });

  it("reports someone else's run as not owned with one request", async () => {
    const { fetchImpl, calls } = fixtureFetch(garmin);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: 'c' };
    const result = await fetchGarminActivity('21500000004', { ...deps, viewerProfileId: '2591602' });
    expect(result.status === 'run' && result.run.ownedByViewer).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('retries the failing activity (500) twice', async () => {
    const { fetchImpl, calls } = fixtureFetch(garmin);
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: 'c' };
    await expect(fetchGarminActivity('21500000009', deps)).rejects.toMatchObject({ status: 500 });
    expect(calls).toHaveLength(3);
  });

  it.each([401, 403, 404])('does not retry %i', async (status) => {
    const { fetchImpl, calls } = fixtureFetch(garmin, () => new Response('{}', { status }));
    const deps = { client: createSiteQueryClient({ retryBaseMs: 1 }), fetch: fetchImpl, csrfToken: 'c' };
    await expect(fetchGarminSplits('21500000001', deps)).rejects.toMatchObject({ status });
    expect(calls).toHaveLength(1);
  });
});

describe('client policy', () => {
  it('retries at most twice and never on final statuses', () => {
    expect(shouldRetry(0, new Error('network'))).toBe(true);
    expect(shouldRetry(1, new HttpError(500, '/x'))).toBe(true);
    expect(shouldRetry(2, new HttpError(500, '/x'))).toBe(false);
    expect(shouldRetry(0, new HttpError(404, '/x'))).toBe(false);
  });
  it('backs off exponentially', () => {
    expect([0, 1, 2, 10].map((n) => backoffDelay(n, 1000))).toEqual([1000, 2000, 4000, 30_000]);
  });
  it('says when the recent list is due', () => {
    expect(shouldRefreshRecent(undefined, 1000)).toBe(true);
    expect(shouldRefreshRecent(0, 4 * 60_000)).toBe(false);
    expect(shouldRefreshRecent(0, 5 * 60_000)).toBe(true);
    expect(shouldRefreshRecent(10 * 60_000, 0)).toBe(true);
  });
});

describe('query client memory and cancellation', () => {
  it('drops an activity’s JSON from memory once it is stale, so a long session keeps only recent ones', async () => {
    vi.useFakeTimers();
    const { fetchImpl, calls } = fixtureFetch(garmin);
    const client = createSiteQueryClient({ retryBaseMs: 1 });
    const deps = { client, fetch: fetchImpl, csrfToken: 'c' };
    await fetchGarminSplits('21500000001', deps);
    await fetchGarminSplits('21500000001', deps);
    expect(calls).toHaveLength(1);
    expect(client.getQueryCache().getAll()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    await fetchGarminSplits('21500000001', deps);
    expect(calls).toHaveLength(2);
  });

  it('aborts the request of an activity the runner navigated away from, through query-core’s signal', async () => {
    const signals: AbortSignal[] = [];
    const hanging: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) => {
        signals.push(init!.signal!);
        init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = createSiteQueryClient({ retryBaseMs: 1 });
    const deps = { client, fetch: hanging, csrfToken: 'c' };
    const left = fetchGarminActivity('21500000001', deps).catch((error: unknown) => error);
    const viewer = fetchGarminViewer(deps).catch((error: unknown) => error);
    await client.cancelQueries({ predicate: (query) => readsOtherActivity(query.queryKey, '21500000002') });
    expect(await left).toBeInstanceOf(CancelledError);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    await client.cancelQueries();
    expect(await viewer).toBeInstanceOf(CancelledError);
  });
});
