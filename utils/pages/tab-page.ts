// The Strava or Garmin page under the popup (issue 14): which site, whether HardDay is paused there, and how the
// background says its last read of the page ended (utils/background/read-outcomes.ts).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabPageView } from '@/components/popup/TabPage';
import type { SiteId } from '../core/types';
import { activeSiteTab } from '../platform';
import { siteAtOrigin } from '../sites/registry';
import type { Prefs } from '../store/schemas';
import {
  bugReportText,
  outcomeForTab,
  READ_OUTCOMES_KEY,
  siteName,
  type TabReadOutcome,
} from '../views/read-outcome';

export interface TabPage {
  site: SiteId;
  outcome?: TabReadOutcome;
}

/** The page in the active tab, if it is on one of the sites, with its read outcome if the background kept one. */
export async function readTabPage(): Promise<TabPage | null> {
  const tab = await activeSiteTab();
  const site = tab ? siteAtOrigin(tab.url) : null;
  if (!tab || !site) return null;
  const stored = await browser.storage.session.get(READ_OUTCOMES_KEY).catch(() => ({}));
  const outcome = outcomeForTab(stored, tab.id, tab.url);
  return outcome ? { site, outcome } : { site };
}

/**
 * The tab's page, read as the popup opens and again whenever the background stores an outcome: a read that ends
 * while the popup is open shows up without reopening it.
 */
export function useTabPage(): TabPage | null {
  const [page, setPage] = useState<TabPage | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void readTabPage().then(
        (next) => live && setPage(next),
        () => undefined,
      );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && READ_OUTCOMES_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return page;
}

/** What the popup component is told about the tab's page. */
export function tabPageView(page: TabPage, prefs: Pick<Prefs, 'sites'>): TabPageView {
  const { site, outcome } = page;
  const view: TabPageView = { siteName: siteName(site), paused: prefs.sites[site] === false };
  if (!outcome) return view;
  view.verdict = outcome.verdict;
  const cornerCard = outcome.verdict === 'read' && outcome.reason === 'anchor-missing';
  if (outcome.verdict === 'unreadable') view.shown = outcome.shown;
  if (cornerCard) view.cornerCard = true;
  if (outcome.verdict === 'unreadable' || cornerCard) {
    view.bugReport = bugReportText(outcome, {
      version: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
    });
  }
  return view;
}
