import { browser } from 'wxt/browser';
import type { SiteId } from '../core/types';
import { sendMessage } from '../messaging/content-sender';
import { siteEnabled } from './site-enabled';

/**
 * The loader's work, once the page has loaded (docs/decisions/0007): where `mayShow` says a card or a dashboard line
 * may show at this address, it asks the background for the site's detector. Nothing in a script an extension reload
 * or update left behind (it has no runtime any more), and nothing on a site the runner paused: not even the address
 * is read there.
 */
export async function loadDetector(site: SiteId, mayShow: (url: string) => boolean): Promise<void> {
  if (browser.runtime?.id == null) return;
  if (!(await siteEnabled(site))) return console.debug(`[HardDay] no card: turned off for ${site}`);
  if (!mayShow(location.href)) return console.debug('[HardDay] nothing can show here: no detector loaded');
  await sendMessage('loadDetector', undefined);
}
