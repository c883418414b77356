import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/content-sender';
import { logQuietly } from './log-quietly';

/**
 * On a list page with a dashboard line (docs/decisions/0007): reads the viewer's own entries in the feed now and
 * after changes to the page (a MutationObserver: the feed renders and grows lazily), and whenever they change asks
 * the background for the dashboard line, which it injects only when the viewer's newest run is among them. Only
 * detectors of sites with a line import this file, so the others do not carry it.
 *
 * The feed is read at most once per frame, however many mutation batches the page makes in it, so the host's own
 * rendering never waits on it; a hidden tab gets no frames and so does no reading until it is shown. Stops once the
 * line is injected, or with the script's context.
 */
export function watchFeed(ctx: ContentScriptContext, ownFeedIds: () => string[]): void {
  let sent = '';
  let frameAsked = false;
  const look = () => {
    frameAsked = false;
    const ids = ownFeedIds();
    const key = ids.join();
    if (!ids.length || key === sent) return;
    sent = key;
    void sendMessage('injectFeature', { page: performance.timeOrigin, feed: ids })
      .then((injected) => {
        console.debug(`[HardDay] dashboard line: ${injected ? 'loaded' : 'not for these entries'}`);
        if (injected) observer.disconnect();
      })
      .catch(logQuietly);
  };
  const observer = new MutationObserver(() => {
    if (frameAsked || !ctx.isValid) return;
    frameAsked = true;
    ctx.requestAnimationFrame(look);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  look();
}
