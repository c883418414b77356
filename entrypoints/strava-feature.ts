// Strava's card feature, built as an unlisted script (/strava-feature.js) that the background injects into the
// isolated world of a tab whose detector found the runner's own run (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInjectedFeature } from '@/utils/content/injected-feature';
import { stravaAdapter } from '@/utils/content/strava-adapter';

export default defineUnlistedScript({
  globalName: false,
  main: () => startInjectedFeature(stravaAdapter),
});
