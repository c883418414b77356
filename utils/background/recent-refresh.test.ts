import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureText } from '@/test/fixtures/load';
import { createRepository } from '../store/repository';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('../messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
}));

const { csrfTokenOfPage, fetchThroughTab, getAsPage, inlineScriptsOfPage, registerRecentRefresh } =
  await import('./recent-refresh');

const DASHBOARD = 'https://www.strava.com/dashboard';
const LIST = fixtureText('strava/training-activities-page-2026-01.json');
/** The runs of the list fixture (a trail run and a virtual run among them; its ride, walk and hike are not kept). */
const LISTED_RUNS = [
  '16900000003',
  '16900000007',
  '16900000002',
  '16900000001',
  '16900000004',
  '16900000008',
  '16900000009',
  '16900000010',
];

/** A tab showing the Strava dashboard: answers the two functions the background runs in it. */
function dashboardTab(answer: { status: number; body: string } = { status: 200, body: LIST }) {
  const requests: { tabId: number; path: string; headers: Record<string, string> }[] = [];
  const run = vi.fn(async (tabId: number, func: unknown, args: unknown[]) => {
    if (func === csrfTokenOfPage) return args[0] === 'https://www.strava.com' ? 'page-token' : null;
    if (func === getAsPage) {
      const [, path, headers] = args as [string, string, Record<string, string>];
      requests.push({ tabId, path, headers });
      return answer;
    }
    throw new Error('unexpected function');
  });
  return { run: run as never, requests };
}

let now = Date.parse('2026-01-19T08:00:00Z');
const clock = () => new Date(now);
const refresh = (sender: Partial<chrome.runtime.MessageSender> = {}) =>
  handlers.get('refreshRecent')!({
    data: null,
    sender: {
      id: browser.runtime.id,
      frameId: 0,
      tab: { id: 7 } as chrome.tabs.Tab,
      url: DASHBOARD,
      ...sender,
    },
  }) as Promise<number | false>;

let repository: ReturnType<typeof createRepository>;
beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  now = Date.parse('2026-01-19T08:00:00Z');
  repository = createRepository();
});

describe('refreshRecent (the Strava dashboard, without the card feature)', () => {
  it('reads the list through the tab, as the page, and stores the runner’s runs', async () => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    await expect(refresh()).resolves.toBe(LISTED_RUNS.length);
    expect(tab.requests).toHaveLength(1);
    expect(tab.requests[0]).toMatchObject({
      tabId: 7,
      path: expect.stringMatching(/^\/athlete\/training_activities\?/),
    });
    expect(tab.requests[0]!.headers['x-csrf-token']).toBe('page-token');
    const state = await repository.readSnapshot();
    expect(state.runs.map((run) => run.id).sort()).toEqual([...LISTED_RUNS].sort());
    expect(state.runs.every((run) => run.source === 'strava' && run.ownedByViewer === true)).toBe(true);
    expect((await repository.items.listSyncItem.get()).strava).toBe(new Date(now).toISOString());
  });

  it('asks the site again only after five minutes, however often the dashboard is opened', async () => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    await refresh();
    now += 4 * 60_000;
    await expect(refresh()).resolves.toBe(false);
    await expect(refresh({ tab: { id: 8 } as chrome.tabs.Tab })).resolves.toBe(false);
    expect(tab.requests).toHaveLength(1);
    now += 60_000;
    await expect(refresh()).resolves.toBe(LISTED_RUNS.length);
    expect(tab.requests).toHaveLength(2);
  });

  it('counts a list stored by the card feature too', async () => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    await repository.markListSynced('strava', new Date(now - 60_000));
    await expect(refresh()).resolves.toBe(false);
    expect(tab.requests).toHaveLength(0);
  });

  it('does not ask again on every page when the list fails (signed out)', async () => {
    const tab = dashboardTab({ status: 401, body: '' });
    registerRecentRefresh(repository, clock, tab.run);
    await expect(refresh()).rejects.toThrow(/401/);
    await expect(refresh()).resolves.toBe(false);
    expect(tab.requests).toHaveLength(1);
    expect((await repository.items.listSyncItem.get()).strava).toBeUndefined();
  });

  it('reads the list once when two dashboards ask at the same moment', async () => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    const answers = await Promise.all([refresh(), refresh({ tab: { id: 8 } as chrome.tabs.Tab })]);
    expect(answers.filter((answer) => answer !== false)).toHaveLength(1);
    expect(tab.requests).toHaveLength(1);
  });

  it('reads nothing while the runner has switched Strava off', async () => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    await repository.updatePrefs({ sites: { strava: false, garmin: true } });
    await expect(refresh()).resolves.toBe(false);
    expect(tab.run).not.toHaveBeenCalled();
  });

  it('reads early, once per entry, for a feed entry no stored run is known by', async () => {
    const tab = dashboardTab();
    const { refreshForUnseen } = registerRecentRefresh(repository, clock, tab.run);
    await refresh();
    now += 60_000;
    await expect(refreshForUnseen('strava', 7, '16900000011')).resolves.toBe(LISTED_RUNS.length);
    expect(tab.requests).toHaveLength(2);
    // The same entry again (it was a ride, which the list never keeps): no third read, however often it is seen.
    await expect(refreshForUnseen('strava', 8, '16900000011')).resolves.toBe(false);
    await expect(refresh()).resolves.toBe(false);
    expect(tab.requests).toHaveLength(2);
    // Another new upload gets its own read; the memory lives in session storage, so a restarted worker keeps it.
    handlers.clear();
    const restarted = registerRecentRefresh(repository, clock, tab.run);
    await expect(restarted.refreshForUnseen('strava', 7, '16900000011')).resolves.toBe(false);
    await expect(restarted.refreshForUnseen('strava', 7, '16900000012')).resolves.toBe(LISTED_RUNS.length);
    expect(tab.requests).toHaveLength(3);
  });

  it('has no early read while the site is switched off', async () => {
    const tab = dashboardTab();
    const { refreshForUnseen } = registerRecentRefresh(repository, clock, tab.run);
    await repository.updatePrefs({ sites: { strava: false, garmin: false } });
    await expect(refreshForUnseen('strava', 7, '16900000011')).resolves.toBe(false);
    await expect(refreshForUnseen('garmin', 7, '21500000001')).resolves.toBe(false);
    expect(tab.run).not.toHaveBeenCalled();
  });

  it.each([
    ['an activity page', { url: 'https://www.strava.com/activities/16900000002' }],
    ['a Garmin activity page', { url: 'https://connect.garmin.com/app/activity/21500000001' }],
    ['another extension', { id: 'someone-else' }],
    ['a page of another origin', { url: 'https://evil.example/dashboard' }],
    ['a frame inside the page', { frameId: 3 }],
    ['no tab', { tab: undefined }],
  ])('refuses %s', (_what, sender) => {
    const tab = dashboardTab();
    registerRecentRefresh(repository, clock, tab.run);
    expect(() => refresh(sender)).toThrow(/refused/);
    expect(tab.run).not.toHaveBeenCalled();
  });
});

describe('refreshRecent on Garmin Connect (the news feed or home, without the card feature)', () => {
  const FEED = 'https://connect.garmin.com/app/newsfeed';
  const GARMIN_LIST = fixtureText('garmin/activity-list-2026-01.json');
  const shell = fixtureText('garmin/app-shell-2026-03.html');
  const VIEWER_SCRIPT = /<script nonce="[^"]+">([^<]+)<\/script>/.exec(shell)![1]!;
  const PROFILE = fixtureText('garmin/social-profile-2026-01.json');

  function feedTab(scripts: string[]) {
    const requests: string[] = [];
    const run = vi.fn(async (_tabId: number, func: unknown, args: unknown[]) => {
      if (args[0] !== 'https://connect.garmin.com') return null;
      if (func === csrfTokenOfPage) return 'garmin-token';
      if (func === inlineScriptsOfPage) return scripts;
      if (func === getAsPage) {
        const [, path, headers] = args as [string, string, Record<string, string>];
        requests.push(`${path} ${headers['connect-csrf-token']}`);
        return { status: 200, body: path.includes('socialProfile') ? PROFILE : GARMIN_LIST };
      }
      throw new Error('unexpected function');
    });
    return { run: run as never, requests };
  }

  it("stores the runner's runs, the viewer read from the page's own script (no extra request)", async () => {
    const tab = feedTab([VIEWER_SCRIPT]);
    registerRecentRefresh(repository, clock, tab.run);
    // Race, easy run, intervals and trail run; the ride, hike and paddle are not runs.
    await expect(refresh({ url: FEED })).resolves.toBe(4);
    expect(tab.requests).toEqual([
      expect.stringMatching(
        /^\/gc-api\/activitylist-service\/activities\/search\/activities\?.* garmin-token$/,
      ),
    ]);
    const state = await repository.readSnapshot();
    expect(state.runs.map((run) => run.id).sort()).toEqual(
      ['21482825013', '21500000001', '21500000003', '21500000006'].sort(),
    );
    expect(state.runs.every((run) => run.source === 'garmin' && run.ownedByViewer === true)).toBe(true);
  });

  it('asks socialProfile for the viewer when the page names none, on home as on the feed', async () => {
    const tab = feedTab([]);
    registerRecentRefresh(repository, clock, tab.run);
    await expect(refresh({ url: 'https://connect.garmin.com/app/home' })).resolves.toBe(4);
    expect(tab.requests.map((line) => line.split('?')[0])).toEqual([
      '/gc-api/userprofile-service/socialProfile garmin-token',
      '/gc-api/activitylist-service/activities/search/activities',
    ]);
    expect((await repository.readSnapshot()).runs.every((run) => run.ownedByViewer === true)).toBe(true);
  });
});

describe('the functions run in the tab', () => {
  it('do nothing once the tab has left the site', async () => {
    // The test page is not www.strava.com: as if the tab had navigated away before the background's call arrived.
    expect(csrfTokenOfPage('https://www.strava.com', 'meta[name="csrf-token"]')).toBeNull();
    expect(inlineScriptsOfPage('https://connect.garmin.com', 'VIEWER_SOCIAL_PROFILE')).toBeNull();
    await expect(getAsPage('https://www.strava.com', '/athlete/training_activities', {})).resolves.toBeNull();
  });

  it('read the token and ask as the page on the page’s own origin', async () => {
    const meta = document.createElement('meta');
    meta.name = 'csrf-token';
    meta.content = 'abc';
    document.head.append(meta);
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('{"models":[]}', { status: 200 }));
    try {
      expect(csrfTokenOfPage(location.origin, 'meta[name="csrf-token"]')).toBe('abc');
      const script = document.createElement('script');
      script.textContent = 'window.VIEWER_SOCIAL_PROFILE={"profileId":1};';
      document.head.append(script);
      expect(inlineScriptsOfPage(location.origin, 'VIEWER_SOCIAL_PROFILE')).toEqual([script.textContent]);
      script.remove();
      await expect(getAsPage(location.origin, '/list', { accept: 'application/json' })).resolves.toEqual({
        status: 200,
        body: '{"models":[]}',
      });
      expect(fetchSpy).toHaveBeenCalledWith('/list', {
        method: 'GET',
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
    } finally {
      fetchSpy.mockRestore();
      meta.remove();
    }
  });

  it('hand the answer to the site code as a response, and fail when the tab has left', async () => {
    const answers = [{ status: 404, body: 'not found' }, { status: 204, body: '' }, null];
    const fetchLike = fetchThroughTab(7, 'https://www.strava.com', (async () => answers.shift()) as never);
    const missing = await fetchLike('/x', { headers: { accept: 'application/json' } });
    expect([missing.status, missing.ok, await missing.text()]).toEqual([404, false, 'not found']);
    expect((await fetchLike('/x')).status).toBe(204);
    await expect(fetchLike('/x')).rejects.toThrow(/left/);
  });
});
