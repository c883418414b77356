// Every Strava fact HardDay depends on, in one place. When Strava changes its pages, this is the file to edit.
// Dates say when a fact was last confirmed by a source (see research/strava.md for the sources).
import type { Run, RunSport } from '../../core/types';

export const STRAVA_ORIGIN = 'https://www.strava.com';
/** Hosts that serve the activity pages (app.strava.com redirects to www; seen 2024, Elevate). */
export const STRAVA_HOSTS = ['www.strava.com', 'strava.com'] as const;

// --- URL patterns (2026-01, Sauce src/ext/boot.js; SES main.js) -------------------------------------------------
/** `/activities/ID` plus an optional subpage path (overview, analysis/S/E, laps, segments/EFFORT, …). */
export const ACTIVITY_PATH = /^\/activities\/(\d+)(?:\/([^/]+)(?:\/[^/]*)*)?\/?$/;
/**
 * First path segments under /activities/ID that are not the activity view: the truncate tool and the edit
 * form (a form, not the activity; no card there), downloads, and the JSON endpoints.
 */
export const NON_PAGE_SUBPATHS = new Set([
  'truncate',
  'edit',
  'export_gpx',
  'export_tcx',
  'export_original',
  'lap_efforts',
  'streams',
  'heartrate_zones',
  'pace_zones',
  'power_data',
  'kudos',
  'comments',
]);
/** Dashboard and feed pages (2025-04, Sauce boot.js; Elevate). `/dashboard/feed` is JSON, not a page. */
export const DASHBOARD_PATH = /^\/dashboard(?:\/(?!feed(?:\/|$))[^?#]*)?\/?$/;

// --- Same-origin JSON endpoints (2026-01, Sauce net.mjs; ilyasaftr client.go; stravaweblib) ----------------------
export const stravaPaths = {
  /** One own activity with the true UTC start; 404 when the activity is someone else's. */
  trainingActivity: (id: string) => `/athlete/training_activities/${id}`,
  /** The laps the page's Laps tab shows. */
  lapEfforts: (id: string) => `/activities/${id}/lap_efforts`,
  /** One page of the viewer's own activities, newest first. */
  trainingActivities: (perPage: number, page = 1) =>
    `/athlete/training_activities?new_activity_only=false&per_page=${perPage}&page=${page}`,
  activityPage: (id: string) => `/activities/${id}`,
};
/** "Required for most Strava endpoints", sent to avoid 301s and 404s (2026, Sauce net.mjs). */
export const STRAVA_JSON_HEADERS: Record<string, string> = {
  'x-requested-with': 'XMLHttpRequest',
  accept: 'application/json, text/javascript, */*; q=0.01',
};
export const STRAVA_CSRF_HEADER = 'x-csrf-token';

// --- Activity page DOM (2025–2026 scrapers; Sauce analysis.js) ---------------------------------------------------
export const selectors = {
  csrfMeta: 'meta[name="csrf-token"]',
  /** Name: "#heading .activity-name" (Sauce), "div.details h1.activity-name" (2025 scraper). */
  activityName:
    '#heading .activity-name, div.details h1.activity-name, .activity-summary-container .activity-name',
  /** Main stats: `li` with `strong` = value and `.label` = label. */
  inlineStats: 'ul.inline-stats li',
  statValue: 'strong',
  statLabel: '.label',
  /** Secondary stats rows (Elapsed Time, Elevation, Calories …): label in .spans5, value in .spans3 strong. */
  moreStatsRows: '.more-stats .row',
  moreStatsLabel: '.spans5',
  moreStatsValue: '.spans3 strong',
  /** "7:05 AM on Monday, January 12, 2026": local time at the start, to the minute. */
  startTime: 'div.details time, #heading time',
};
// --- Where the card goes (2026-01: #heading, Sauce analysis.js; .activity-summary-container, 2025 scraper;
// #pagenav-container, the activity page's side navigation, as in the saved pages of test/fixtures/strava) ---------
/** Most specific first: the card goes after the first one found, under the heading, else beside the navigation. */
export const CARD_ANCHORS = ['#heading', '.activity-summary-container', '#pagenav-container'];

// --- The dashboard feed (docs/sites.md §1.6) ---------------------------------------------------------------------
// 2026: the feed is a React app; each entry is a `[data-testid="web-feed-entry"]`, a group activity's athletes are
// `[class*="--child-entry"]` inside one entry, and the entry's athlete is the `/athletes/ID` link of
// `[data-testid="owner-avatar"]` (or of `[data-testid="owners-name"]`). Five 2025–2026 kudos and feed-filter scripts
// agree on these (index ids 10908750083, 18164053056, 54237574962, 59217487268, 70080588120). The viewer is
// `currentAthlete` of the bootstrap where the page has one, else the header's `.user-menu > a` profile link
// (18164053056, 2026).
export const feedSelectors = {
  entry: '[data-testid="web-feed-entry"]',
  /** One athlete's part of a group activity; a solo entry has none and is its own part. */
  groupPart: '[class*="--child-entry"]',
  owner:
    '[data-testid="owner-avatar"][href], [data-testid="owners-name"][href], [data-testid="owners-name"] a[href]',
  /** The entry's activity: its title links to `/activities/ID` (`[data-testid="activity_name"]`). */
  activityLink: 'a[href*="/activities/"]',
  viewerLink: '.user-menu > a[href*="/athletes/"]',
};
export const ATHLETE_HREF = /\/athletes\/(\d+)\/?(?:[?#]|$)/;
export const ACTIVITY_HREF = /\/activities\/(\d+)\/?(?:[?#]|$)/;

/** Inline bootstrap scripts are recognised by these words (2026 scrapers). */
export const BOOTSTRAP_SCRIPT_MARKERS = ['pageView', 'currentAthlete'];

// --- Inline bootstrap regexes (2026 scrapers; Sauce lib.js) -------------------------------------------------------
export const patterns = {
  /** `new Strava.Labs.Activities.Pages.RunPageView(16900000001, 'Run', …)`; the view name varies (RidePageView). */
  pageView: /(\w*)PageView\(\s*(\d+)\s*,\s*['"]([\w-]+)['"]/,
  isOwner: /\.isOwner\(\s*(true|false)\s*\)/,
  viewerId: /CurrentAthlete\(\s*\{\s*"id"\s*:\s*(\d+)/,
  /**
   * `new Strava.Models.CurrentAthlete({…})`: where the viewer's athlete object (JSON, with `measurement_preference`)
   * starts in the bootstrap; the object itself is read as a balanced literal. Global: every call is tried.
   */
  currentAthleteCall: /CurrentAthlete\(\s*(?=\{)/g,
  ownerId: /new\s+Strava\.Models\.Athlete\(\s*\{\s*"id"\s*:\s*(\d+)/,
  /** Each `pageView.activity().set({...});` block; the stats block is the one with distance and moving_time. */
  activitySetBlock: /pageView\.activity\(\)\.set\(\{([\s\S]*?)\}\);/g,
  lightboxTitle: /lightboxData\s*=\s*\{\s*title\s*:\s*("(?:[^"\\]|\\.)*")/,
  /** `<title>` is "Name | Type | Strava" (stravaweblib). */
  documentTitle: /^(.*)\s\|\s([^|]+)\s\|\s*Strava\s*$/,
};

// --- Sports and workout types (2025 edit form; SES main.js L603–605) ---------------------------------------------
/** Strava sport types HardDay treats as runs. A Run on a trainer (treadmill) becomes treadmill_run. */
export const RUN_SPORT_TYPES: Record<string, RunSport> = {
  Run: 'run',
  TrailRun: 'trail_run',
  VirtualRun: 'virtual_run',
};
/** workout_type for runs: 0 or null default, 1 race, 2 long run, 3 workout. Rides use 10–12. */
export const WORKOUT_TYPE = { default: 0, race: 1, longRun: 2, workout: 3 } as const;

// --- Activity tags (2026-08, strautomator/core #81; 2026 tag tools, docs/sites.md §1.2) ---------------------------
/**
 * Strava's 2026 activity tags by name (`selected_tag_type`, the edit form's `activity[tags][]`), lower-cased with
 * spaces, dashes and underscores removed → the declaration HardDay reads. `Race`, `Workout` and `Recovery` are
 * confirmed by 2026 tools; `LongRun` is the likely spelling, unconfirmed. `Commute`, `ForACause`, `WithKid` and
 * `WithPet` are context, not effort: no declaration.
 */
export const STRAVA_TAG_NAMES: Record<string, keyof NonNullable<Run['tags']>> = {
  race: 'race',
  longrun: 'longRun',
  workout: 'workout',
  recovery: 'recovery',
};

// --- The page's own words, for the DOM fallback (researched 2026-12-01, docs/sites.md §1.7) ----------------------
// The visible stats, the title's activity type and the start line are written in the viewer's Strava language. Labels
// and words are compared after `normalizePageWord` (lower case, accents and a trailing colon dropped, spaces
// collapsed), so "Höhenmeter", "hohenmeter" and "Höhenmeter:" are one word. English forms are from HardDay's own
// fixtures (2026-01); other languages: "export" = the column header of Strava's own activities.csv export in that
// language (same translation catalogue), "guess" = no public source found, accepted because it is the plain word.

/** Stat label → the stat it names, in en, de, fr, es, nl. */
export const STAT_LABELS = {
  /** de "Distanz", fr "Distance", nl "Afstand" (exports, 2025-26 import scripts); es "Distancia": guess. */
  distance: ['distance', 'distanz', 'strecke', 'distancia', 'afstand'],
  /**
   * de "Bewegungszeit", nl "Beweegtijd" (exports); fr "Temps de déplacement", es "Tiempo en movimiento" and the
   * other variants: guesses (the wording of Strava's help pages in those languages).
   */
  movingTime: [
    'moving time',
    'bewegungszeit',
    'temps de deplacement',
    'duree de deplacement',
    'tiempo en movimiento',
    'tiempo de movimiento',
    'tijd in beweging',
    'bewegingstijd',
    'beweegtijd',
  ],
  /** de "Verstrichene Zeit", fr "Temps écoulé", nl "Verstreken tijd" (exports); es "Tiempo transcurrido": guess. */
  elapsedTime: [
    'elapsed time',
    'verstrichene zeit',
    'gesamtzeit',
    'temps ecoule',
    'tiempo transcurrido',
    'verstreken tijd',
    'totale tijd',
  ],
  /**
   * The page says "Elevation" in English; the exports say "Elevation Gain": de "Höhenzunahme", fr "Dénivelé
   * positif", nl "Totale stijging". The page's shorter words (de "Höhenmeter", fr "Dénivelé", es "Desnivel", nl
   * "Hoogteverschil") are guesses.
   */
  elevation: [
    'elevation',
    'elevation gain',
    'hohenmeter',
    'hohenzunahme',
    'denivele',
    'denivele positif',
    'desnivel',
    'desnivel positivo',
    'elevacion',
    'hoogteverschil',
    'hoogtemeters',
    'totale stijging',
    'stijging',
  ],
};

/**
 * The title's activity type ("Name | Type | Strava") → Strava sport type, for runs. The same words Strava writes in the
 * activities.csv "Activity Type" column of a German, French, Spanish or Dutch account: fr "Course à pied", "Trail",
 * "Course à pied virtuelle" (a 2026 French export reader); de "Lauf", "Virtueller Lauf"; es "Carrera", "Carrera
 * virtual"; nl "Hardlopen", "Hardloop…" (2025-26 multi-language export readers). Variants from those readers' own
 * lists are kept. A word not here is not known to be a run: the page is then unreadable (the JSON decides), never
 * "not a run".
 */
export const RUN_TYPE_WORDS: Record<string, string> = {
  run: 'Run',
  'trail run': 'TrailRun',
  'virtual run': 'VirtualRun',
  lauf: 'Run',
  laufen: 'Run',
  traillauf: 'TrailRun',
  trailrun: 'TrailRun',
  trailrunning: 'TrailRun',
  'trail running': 'TrailRun',
  'virtueller lauf': 'VirtualRun',
  'course a pied': 'Run',
  trail: 'TrailRun',
  'course a pied virtuelle': 'VirtualRun',
  'course virtuelle': 'VirtualRun',
  carrera: 'Run',
  'carrera de trail': 'TrailRun',
  'carrera por senderos': 'TrailRun',
  'carrera virtual': 'VirtualRun',
  hardlopen: 'Run',
  hardloopsessie: 'Run',
  hardloop: 'Run',
  'virtueel hardlopen': 'VirtualRun',
  'virtuele hardloopsessie': 'VirtualRun',
};

/**
 * Strava's English `<time>` line is "7:05 AM on Monday, January 12, 2026" (en-US, fixtures 2026-01) and
 * "10:25 on Monday, 3 August 2015" (en-GB, Elevate #109, 2015-08). The German feed writes "Am 7. September 2025 um
 * 06:36" (a page copied from a German Strava feed, 2025-09), the Dutch export "1 jul 2026, 16:52:24", the French export
 * "2 janv. 2024, 07:30:00". No public copy of the German, French, Spanish or Dutch activity-page line was found, so
 * the reader takes the parts wherever they stand: a clock time ("07:05", "7:05 PM", "19 h 05"), a month name from the
 * table below with its day beside it ("12. Januar", "12 janvier", "12 de enero", "January 12") and a four-digit year.
 * Month names: full and Strava-style abbreviated, accents dropped, one line per month (plain data: this file is in
 * every bundle, the lookups are built where the line is read, page-words.ts).
 */
export const MONTH_WORDS = [
  'january jan januar janner jaenner janvier janv enero ene januari',
  'february feb februar fevrier fevr febrero februari',
  'march mar marz maerz mars marzo maart mrt',
  'april apr avril avr abril',
  'may mai mayo mei',
  'june jun juni juin junio',
  'july jul juli juillet juil julio',
  'august aug aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre',
  'october oct oktober octobre octubre okt',
  'november nov noviembre novembre',
  'december dec dezember decembre diciembre dic dez',
];

/**
 * Weekday names: the German line puts "am" before the weekday ("07:05 am Montag"), which is not the English "am" of
 * "7:05 am" (en-AU style). A meridiem followed by one of these words is the German preposition.
 */
export const WEEKDAY_WORDS = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miercoles jueves viernes sabado domingo',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
];
