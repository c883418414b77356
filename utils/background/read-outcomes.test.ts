import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureDocument } from '../../test/fixtures/load';
import { readStravaPage } from '../sites/strava/read-page';
import { stravaShownTexts } from '../sites/strava/read-page';
import { READ_OUTCOMES_KEY } from '../views/read-outcome';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('../messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
}));

const { registerReadOutcomes } = await import('./read-outcomes');

const STRAVA_PAGE = 'https://www.strava.com/activities/16900000097';
const GARMIN_PAGE = 'https://connect.garmin.com/app/activity/21500000097';
const tell = (data: object, sender: Partial<chrome.runtime.MessageSender> = {}, tabId = 7) =>
  handlers.get('readOutcome')!({
    data,
    sender: {
      id: browser.runtime.id,
      frameId: 0,
      tab: { id: tabId } as chrome.tabs.Tab,
      url: STRAVA_PAGE,
      ...sender,
    },
  });
const stored = async () => (await browser.storage.session.get(READ_OUTCOMES_KEY))[READ_OUTCOMES_KEY];

/** The texts the Strava feature sends for the run page without its bootstrap (a real fixture). */
const stravaTexts = () => {
  const doc = fixtureDocument('strava/activity-run-no-script-2026-01.html');
  return stravaShownTexts({ ...readStravaPage(doc, new Date('2026-01-16T12:00:00Z')), scripts: [] });
};

describe('read outcomes, per tab in session storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    handlers.clear();
    registerReadOutcomes();
  });

  it('keeps an unreadable page’s reason, which known parts were there, and what the page showed of the run', async () => {
    await tell({
      url: STRAVA_PAGE,
      verdict: 'unreadable',
      reason: 'no-bootstrap',
      checks: { '#heading': true, '#pagenav-container': false, 'Lunch Run': true },
      page: stravaTexts(),
    });
    expect(await stored()).toEqual({
      7: {
        site: 'strava',
        url: STRAVA_PAGE,
        verdict: 'unreadable',
        reason: 'no-bootstrap',
        checks: {
          bootstrap: false,
          heading: true,
          'start time': true,
          stats: true,
          'title type': true,
          'training JSON': false,
          '#heading': true,
          '#pagenav-container': false,
        },
        // 12:10 PM local with the browser's offset at read time (the test machine's zone).
        shown: {
          title: 'Lunch Run',
          start: expect.stringMatching(/^2026-01-1[67]T\d\d:10:00\.000Z$/),
          elapsedS: 2355, // the elapsed time (39:15), not the moving time
          distanceM: 7020,
        },
      },
    });
  });

  it('keeps only the verdict for a read, a non-run or someone else’s activity (nothing from the page)', async () => {
    await tell({
      url: STRAVA_PAGE,
      verdict: 'not-own',
      reason: 'owner-json',
      checks: { bootstrap: true },
      page: stravaTexts(),
    });
    expect(await stored()).toEqual({
      7: { site: 'strava', url: STRAVA_PAGE, verdict: 'not-own', reason: 'owner-json', checks: {} },
    });
  });

  it('a newer read of the tab replaces the older; other tabs keep theirs', async () => {
    await tell({ url: STRAVA_PAGE, verdict: 'unreadable', reason: 'fetch-failed' });
    await tell({ url: GARMIN_PAGE, verdict: 'not-run' }, { url: GARMIN_PAGE }, 8);
    await tell({ url: STRAVA_PAGE, verdict: 'read' });
    expect(await stored()).toMatchObject({
      7: { verdict: 'read' },
      8: { site: 'garmin', verdict: 'not-run' },
    });
  });

  it('a read run keeps the card anchor it was placed after, or that none was there (the corner panel)', async () => {
    await tell({ url: STRAVA_PAGE, verdict: 'read', anchor: '.activity-summary-container' });
    await tell({ url: GARMIN_PAGE, verdict: 'read', reason: 'anchor-missing' }, { url: GARMIN_PAGE }, 8);
    // A selector that is not one of the site's card anchors is not kept (nothing of the page's own text is).
    await tell({ url: STRAVA_PAGE, verdict: 'read', anchor: 'Lunch Run' }, {}, 9);
    expect(await stored()).toEqual({
      7: {
        site: 'strava',
        url: STRAVA_PAGE,
        verdict: 'read',
        checks: {},
        anchor: '.activity-summary-container',
      },
      8: { site: 'garmin', url: GARMIN_PAGE, verdict: 'read', reason: 'anchor-missing', checks: {} },
      9: { site: 'strava', url: STRAVA_PAGE, verdict: 'read', checks: {} },
    });
  });

  it('drops a tab’s outcome when the tab closes or shows another page, not when only the fragment changes', async () => {
    await tell({ url: STRAVA_PAGE, verdict: 'unreadable', reason: 'fetch-failed' });
    await tell({ url: GARMIN_PAGE, verdict: 'not-run' }, { url: GARMIN_PAGE }, 8);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: `${STRAVA_PAGE}#comments` }, {} as chrome.tabs.Tab);
    await vi.waitFor(async () => expect(Object.keys((await stored()) ?? {})).toEqual(['7', '8']));
    await fakeBrowser.tabs.onUpdated.trigger(
      7,
      { url: 'https://www.strava.com/dashboard' },
      {} as chrome.tabs.Tab,
    );
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await stored()).toEqual({}));
  });

  it('refuses a report from another site’s page, a frame, another extension or a page of its own', async () => {
    const report = { url: STRAVA_PAGE, verdict: 'unreadable' };
    expect(() => tell({ ...report, url: GARMIN_PAGE })).toThrow(/refused/);
    expect(() => tell(report, { frameId: 3 })).toThrow(/refused/);
    expect(() => tell(report, { id: 'another-extension' })).toThrow(/refused/);
    expect(() => tell(report, { url: browser.runtime.getURL('/popup.html') })).toThrow(/refused/);
    expect(() => tell({ ...report, verdict: 'fine' })).toThrow();
    expect(await stored()).toBeUndefined();
  });
});
