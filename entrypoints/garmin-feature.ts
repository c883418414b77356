// Garmin Connect's card feature, built as an unlisted script (/garmin-feature.js) that the background injects into
// the isolated world of a tab whose detector saw an activity route; it follows later in-app navigation itself
// (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { garminAdapter } from '@/utils/content/garmin-adapter';
import { startInjectedFeature } from '@/utils/content/injected-feature';

export default defineUnlistedScript({
  globalName: false,
  main: () => startInjectedFeature(garminAdapter),
});
