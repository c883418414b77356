import { browser } from 'wxt/browser';
import type { Repository } from '../store/repository';
import type { StoredState } from '../store/snapshot';
import { localLanguage, localTimeZone } from '../platform';
import { buildPopupView, popupViewValidUntil, type PopupContext, type PopupView } from '../views/popup-model';
import {
  POPUP_VIEWS_KEY,
  POPUP_VIEWS_VERSION,
  readPopupViews,
  type CachedPopupView,
  type StoredPopupViews,
} from '../views/popup-view-cache';

export const POPUP_VIEW_ALARM = 'hardday-popup-view';
/** Views kept for tabs showing an activity (the last few the runner visited or opened the popup over). */
const MAX_TAB_VIEWS = 4;

/**
 * Keeps popup views ready in session storage, so the popup shows today's plan without waiting for this worker (which
 * may first have to start). A view is exactly what the popup would be sent (see `popupViewValidUntil`); every change
 * of the stored state clears the views before the change is written, and updates run one at a time so an older
 * computation never lands after a newer one. It registers itself as the repository's write hook: `clear` runs before
 * every write that changes the stored state.
 */
export function createPopupViews(repository: Repository, clock: () => Date) {
  let updates: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    const next = updates.then(work).catch((error: unknown) => console.warn('[HardDay] popup views', error));
    updates = next;
    return next;
  };
  const write = (views: StoredPopupViews) =>
    browser.storage.session.set({ [POPUP_VIEWS_KEY]: { ...views, version: POPUP_VIEWS_VERSION } });
  const read = async () => readPopupViews(await browser.storage.session.get(POPUP_VIEWS_KEY));

  /** Stores a view just computed for `context`, unless the stored state began to change since `generation`. */
  const remember = (view: PopupView, context: PopupContext, generation: number, state: StoredState) =>
    enqueue(async () => {
      if (generation !== repository.stateGeneration()) return;
      const entry: CachedPopupView = {
        view,
        validUntil: popupViewValidUntil(view, context.now, context.timeZone, state),
        timeZone: context.timeZone,
        language: context.language,
        tabUrl: context.tabUrl ?? null,
      };
      const views = await read();
      if (entry.tabUrl === null) {
        await write({ ...views, latest: entry });
        await browser.alarms.create(POPUP_VIEW_ALARM, { when: entry.validUntil });
      } else {
        const others = views.tabs.filter((kept) => kept.tabUrl !== entry.tabUrl);
        await write({ ...views, tabs: [entry, ...others].slice(0, MAX_TAB_VIEWS) });
      }
    });

  /** The view for `context` from the current state, and (once stored) the same view kept for the next popup. */
  async function computeAndKeep(context: Omit<PopupContext, 'now'>) {
    const generation = repository.stateGeneration();
    const full = { ...context, now: clock().getTime() };
    const state = await repository.readSnapshot();
    const view = buildPopupView(state, full);
    return { view, kept: remember(view, full, generation, state) };
  }
  const inThisBrowser = (tabUrl: string | null) => ({
    timeZone: localTimeZone(),
    language: localLanguage(),
    tabUrl,
  });

  const clear = () => enqueue(() => write({ tabs: [] }));
  repository.onBeforeStateWrite(clear);

  return {
    /** The view a popup asked for; it is kept for the next popup over the same tab without delaying the answer. */
    compute: async (context: Omit<PopupContext, 'now'>): Promise<PopupView> =>
      (await computeAndKeep(context)).view,
    /** The view for a popup over a tab on any other site, in this browser's zone and language. */
    refreshLatest: async (): Promise<void> => (await computeAndKeep(inThisBrowser(null))).kept,
    /** The view for a popup over this Strava or Garmin tab (prepared when its card is drawn). */
    prepareForTab: async (tabUrl: string): Promise<void> =>
      (await computeAndKeep(inThisBrowser(tabUrl))).kept,
    /** Before the stored state changes: no popup may show a view of the old state. */
    clear,
  };
}

export type PopupViews = ReturnType<typeof createPopupViews>;
