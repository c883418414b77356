import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterPageLoad } from '@/utils/content/after-page-load';
import { startCardFeature } from '@/utils/content/card-controller';
import { garminAdapter } from '@/utils/content/garmin-adapter';
import { garminSite } from '@/utils/sites/garmin/entry';

export default defineContentScript({
  matches: [...garminSite.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    afterPageLoad(ctx, () => startCardFeature(ctx, garminAdapter));
  },
});
