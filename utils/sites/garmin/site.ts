// Every Garmin Connect fact HardDay depends on, in one place. Dates say when a source last confirmed the fact
// (sources in research/garmin.md).
import type { LapIntensity, RunSport } from '../../core/types';

export const GARMIN_ORIGIN = 'https://connect.garmin.com';
export const GARMIN_HOST = 'connect.garmin.com';

// --- URL patterns (2026-02: /modern/ → /app/, fulippo 0af6598; wilmtang provider-url.js) ------------------------
/** `/app/activity/ID` (current) or `/modern/activity/ID` (legacy, redirects to /app). */
export const ACTIVITY_PATH = /^\/(?:app|modern)\/activity\/(\d+)(?:\/[^?#]*)?$/;
/** The activity list, `/app/activities` (also with `?activityType=running`). */
export const ACTIVITY_LIST_PATH = /^\/(?:app|modern)\/activities\/?$/;

// --- The home page and the news feed (issue 12, the dashboard line; docs/sites.md §2.7) ------------------------
/**
 * Where the runner lands and where activities show as feed cards. `/app/newsfeed` (2026-01-09: the /modern → /app
 * move in Scheddy1/gcw-strava-kudo-all c8871d6; Likenttt's kudos extension 1.3.0, 2026-03-08, with filtered feeds
 * under `/app/newsfeed/…`), the legacy `/modern/newsfeed`, and `/app/home`, the page after sign-in (2026 tools open
 * it first, e.g. a userscript's tests with its "Edit Home" tiles; which of its tiles show activities is unknown).
 */
export const FEED_PATH = /^\/(?:app|modern)\/(?:home\/?|newsfeed(?:\/[^?#]*)?)$/;
export const feedSelectors = {
  /**
   * A link to an activity, `/app/activity/ID` (2026; relative or absolute) or `/modern/activity/ID`; which one is
   * checked against ACTIVITY_PATH (Scheddy1/gcw-strava-kudo-all 6a36ba1, 2026, reads feed cards by these links).
   */
  activityLink: 'a[href*="/activity/"]',
};
/**
 * The feed entry around an activity link, most specific first: the line goes inside the first one found that shows
 * no other activity. 2026 (after 2026-03-08): Scheddy1/gcw-strava-kudo-all 6a36ba1 takes a feed card as
 * `[class*='ActivityCard_activityContainer']`, then `[data-testid='activity-card']`, then `article`, and fails closed
 * when none holds the link. Classes are CSS-module names with a build hash after them, matched by their start.
 * With none of these, the widest ancestor a few levels up that shows this activity alone (garmin/feed.ts).
 */
export const FEED_ENTRY_ANCHORS = [
  '[class*="ActivityCard_activityContainer" i]',
  '[data-testid="activity-card"]',
  'article',
];
/** How far above its link the fallback looks for an entry that holds no other activity. */
export const FEED_ENTRY_MAX_LEVELS = 6;

// --- API (2025-11: `/gc-api/` + `connect-csrf-token`, fulippo 937ea49; python-garminconnect paths) ----------------
export const GARMIN_API_PREFIX = '/gc-api';
export const garminPaths = {
  activity: (id: string) => `${GARMIN_API_PREFIX}/activity-service/activity/${id}`,
  splits: (id: string) => `${GARMIN_API_PREFIX}/activity-service/activity/${id}/splits`,
  socialProfile: () => `${GARMIN_API_PREFIX}/userprofile-service/socialProfile`,
  activityList: (limit: number, start = 0) =>
    `${GARMIN_API_PREFIX}/activitylist-service/activities/search/activities?start=${start}&limit=${limit}`,
};
export const GARMIN_CSRF_HEADER = 'connect-csrf-token';
export const GARMIN_JSON_HEADERS: Record<string, string> = { accept: 'application/json' };

// --- Page (2026, unattributed parsers; wilmtang provider-page.js) -------------------------------------------------
export const selectors = {
  csrfMeta: 'meta[name="csrf-token"]',
  // 2026-04: `main h1` (title) and `main time[datetime]` (start) removed. The rendered activity page has no <main>,
  // <h1> or <time> (issue 15; test/fixtures/garmin/activity-rendered-2026-04.html): the title is a <div> with a
  // hashed class and the start is plain text ("Apr 11, 2026 @ 07:12 (UTC-06:00)") with no machine-readable instant.
  // Nothing needs them: the run's title and true start come from the activity JSON, and when that fails the card
  // comes from HardDay's stored copy of the run, not from page text.
};
/**
 * 2026-04: the tab's title on an activity is "<activity name> | Garmin Connect" (activity-rendered-2026-04.html); the
 * app shell before the app renders is "Garmin Connect". Only read to prefill a hand entry when the JSON fails.
 */
export const GARMIN_TITLE_SUFFIX = ' | Garmin Connect';
// --- Where the card goes (2026-08, wilmtang/better-peakbagger src/capture/provider-page.js, its activity-header
// selectors; ActivityMetaInfo_activityMetadataHeader also in BelaSzombathelyi/GarminConnect's export userscript) ---
/**
 * Most specific first: the card goes after the first one found. The app's classes are CSS-module names with a build
 * hash after them (`ActivityHeaderContainer_headerContainer__x1y2`), so they are matched by their stable start.
 */
export const CARD_ANCHORS = [
  '[data-testid="activity-header"]',
  '[class*="ActivityHeaderContainer_headerContainer" i]',
  '[class*="ActivityMetaInfo_activityMetadataHeader" i]',
  // 2026-04: 'main header' removed, the rendered page has no <main> (issue 15, activity-rendered-2026-04.html).
  // With none of these, the card shows as a panel in the page's corner (utils/content/card-place.ts).
];

// --- Page globals (2026-03: one minified, nonce'd script, plain object literals; older shells: JSON.parse("…");
// docs/sites.md §2.1–2.2) -----------------------------------------------------------------------------------------
/** `window.VIEWER_SOCIAL_PROFILE = {…}` (2026) or `= JSON.parse("…")` (older) in an inline script of the app shell. */
export const VIEWER_PROFILE_MARKER = 'VIEWER_SOCIAL_PROFILE';
/** The viewer's preferences (units, first day of the week, …), written beside VIEWER_SOCIAL_PROFILE. */
export const VIEWER_PREFERENCES_MARKER = 'VIEWER_USERPREFERENCES';
/**
 * `firstDayOfWeek` in the preferences: `{ dayId, dayName, sortOrder, isPossibleFirstDay }` with dayId 1 = Sunday …
 * 7 = Saturday and the English day name (`{ dayId: 2, dayName: "monday" }`; flat shape seen 2019–2023, the same object
 * expected under `userData` in 2026, docs/sites.md §2.2). The reader turns it into 0 = Sunday … 6 = Saturday.
 */
export const GARMIN_DAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
// 2026-03: VIEWER_PROFILE_PATTERN (the `JSON.parse("…")` form only) removed; both forms are read after the marker by
// the balanced-literal reader (shared/js-literal.ts), which records which one matched.

// --- Activity types (2026-01, pe-st json/activityTypes.json) ------------------------------------------------------
/** Running typeKeys → HardDay sport. Any other child of parentTypeId 1 counts as a plain run. */
export const RUN_TYPE_KEYS: Record<string, RunSport> = {
  running: 'run',
  street_running: 'run',
  trail_running: 'trail_run',
  track_running: 'track_run',
  treadmill_running: 'treadmill_run',
  // Garmin's "Indoor Track" activity.
  indoor_running: 'track_run',
  virtual_run: 'virtual_run',
  obstacle_run: 'run',
  ultra_run: 'run',
};
export const RUNNING_PARENT_TYPE_ID = 1;
export const RUNNING_TYPE_ID = 1;
/** Transitions in multisport activities and wheelchair pushes are not runs, even under parentTypeId 1. */
export const NOT_RUN_TYPE_KEY = /ToRunTransition|wheelchair_push/i;

/** `eventTypeDTO.typeKey` (activity) / `eventType.typeKey` (list) for a race (pe-st event_types). */
export const RACE_EVENT_TYPE_KEY = 'race';

// --- Laps (fit-check garmin_activity_splits.json; FIT enum) -------------------------------------------------------
export const LAP_INTENSITY: Record<string, LapIntensity> = {
  WARMUP: 'warmup',
  ACTIVE: 'active',
  INTERVAL: 'interval',
  RECOVERY: 'recovery',
  REST: 'rest',
  COOLDOWN: 'cooldown',
};

// --- Training effect (pe-st; garth; fit-check) --------------------------------------------------------------------
/** Labels meaning "no label". The label can also be missing; then the aerobic message is the fallback. */
export const EMPTY_TE_LABELS = new Set(['UNKNOWN', 'NONE', '']);
/** aerobicTrainingEffectMessage fragment → label vocabulary (e.g. HIGHLY_IMPROVING_VO2_MAX_16 → VO2MAX). */
export const TE_MESSAGE_LABELS: [RegExp, string][] = [
  [/RECOVERY/, 'RECOVERY'],
  [/AEROBIC_BASE/, 'AEROBIC_BASE'],
  [/TEMPO/, 'TEMPO'],
  [/LACTATE_THRESHOLD/, 'LACTATE_THRESHOLD'],
  [/VO2_?MAX/, 'VO2MAX'],
  [/ANAEROBIC/, 'ANAEROBIC_CAPACITY'],
  [/SPEED/, 'SPEED'],
];

/**
 * Older list responses (2018–2021) gave elapsedDuration in milliseconds; 2026 gives seconds. A value this many
 * times the plain duration, or longer than this many seconds without one, is read as milliseconds.
 */
export const MS_SUSPECT_RATIO = 50;
export const MS_SUSPECT_SECONDS = 4 * 24 * 3600;
