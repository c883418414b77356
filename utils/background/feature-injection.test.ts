import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run } from '../core/types';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('../messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
}));

const { INJECTIONS_KEY, registerFeatureInjection } = await import('./feature-injection');

const executeScript = vi.fn();
let storedRuns: Run[] = [];
const inject = (sender: Partial<chrome.runtime.MessageSender>, page = 1000.5, feed?: string[]) =>
  handlers.get('injectFeature')!({
    data: feed ? { page, feed } : { page },
    sender: { id: browser.runtime.id, frameId: 0, tab: { id: 7 } as chrome.tabs.Tab, ...sender },
  });
const record = async () => (await browser.storage.session.get(INJECTIONS_KEY))[INJECTIONS_KEY];

describe('injectFeature', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    handlers.clear();
    executeScript.mockReset().mockResolvedValue([]);
    storedRuns = [];
    browser.scripting.executeScript = executeScript as never;
    registerFeatureInjection(async () => storedRuns);
  });

  it("injects the sender's own site's feature into that tab's top frame, in the isolated world", async () => {
    await expect(inject({ url: 'https://connect.garmin.com/app/activity/1' })).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: ['/garmin-feature.js'],
      world: 'ISOLATED',
    });
    expect(await record()).toEqual({ 7: [{ site: 'garmin', page: 1000.5, feature: 'card' }] });
  });

  it('injects once per page, however often and however concurrently it is asked', async () => {
    const url = 'https://www.strava.com/activities/2';
    const answers = await Promise.all([inject({ url }), inject({ url }), inject({ url })]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    await expect(inject({ url })).resolves.toBe(false);
    expect(executeScript).toHaveBeenCalledTimes(1);
    // A reload is another page: injected again.
    await expect(inject({ url }, 2000.25)).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'https://www.strava.com/activities/2' }],
    ['a page of another origin', { url: 'https://evil.example/activities/2' }],
    ['a frame inside the page', { url: 'https://www.strava.com/activities/2', frameId: 3 }],
    ['no tab', { url: 'https://www.strava.com/activities/2', tab: undefined }],
  ])('refuses %s', async (_what, sender) => {
    expect(() => inject(sender)).toThrow(/refused/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('refuses a page name that is not a time origin', async () => {
    await expect(async () =>
      inject({ url: 'https://www.strava.com/activities/2' }, Number.NaN),
    ).rejects.toThrow();
    expect(executeScript).not.toHaveBeenCalled();
  });

  describe('the dashboard line', () => {
    const run = (id: string, start: string): Run => ({
      source: 'strava',
      id,
      title: 'Run',
      sport: 'run',
      start,
      elapsedS: 2400,
    });
    const dashboard = { url: 'https://www.strava.com/dashboard' };
    beforeEach(() => {
      storedRuns = [run('11', '2026-11-28T07:00:00Z'), run('12', '2026-11-30T17:30:00Z')];
    });

    it("injects the site's dashboard script when the feed shows the newest stored run", async () => {
      await expect(inject(dashboard, 1000.5, ['11', '12'])).resolves.toBe(true);
      expect(executeScript).toHaveBeenCalledWith({
        target: { tabId: 7, frameIds: [0] },
        files: ['/strava-dashboard-feature.js'],
        world: 'ISOLATED',
      });
      await expect(inject(dashboard, 1000.5, ['12'])).resolves.toBe(false);
      expect(executeScript).toHaveBeenCalledTimes(1);
    });

    it('injects nothing when only older own runs are in the feed, and records nothing', async () => {
      await expect(inject(dashboard, 1000.5, ['11'])).resolves.toBe(false);
      await expect(inject(dashboard, 1000.5, [])).resolves.toBe(false);
      expect(executeScript).not.toHaveBeenCalled();
      expect(await record()).toBeUndefined();
      // The newest run scrolled into the feed later: now it loads.
      await expect(inject(dashboard, 1000.5, ['11', '12'])).resolves.toBe(true);
    });

    it('refuses a feed from a page that is no list page, and ids that are no ids', async () => {
      expect(() => inject({ url: 'https://www.strava.com/activities/12' }, 1000.5, ['12'])).toThrow(
        /refused/,
      );
      expect(() => inject({ url: 'https://connect.garmin.com/app/activity/12' }, 1000.5, ['12'])).toThrow(
        /refused/,
      );
      expect(() => inject(dashboard, 1000.5, ['12<script>'])).toThrow();
      expect(executeScript).not.toHaveBeenCalled();
    });

    describe('a run uploaded since the last list read', () => {
      const refreshForUnseen = vi.fn();
      beforeEach(() => {
        refreshForUnseen.mockReset().mockImplementation(async (_site: string, _tab: number, id: string) => {
          storedRuns = [...storedRuns, run(id, '2026-12-01T06:30:00Z')];
          return 1;
        });
        registerFeatureInjection(async () => storedRuns, refreshForUnseen);
      });

      it('reads the list first when the newest own entry is unknown, then shows the line on it', async () => {
        await expect(inject(dashboard, 1000.5, ['13', '12', '11'])).resolves.toBe(true);
        expect(refreshForUnseen).toHaveBeenCalledExactlyOnceWith('strava', 7, '13');
        expect(await record()).toEqual({ 7: [{ site: 'strava', page: 1000.5, feature: 'line' }] });
      });

      it('asks nothing for a Garmin feed, whose ids are every activity it shows (a friend’s post on top)', async () => {
        storedRuns = [{ ...run('21500000001', '2026-11-30T17:30:00Z'), source: 'garmin' }];
        const feed = { url: 'https://connect.garmin.com/app/newsfeed' };
        await expect(inject(feed, 1000.5, ['21500000004', '21500000001'])).resolves.toBe(true);
        expect(refreshForUnseen).not.toHaveBeenCalled();
      });

      it('asks nothing more when the newest own entry is a stored run', async () => {
        await expect(inject(dashboard, 1000.5, ['12', '11'])).resolves.toBe(true);
        expect(refreshForUnseen).not.toHaveBeenCalled();
      });

      it('shows no line when the read brings nothing new (an own ride tops the feed), and does not throw', async () => {
        refreshForUnseen.mockResolvedValueOnce(false).mockRejectedValueOnce(new Error('signed out'));
        await expect(inject(dashboard, 1000.5, ['14', '11'])).resolves.toBe(false);
        await expect(inject(dashboard, 1000.5, ['14', '12'])).resolves.toBe(true);
        expect(refreshForUnseen).toHaveBeenCalledTimes(2);
      });
    });
  });

  describe("Garmin Connect's feed, a single-page app", () => {
    const garminRun = (id: string, start: string): Run => ({
      source: 'garmin',
      id,
      title: 'Run',
      sport: 'run',
      start,
      elapsedS: 2400,
    });
    beforeEach(() => {
      storedRuns = [
        garminRun('21482825013', '2026-01-08T14:10:21Z'),
        garminRun('21500000001', '2026-01-13T23:05:10Z'),
      ];
    });

    it('injects the Garmin line on the home page or the news feed when the feed shows the newest run', async () => {
      const home = { url: 'https://connect.garmin.com/app/home' };
      await expect(inject(home, 1000.5, ['21500000004', '21482825013'])).resolves.toBe(false);
      await expect(inject(home, 1000.5, ['21500000004', '21500000001'])).resolves.toBe(true);
      expect(executeScript).toHaveBeenCalledWith({
        target: { tabId: 7, frameIds: [0] },
        files: ['/garmin-dashboard-feature.js'],
        world: 'ISOLATED',
      });
      await expect(
        inject({ url: 'https://connect.garmin.com/app/newsfeed' }, 2000.5, ['21500000001']),
      ).resolves.toBe(true);
    });

    it('gives one page the line and the card once each: feed → activity → feed → activity', async () => {
      const feed = { url: 'https://connect.garmin.com/app/newsfeed' };
      const activity = { url: 'https://connect.garmin.com/app/activity/21500000001' };
      await expect(inject(feed, 1000.5, ['21500000001'])).resolves.toBe(true);
      await expect(inject(activity, 1000.5)).resolves.toBe(true);
      await expect(inject(feed, 1000.5, ['21500000001'])).resolves.toBe(false);
      await expect(inject(activity, 1000.5)).resolves.toBe(false);
      expect(executeScript.mock.calls.map(([call]) => (call as { files: string[] }).files)).toEqual([
        ['/garmin-dashboard-feature.js'],
        ['/garmin-feature.js'],
      ]);
      expect(await record()).toEqual({
        7: [
          { site: 'garmin', page: 1000.5, feature: 'line' },
          { site: 'garmin', page: 1000.5, feature: 'card' },
        ],
      });
    });
  });

  it("forgets a closed tab's record", async () => {
    await inject({ url: 'https://www.strava.com/activities/2' });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await record()).toEqual({}));
  });
});

describe('loadDetector', () => {
  const load = (sender: Partial<chrome.runtime.MessageSender>) =>
    handlers.get('loadDetector')!({
      data: undefined,
      sender: { id: browser.runtime.id, frameId: 0, tab: { id: 9 } as chrome.tabs.Tab, ...sender },
    });

  beforeEach(() => {
    fakeBrowser.reset();
    handlers.clear();
    executeScript.mockReset().mockResolvedValue([]);
    browser.scripting.executeScript = executeScript as never;
    registerFeatureInjection(async () => []);
  });

  it.each([
    ['strava', 'https://www.strava.com/dashboard', '/strava-detector.js'],
    ['garmin', 'https://connect.garmin.com/app/home', '/garmin-detector.js'],
  ])(
    "injects the %s loader's own site's detector into its tab's top frame, in the isolated world",
    async (_site, url, file) => {
      await expect(load({ url })).resolves.toBe(true);
      expect(executeScript).toHaveBeenCalledWith({
        target: { tabId: 9, frameIds: [0] },
        files: [file],
        world: 'ISOLATED',
      });
      // Not a feature: the injection record the card and the line are counted by stays empty.
      expect(await record()).toBeUndefined();
    },
  );

  it.each([
    ['another extension', { id: 'someone-else', url: 'https://www.strava.com/dashboard' }],
    ['a page of another origin', { url: 'https://evil.example/dashboard' }],
    ['a frame inside the page', { url: 'https://www.strava.com/dashboard', frameId: 2 }],
    ['no tab', { url: 'https://www.strava.com/dashboard', tab: undefined }],
  ])('refuses %s', async (_what, sender) => {
    await expect(load(sender)).rejects.toThrow(/refused a detector/);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
