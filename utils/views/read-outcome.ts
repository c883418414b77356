// What HardDay made of the page in each tab (issue 14, "visible reading failures"): the content script says how its
// read ended, the background keeps that per tab in session storage, and the popup opened over the tab shows it. Pure:
// types, schemas and the bug-report text; the storage and the browser live in utils/background and utils/pages.
import { SITE_IDS, type SiteId } from '../core/types';
import { GARMIN_READ_CHECKS } from '../sites/garmin/read-checks';
import { SITES, activityInUrl } from '../sites/registry';
import { STRAVA_READ_CHECKS } from '../sites/strava/read-checks';

/** How a read of an activity page ended: a run, not a run, someone else's activity, or a page HardDay cannot read. */
export const READ_VERDICTS = ['read', 'not-run', 'not-own', 'unreadable'] as const;
export type ReadVerdict = (typeof READ_VERDICTS)[number];

/**
 * Why, in a word a bug report can carry. `no-bootstrap`: the page's inline bootstrap script is gone;
 * `schema-mismatch`: the page or JSON answered, but without the fields HardDay reads; `fetch-failed`: the site's JSON
 * did not answer (network, server error, not JSON); `signed-out`: it answered 401/403; `owner-unknown`: neither the
 * page nor the JSON said who is signed in; `owner-json`: the JSON refused the activity (404), which on Strava means
 * someone else's; `anchor-missing`: the run was read, but none of the card's places is on the page; `error`: a bug.
 */
export const READ_REASONS = [
  'no-bootstrap',
  'schema-mismatch',
  'fetch-failed',
  'signed-out',
  'owner-unknown',
  'owner-json',
  'anchor-missing',
  'error',
] as const;
export type ReadReason = (typeof READ_REASONS)[number];

/**
 * What a content script reports after reading an activity page (content → background, `readOutcome`). `checks`
 * names the page parts, JSON answers and card anchors the reader looked for (true: found); the names come from the
 * site code, and the background keeps only names it knows. `page` is the page's own text for the hand entry (title,
 * start, stats), parsed and cut down in the background.
 */
export interface PageReadReport {
  verdict: ReadVerdict;
  reason?: ReadReason;
  checks?: Record<string, boolean>;
  page?: unknown;
  /** A read run: the card anchor (one of the site's selectors) its card was placed after; absent in the corner. */
  anchor?: string;
}

/** What the page showed of the run, as far as it was readable: prefills "log this run by hand". */
export interface ShownRun {
  title?: string;
  /** ISO instant. */
  start?: string;
  elapsedS?: number;
  distanceM?: number;
}

/** One tab's last read, as the background keeps it (storage.session, READ_OUTCOMES_KEY, by tab id). */
export interface TabReadOutcome {
  site: SiteId;
  /** The page the read was for; the outcome answers only a tab still showing it (`samePage`). */
  url: string;
  verdict: ReadVerdict;
  reason?: ReadReason;
  checks: Record<string, boolean>;
  shown?: ShownRun;
  /**
   * A read run whose card has its place: the site's card anchor it follows. With `reason: 'anchor-missing'` and no
   * anchor, the card was shown as the corner panel (issue 15).
   */
  anchor?: string;
}

/** The session-storage key: `{ [tabId]: TabReadOutcome }`. Session storage: in memory, gone with the browser. */
export const READ_OUTCOMES_KEY = 'readOutcomes';

/** Everything a site's reader may name in `checks`: its page parts and JSON answers, then its card anchors. */
export function knownChecks(site: SiteId): readonly string[] {
  const parts = site === 'strava' ? STRAVA_READ_CHECKS : GARMIN_READ_CHECKS;
  return [...parts, ...SITES[site].cardAnchors];
}

/** The checks a report may carry for `site`, in the site's order; unknown names are dropped. */
export function knownChecksOnly(site: SiteId, checks: Record<string, boolean> = {}): Record<string, boolean> {
  const kept: Record<string, boolean> = {};
  for (const name of knownChecks(site)) if (typeof checks[name] === 'boolean') kept[name] = checks[name];
  return kept;
}

/** The same page: the same address apart from the fragment. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * The shape the background writes (utils/background/read-outcomes.ts validates what it stores); checked here without
 * a schema library, which the popup does not otherwise load.
 */
function isTabReadOutcome(value: unknown): value is TabReadOutcome {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<Record<keyof TabReadOutcome, unknown>>;
  return (
    isIn(SITE_IDS, entry.site) &&
    typeof entry.url === 'string' &&
    isIn(READ_VERDICTS, entry.verdict) &&
    (entry.reason === undefined || isIn(READ_REASONS, entry.reason)) &&
    !!entry.checks &&
    typeof entry.checks === 'object' &&
    (entry.shown === undefined || (!!entry.shown && typeof entry.shown === 'object')) &&
    (entry.anchor === undefined || typeof entry.anchor === 'string')
  );
}

/** The outcome kept for this tab, if the tab still shows the page it was read on. */
export function outcomeForTab(
  stored: Record<string, unknown>,
  tabId: number,
  url: string,
): TabReadOutcome | undefined {
  const all = stored[READ_OUTCOMES_KEY];
  const entry = all && typeof all === 'object' ? (all as Record<string, unknown>)[String(tabId)] : undefined;
  return isTabReadOutcome(entry) && samePage(entry.url, url) ? entry : undefined;
}

const SITE_NAMES: Record<SiteId, string> = { strava: 'Strava', garmin: 'Garmin Connect' };

/** The site's name as the runner knows it. */
export function siteName(site: SiteId): string {
  return SITE_NAMES[site];
}

/** "activity" or "other": the only page kinds a bug report names (never the address, which holds the id). */
function pageKind(url: string): string {
  return activityInUrl(url) ? 'activity' : 'other';
}

const BROWSERS: [RegExp, string][] = [
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
];

/** "Chrome 131", "Firefox 128" from a user agent: the name and major version only. */
export function browserLabel(userAgent: string): string {
  for (const [pattern, name] of BROWSERS) {
    const major = pattern.exec(userAgent)?.[1];
    if (major) return `${name} ${major}`;
  }
  return 'unknown browser';
}

/**
 * The text "copy details for a bug report" puts on the clipboard: extension version, browser, site, page kind, the
 * outcome and which checks were found or missing. Built only from fixed vocabularies (verdicts, reasons, the site's
 * check names), so it never carries the address, the activity id, the title or anything else the page showed.
 */
export function bugReportText(
  outcome: Pick<TabReadOutcome, 'site' | 'url' | 'verdict' | 'reason' | 'checks'>,
  env: { version: string; userAgent: string },
): string {
  const checks = knownChecksOnly(outcome.site, outcome.checks);
  const names = (found: boolean) =>
    Object.entries(checks)
      .filter(([, value]) => value === found)
      .map(([name]) => name)
      .join(', ') || 'none';
  const version = /^\d+(\.\d+){0,3}$/.test(env.version) ? env.version : 'unknown';
  const what =
    outcome.verdict === 'read'
      ? 'HardDay read a page but found no place for its card.'
      : 'HardDay could not read a page.';
  return [
    `${what} Details for a bug report (no personal data: no address, id or title):`,
    `Extension: HardDay ${version}`,
    `Browser: ${browserLabel(env.userAgent)}`,
    `Site: ${siteName(outcome.site)}`,
    `Page: ${pageKind(outcome.url)}`,
    `Outcome: ${outcome.verdict}${outcome.reason ? ` (${outcome.reason})` : ''}`,
    `Found: ${names(true)}`,
    `Missing: ${names(false)}`,
  ].join('\n');
}
