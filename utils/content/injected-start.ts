import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectorHandle, type InjectedFeature } from './detector-handle';

/**
 * Starts a feature the background injected into this tab (docs/decisions/0007) in the detector's WXT content-script
 * context: its listeners, observers and timers end exactly when the content script's do (extension reloaded or
 * updated, a newer copy started), and with the document when the tab leaves the site. Sharing the context keeps
 * WXT's context class (~1 KB gzipped) out of the feature and lets one location watcher serve both. A second
 * injection of `feature` into a page where it runs, or one without a live detector, starts nothing.
 */
export function startInjected(feature: InjectedFeature, start: (ctx: ContentScriptContext) => void): void {
  const handle = detectorHandle();
  if (!handle?.ctx.isValid) return console.debug('[HardDay] no card: the page’s detector has ended');
  if (handle.started.includes(feature))
    return console.debug(`[HardDay] the ${feature} already runs on this page`);
  handle.started.push(feature);
  start(handle.ctx);
}
