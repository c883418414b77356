import type { Run, SiteId } from '../core/types';
import { siteAtOrigin } from '../sites/registry';

/** The sending site, as the handlers name it. */
export type Site = SiteId;

export interface SenderInfo {
  id?: string;
  url?: string;
}

export type SenderKind = { kind: 'extension-page' } | { kind: 'site'; site: Site } | { kind: 'unknown' };

/**
 * Who sent a message: one of HardDay's own pages, HardDay's content script on a site of the registry (known by its
 * origin), or anything else (another extension, a page posing as us), which is refused.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== runtimeId || !sender.url || !URL.canParse(sender.url)) return { kind: 'unknown' };
  if (sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  const site = siteAtOrigin(sender.url);
  return site ? { kind: 'site', site } : { kind: 'unknown' };
}

/**
 * The address the sender's tab shows now, on the sender's own origin: a single-page app (Garmin Connect) changes it in
 * place, while `sender.url` keeps the address the document was loaded at (Chromium). `sender.url` when the tab's
 * address is unknown or on another origin (the tab moved on while the message was on its way).
 */
export function currentPageUrl(sender: SenderInfo & { tab?: { url?: string } }): string {
  const loaded = sender.url ?? '';
  const shown = sender.tab?.url;
  if (!shown || !URL.canParse(shown) || !URL.canParse(loaded)) return loaded;
  return new URL(shown).origin === new URL(loaded).origin ? shown : loaded;
}

/** A content script may only report runs of the site it runs on, and only the viewer's own. */
export function acceptedRuns(site: Site, runs: Run[]): Run[] {
  return runs.filter((run) => run.source === site && run.ownedByViewer !== false);
}
