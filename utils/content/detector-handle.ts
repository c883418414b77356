import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The features the background injects: the card on an activity page, the line on a feed (issue 12). */
export type InjectedFeature = 'card' | 'line';

/**
 * What the detector leaves in the extension's isolated world for the features the background injects: its content
 * script context, and which features were started (each at most once per page; a single-page app shows the feed and
 * an activity in one page). A global of the isolated world, which the page's own scripts never see (unlike a DOM
 * attribute or event).
 */
export interface DetectorHandle {
  ctx: ContentScriptContext;
  started: InjectedFeature[];
}
const HANDLE = Symbol.for('hardday:detector');
type IsolatedWorld = { [HANDLE]?: DetectorHandle };

/** Called by the detector: the context the injected feature will live in. */
export function offerContext(ctx: ContentScriptContext): void {
  (globalThis as IsolatedWorld)[HANDLE] = { ctx, started: [] };
}

/** The detector's handle in this isolated world, if a detector ran here. */
export function detectorHandle(): DetectorHandle | undefined {
  return (globalThis as IsolatedWorld)[HANDLE];
}
