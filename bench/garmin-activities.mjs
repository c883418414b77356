// Distinct Garmin activities for the navigation bench: one saved activity (its JSON and splits) served under many
// ids, each answer rewritten to carry its own id, so 100 in-app navigations visit dozens of different runs and the
// data layer's cache and garbage collection are measured as a long session sees them.

const TEMPLATE_ID = '21500000001';
const FIRST_ID = 21_600_000_000;
const G = 'https://connect.garmin.com/gc-api/activity-service/activity';

export function garminActivityIds(count) {
  return Array.from({ length: count }, (_, i) => String(FIRST_ID + i));
}

/** Routes answering every generated id from the template's fixtures (placed before the fixture routes). */
export function garminActivityRoutes(routes) {
  const template = (suffix) => routes.find((route) => route.url === `${G}/${TEMPLATE_ID}${suffix}`);
  const activity = template('');
  const splits = template('/splits');
  if (!activity || !splits) throw new Error(`no fixture routes for Garmin activity ${TEMPLATE_ID}`);
  const idOf = (url) => /activity\/(\d+)/.exec(url)?.[1] ?? TEMPLATE_ID;
  const withOwnId = (text, url) => text.split(TEMPLATE_ID).join(idOf(url));
  return [
    {
      ...activity,
      url: /^https:\/\/connect\.garmin\.com\/gc-api\/activity-service\/activity\/216\d{8}$/,
      transform: withOwnId,
    },
    {
      ...splits,
      url: /^https:\/\/connect\.garmin\.com\/gc-api\/activity-service\/activity\/216\d{8}\/splits$/,
      transform: withOwnId,
    },
  ];
}
