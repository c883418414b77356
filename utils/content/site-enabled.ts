import { browser } from 'wxt/browser';
import type { SiteId } from '../core/types';

/** The runner can switch a site off in the options: then HardDay neither loads its card nor reads its pages. */
export async function siteEnabled(site: SiteId): Promise<boolean> {
  const { prefs } = (await browser.storage.local.get('prefs').catch(() => ({}))) as { prefs?: unknown };
  const sites = prefs && typeof prefs === 'object' ? (prefs as { sites?: unknown }).sites : undefined;
  return !(sites && typeof sites === 'object' && (sites as Record<string, unknown>)[site] === false);
}
