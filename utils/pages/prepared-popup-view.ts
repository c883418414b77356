import { browser } from 'wxt/browser';
import { activeSiteTabUrl, LOCAL_TIME_ZONE, localLanguage } from '../platform';
import type { PopupView } from '../views/popup-model';
import { cachedViewFor, POPUP_VIEWS_KEY, readPopupViews, usableCachedView } from '../views/popup-view-cache';

/**
 * The view the background prepared for a popup over the current tab (utils/background/popup-views.ts), if it still
 * answers this popup exactly; else undefined. Read once as the popup opens, without waiting for the background
 * (which may first have to start): it is the popup view query's initial data, replaced by the fresh answer.
 */
export async function readPreparedPopupView(): Promise<PopupView | undefined> {
  try {
    const [stored, tabUrl] = await Promise.all([
      browser.storage.session.get(POPUP_VIEWS_KEY),
      activeSiteTabUrl(),
    ]);
    const context = { now: Date.now(), timeZone: LOCAL_TIME_ZONE, language: localLanguage(), tabUrl };
    return usableCachedView(cachedViewFor(readPopupViews(stored), tabUrl), context) ?? undefined;
  } catch {
    return undefined; // no prepared view: the popup waits for the background
  }
}
