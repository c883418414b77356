import type { Run } from '../core/types';

export type Site = 'strava' | 'garmin';
export const SITE_HOSTS: Record<Site, string> = { strava: 'www.strava.com', garmin: 'connect.garmin.com' };

export interface SenderInfo {
  id?: string;
  url?: string;
}

export type SenderKind = { kind: 'extension-page' } | { kind: 'site'; site: Site } | { kind: 'unknown' };

/**
 * Who sent a message: one of HardDay's own pages, HardDay's content script on one of the two sites, or anything
 * else (another extension, a page posing as us), which is refused.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== runtimeId || !sender.url || !URL.canParse(sender.url)) return { kind: 'unknown' };
  if (sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  const { host, protocol } = new URL(sender.url);
  if (protocol !== 'https:') return { kind: 'unknown' };
  for (const site of Object.keys(SITE_HOSTS) as Site[])
    if (host === SITE_HOSTS[site]) return { kind: 'site', site };
  return { kind: 'unknown' };
}

/** A content script may only report runs of the site it runs on, and only the viewer's own. */
export function acceptedRuns(site: Site, runs: Run[]): Run[] {
  return runs.filter((run) => run.source === site && run.ownedByViewer !== false);
}
