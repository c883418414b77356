import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterPageLoad } from '@/utils/content/after-page-load';
import { startCardFeature } from '@/utils/content/card-controller';
import { stravaAdapter } from '@/utils/content/strava-adapter';
import { stravaSite } from '@/utils/sites/strava/entry';

export default defineContentScript({
  matches: [...stravaSite.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    afterPageLoad(ctx, () => startCardFeature(ctx, stravaAdapter));
  },
});
