import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterPageLoad } from '@/utils/content/after-page-load';
import { startCardFeature } from '@/utils/content/card-controller';
import { garminAdapter } from '@/utils/content/garmin-adapter';

export default defineContentScript({
  matches: ['https://connect.garmin.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    afterPageLoad(ctx, () => startCardFeature(ctx, garminAdapter));
  },
});
