import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * What the detector leaves in the extension's isolated world for the feature the background injects: its content
 * script context, and whether the feature was started. A global of the isolated world, which the page's own scripts
 * never see (unlike a DOM attribute or event).
 */
export interface DetectorHandle {
  ctx: ContentScriptContext;
  featureStarted: boolean;
}
const HANDLE = Symbol.for('hardday:detector');
type IsolatedWorld = { [HANDLE]?: DetectorHandle };

/** Called by the detector: the context the injected feature will live in. */
export function offerContext(ctx: ContentScriptContext): void {
  (globalThis as IsolatedWorld)[HANDLE] = { ctx, featureStarted: false };
}

/** The detector's handle in this isolated world, if a detector ran here. */
export function detectorHandle(): DetectorHandle | undefined {
  return (globalThis as IsolatedWorld)[HANDLE];
}
