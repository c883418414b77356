import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeSiteTabUrl, LOCAL_TIME_ZONE } from '../platform';
import type { PopupView } from '../views/popup-model';
import { cachedViewFor, POPUP_VIEWS_KEY, readPopupViews, usableCachedView } from '../views/popup-view-cache';

/**
 * The view the background prepared for a popup over the current tab, if it still answers this popup exactly. Read
 * once as the popup opens; the fresh view from the background replaces it as soon as it arrives.
 */
export function useCachedPopupView(language: string): PopupView | undefined {
  const [view, setView] = useState<PopupView>();
  useLayoutEffect(() => {
    let open = true;
    void Promise.all([browser.storage.session.get(POPUP_VIEWS_KEY), activeSiteTabUrl()]).then(
      ([stored, tabUrl]) => {
        const context = { now: Date.now(), timeZone: LOCAL_TIME_ZONE, language, tabUrl };
        const usable = usableCachedView(cachedViewFor(readPopupViews(stored), tabUrl), context);
        if (open && usable) setView(usable);
      },
      () => undefined, // no cached view: the popup waits for the background as before
    );
    return () => {
      open = false;
    };
  }, []);
  return view;
}
