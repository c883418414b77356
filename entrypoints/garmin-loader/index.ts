// Garmin Connect's content script, on every page of the site (the manifest lists it: wxt.config.ts). Until the page's
// load event it does nothing but wait: its work (./start.ts) is bundled in this file but evaluated only when imported,
// so not even its module set-up (the extension API's first use) is part of the page's load. Then it asks the
// background for the detector (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterPageLoad } from '@/utils/content/after-page-load';
import { logQuietly } from '@/utils/content/log-quietly';

export default defineUnlistedScript({
  globalName: false,
  main: () => afterPageLoad(() => void import('./start').then(({ start }) => start()).catch(logQuietly)),
});
