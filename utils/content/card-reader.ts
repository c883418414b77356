import type { QueryClient } from '@tanstack/query-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Run, UnitSystem } from '../core/types';
import { sendMessage } from '../messaging/content-sender';
import { readsOtherActivity } from '../queries/keys';
import type { PageReadReport } from '../views/read-outcome';
import { warnMissing } from './dev-warnings';
import { logQuietly } from './log-quietly';
import type { SiteAdapter, SiteRead } from './site-adapter';
import { siteEnabled } from './site-enabled';

/** Where read runs go: the background's `reportRuns` (it keeps only the viewer's own runs of this site). */
export type ReportRuns = (report: {
  runs: Run[];
  fromList?: boolean;
  units?: UnitSystem;
}) => Promise<unknown>;

/** Where a read's outcome goes: the background's `readOutcome`, kept for the popup over this tab. */
export type ReportOutcome = (report: PageReadReport & { url: string }) => Promise<unknown>;

/** The most runs one list report carries. */
const MAX_LIST_REPORT = 100;

/**
 * Reading the site for the card: the run on an activity page, the viewer's recent runs on a list page, both through
 * the content script's query client, and handed to the background. Reads for a page the runner has left are aborted.
 */
export function createRunReader(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  client: QueryClient,
  report: ReportRuns,
  reportOutcome: ReportOutcome = (outcome) => sendMessage('readOutcome', outcome),
) {
  /**
   * Tells the background how the read of `url` ended; an unreadable page also names the card's missing places. A run
   * is told once its card has a place (`placed`).
   */
  const tellOutcome = (url: string, read: SiteRead) => {
    if (read.status === 'run' || !read.verdict) return;
    const checks = { ...read.checks };
    if (read.verdict === 'unreadable') {
      for (const selector of adapter.anchorSelectors) checks[selector] = !!document.querySelector(selector);
      if (import.meta.env.DEV) warnMissing(adapter.site, checks, read.page);
    }
    void reportOutcome({ url, verdict: read.verdict, reason: read.code, checks, page: read.page }).catch(
      logQuietly,
    );
  };
  let listRefresh: Promise<void> | null = null;
  return {
    /** The runner can switch a site off in the options: then HardDay does not read its pages at all. */
    siteEnabled: () => siteEnabled(adapter.site),

    /**
     * The run on the activity page, or why there is none (a failed read is a reason, never an error). How it ended
     * is reported for the popup, unless the runner has left the page meanwhile.
     */
    async read(activityId: string): Promise<SiteRead> {
      const url = location.href;
      const read = await adapter.readActivity(activityId, client).catch((error: unknown): SiteRead => ({
        status: 'skip',
        reason: String(error),
        verdict: 'unreadable',
        code: 'error',
      }));
      if (ctx.isValid && location.href === url) tellOutcome(url, read);
      return read;
    },

    /**
     * The run on `url` was read and its card placed: after the site's anchor `anchor` (a selector of the adapter's),
     * or, with none on the page, in the corner (`anchor-missing`), so a redesign of the header shows in the outcome.
     */
    placed(url: string, anchor: string | undefined): void {
      if (!ctx.isValid || location.href !== url) return;
      const how = anchor ? { anchor } : { reason: 'anchor-missing' as const };
      void reportOutcome({ url, verdict: 'read', ...how }).catch(logQuietly);
    },

    /**
     * Hands the page's run (and the viewer's unit setting on the site, when the page said it) to the background;
     * resolves once it is stored (or failed quietly).
     */
    report: (run: Run, units?: UnitSystem): Promise<void> =>
      report({ runs: [run], ...(units ? { units } : {}) }).then(() => undefined, logQuietly),

    /** Reads the recent-activity list and reports it; one read at a time (the background paces them). */
    refreshRecent(): void {
      listRefresh ??= adapter
        .readRecent(client)
        .then((runs) =>
          ctx.isValid ? report({ runs: runs.slice(0, MAX_LIST_REPORT), fromList: true }) : undefined,
        )
        .then(() => undefined, logQuietly)
        .finally(() => (listRefresh = null));
    },

    /** Aborts the requests still on their way for any activity but `activityId` (null: every activity). */
    leaveAllBut(activityId: string | null): void {
      void client.cancelQueries({ predicate: (query) => readsOtherActivity(query.queryKey, activityId) });
    },
  };
}

export type RunReader = ReturnType<typeof createRunReader>;
