import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run } from '../core/types';
import { INTERVALS_RUN } from '../../test/support/test-runs';
import { createRepository } from '../store/repository';
import {
  cachedViewFor,
  POPUP_VIEWS_KEY,
  POPUP_VIEWS_VERSION,
  readPopupViews,
  usableCachedView,
} from '../views/popup-view-cache';
import { createPopupViews } from './popup-views';

const NOW = new Date('2026-03-10T18:00:00Z');
const clock = () => NOW;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const LANGUAGE = navigator.language || 'en';

const intervals: Run = { ...INTERVALS_RUN, ownedByViewer: true };

// A repository and its popup views as the background starts them, on the clean browser of each test.
async function load() {
  const repository = createRepository();
  const views = createPopupViews(repository, clock);
  const stored = async () => readPopupViews(await fakeBrowser.storage.session.get(POPUP_VIEWS_KEY));
  return { ...repository, usableCachedView, cachedViewFor, views, stored };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('popup views prepared by the background', () => {
  it('keeps the view for a popup over any other site, usable by that popup until it expires', async () => {
    const { recordRuns, views, stored, usableCachedView, cachedViewFor } = await load();
    await recordRuns([intervals]);
    await views.refreshLatest();
    const kept = cachedViewFor(await stored(), null);
    expect(kept?.view.model.current?.runKey).toBe('strava:16900000002');
    const context = { now: NOW.getTime(), timeZone: ZONE, language: LANGUAGE, tabUrl: null };
    expect(usableCachedView(kept, context)).toEqual(kept!.view);
    expect(usableCachedView(kept, { ...context, now: kept!.validUntil })).toBeNull();
  });

  it('forgets every view before a change of the stored state is written, and none after a change that is not', async () => {
    const { recordRuns, views, stored } = await load();
    await recordRuns([intervals]);
    await views.refreshLatest();
    await views.prepareForTab('https://www.strava.com/activities/16900000002');
    expect((await stored()).tabs).toHaveLength(1);

    const order: string[] = [];
    const localSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const sessionSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) => {
      order.push(`local ${Object.keys(items).join()}`);
      return localSet(items);
    });
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation((items) => {
      order.push('session');
      return sessionSet(items);
    });

    await recordRuns([intervals]); // the same run again: nothing to write, nothing to forget
    expect(order).toEqual([]);
    expect((await stored()).latest).toBeDefined();

    await recordRuns([{ ...intervals, title: 'Intervals 8x800' }]);
    expect(order[0]).toBe('session');
    expect(order.some((step) => step.startsWith('local runs'))).toBe(true);
    expect(order.indexOf('session')).toBeLessThan(order.findIndex((step) => step.startsWith('local runs')));
    expect(await stored()).toEqual({ version: POPUP_VIEWS_VERSION, latest: undefined, tabs: [] });
  });

  it('drops views an older HardDay kept in another shape (reasons as sentences), never hands them to a popup', async () => {
    const { recordRuns, views, stored, usableCachedView, cachedViewFor } = await load();
    await recordRuns([intervals]);
    await views.refreshLatest();
    const current = await fakeBrowser.storage.session.get(POPUP_VIEWS_KEY);
    const kept = current[POPUP_VIEWS_KEY] as { latest: { view: { model: { current: { advice: object } } } } };
    expect(cachedViewFor(await stored(), null)).toBeDefined();
    // What the version before messages stored: no version, English sentences as reasons.
    const old = structuredClone(kept);
    delete (old as { version?: number }).version;
    old.latest.view.model.current.advice = {
      ...old.latest.view.model.current.advice,
      reasons: ['Strength fits now'],
    };
    await fakeBrowser.storage.session.set({ [POPUP_VIEWS_KEY]: old });
    const context = { now: NOW.getTime(), timeZone: ZONE, language: LANGUAGE, tabUrl: null };
    expect(usableCachedView(cachedViewFor(await stored(), null), context)).toBeNull();
    expect(await stored()).toEqual({ version: POPUP_VIEWS_VERSION, tabs: [] });
  });

  it('keeps the newest few tab views, one per tab', async () => {
    const { recordRuns, views, stored } = await load();
    await recordRuns([intervals]);
    for (const id of [1, 2, 3, 4, 5, 3]) await views.prepareForTab(`https://www.strava.com/activities/${id}`);
    await views.refreshLatest(); // updates run one after another: all the above have landed
    expect((await stored()).tabs.map((entry) => entry.tabUrl)).toEqual([
      'https://www.strava.com/activities/3',
      'https://www.strava.com/activities/5',
      'https://www.strava.com/activities/4',
      'https://www.strava.com/activities/2',
    ]);
  });
});
