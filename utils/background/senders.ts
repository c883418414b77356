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

/** A content script may only report runs of the site it runs on, and only the viewer's own. */
export function acceptedRuns(site: Site, runs: Run[]): Run[] {
  return runs.filter((run) => run.source === site && run.ownedByViewer !== false);
}
