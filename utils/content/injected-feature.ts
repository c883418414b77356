import { startCardFeature, type SiteAdapter } from './card-controller';
import { startInjected } from './injected-start';

/** Starts the card feature the background injected into this tab (docs/decisions/0007), once per page. */
export function startInjectedFeature(adapter: SiteAdapter): void {
  startInjected('card', (ctx) => startCardFeature(ctx, adapter));
}
