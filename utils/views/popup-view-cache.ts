// The popup's side of the views the background computes ahead of time (utils/background/popup-views.ts). Small and
// free of training logic: the popup bundle imports it.
import { SITE_LIST } from '../sites/registry';
import type { PopupView } from './popup-model';

/** Where the views live: extension session storage (in memory, readable by the popup, gone with the browser). */
export const POPUP_VIEWS_KEY = 'popupViews';

/**
 * The shape of the views kept: raised whenever PopupView changes, so a view an older HardDay stored (e.g. reasons as
 * finished English sentences before they became messages) is dropped, never shown by a popup that reads it otherwise.
 */
export const POPUP_VIEWS_VERSION = 2;

/**
 * A popup view the background computed ahead of time, kept in extension session storage so the popup can show it
 * without waiting for the background (which may have to start up first).
 */
export interface CachedPopupView {
  view: PopupView;
  /** Until this instant the view reads exactly as a fresh one would (see `popupViewValidUntil`). */
  validUntil: number;
  timeZone: string;
  language: string;
  /** The active tab's URL it was computed for (`siteTabUrl`): null for a tab on any other site. */
  tabUrl: string | null;
}

export interface StoredPopupViews {
  version?: number;
  /** For a popup over a tab on any other site than Strava and Garmin. */
  latest?: CachedPopupView;
  /** For popups over Strava and Garmin pages, newest first. */
  tabs: CachedPopupView[];
}

/** The kept views, or none when an older HardDay wrote them in another shape. */
export function readPopupViews(stored: Record<string, unknown>): StoredPopupViews {
  const value = stored[POPUP_VIEWS_KEY] as Partial<StoredPopupViews> | undefined;
  if (value?.version !== POPUP_VIEWS_VERSION) return { version: POPUP_VIEWS_VERSION, tabs: [] };
  return {
    version: POPUP_VIEWS_VERSION,
    latest: value.latest,
    tabs: Array.isArray(value.tabs) ? value.tabs : [],
  };
}

/** The cached view for a popup over `tabUrl` (see `siteTabUrl`), if any. */
export function cachedViewFor(views: StoredPopupViews, tabUrl: string | null): CachedPopupView | undefined {
  return tabUrl === null ? views.latest : views.tabs.find((entry) => entry?.tabUrl === tabUrl);
}

const SITE_ORIGINS = SITE_LIST.map((site) => `${site.origin}/`);

/** The tab's URL when it is a page of one of the sites (the only tabs whose run the popup shows), else null. */
export function siteTabUrl(url: string | null | undefined): string | null {
  return url && SITE_ORIGINS.some((origin) => url.startsWith(origin)) ? url : null;
}

/** The cached view if it answers this very popup: same zone, language and tab, and still valid. */
export function usableCachedView(
  cached: CachedPopupView | undefined,
  context: { now: number; timeZone: string; language: string; tabUrl: string | null },
): PopupView | null {
  if (!cached || typeof cached !== 'object' || !cached.view) return null;
  const fits =
    cached.timeZone === context.timeZone &&
    cached.language === context.language &&
    cached.tabUrl === context.tabUrl &&
    context.now < cached.validUntil;
  return fits ? cached.view : null;
}
