import * as v from 'valibot';
import type { Run } from '../../core/types';
import { notRun, unreadable, type SiteReadResult } from '../shared/read-result';
import { finiteOrUndefined, optionalNumber, optionalString, withoutUndefined } from '../shared/schemas';
import { balancedLiteralAt, readTopLevelScalars } from '../shared/js-literal';
import { localWallToIso, parseClockDuration } from '../shared/time';
import { bootstrapOwnership } from './bootstrap';
import { parseStravaTimeText, runSportTypeFromWord, statValue, type StatKind } from './page-words';
import type { StravaPageTexts } from './read-page';
import { patterns } from './site';
import {
  stravaActivityUrl,
  stravaDeclaredTags,
  stravaMeasurementPreference,
  stravaRunSport,
  type StravaMeasurementPreference,
} from './sport';
import { stravaActivityId } from './urls';

const text = v.fallback(v.string(), '');
/**
 * The content script's snapshot, untrusted: every field on its own. The lists are capped (a Strava page has one or two
 * bootstrap scripts and about a dozen stats); the texts are not, the run's title is checked where runs are stored.
 */
const SnapshotSchema = v.object({
  url: text,
  scripts: v.fallback(v.pipe(v.array(v.string()), v.maxLength(20)), []),
  title: text,
  headingName: text,
  stats: v.fallback(
    v.pipe(v.array(v.object({ label: v.string(), value: v.string() })), v.maxLength(100)),
    [],
  ),
  timeText: text,
  utcOffsetMin: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(-18 * 60), v.maxValue(18 * 60)), 0),
});
type Snapshot = v.InferOutput<typeof SnapshotSchema>;

/** The stats block fields HardDay reads; every one optional, wrong types dropped. */
const StatsSchema = v.object({
  distance: optionalNumber,
  moving_time: optionalNumber,
  elapsed_time: optionalNumber,
  elev_gain: optionalNumber,
  workout_type: optionalNumber,
  /** Not seen in a 2026 page yet; read in case the bootstrap follows the JSON (docs/sites.md §1.3). */
  selected_tag_type: optionalString,
  avg_hr: optionalNumber,
  max_hr: optionalNumber,
  startDateLocal: optionalNumber,
});
type Stats = v.InferOutput<typeof StatsSchema>;

function findStatsBlock(scripts: string): Stats {
  for (const match of scripts.matchAll(patterns.activitySetBlock)) {
    const body = match[1] ?? '';
    if (!/\bdistance\s*:/.test(body) || !/\bmoving_time\s*:/.test(body)) continue;
    const parsed = v.safeParse(StatsSchema, Object.fromEntries(readTopLevelScalars(body)));
    if (parsed.success) return parsed.output;
  }
  return {};
}

const CurrentAthleteSchema = v.object({ measurement_preference: optionalString });

/** The viewer's unit setting from the bootstrap's CurrentAthlete object, when it is there and readable. */
function viewerMeasurementPreference(scripts: string): StravaMeasurementPreference | undefined {
  for (const match of scripts.matchAll(patterns.currentAthleteCall)) {
    const literal = balancedLiteralAt(scripts, (match.index ?? 0) + match[0].length);
    if (literal === undefined) continue;
    try {
      const parsed = v.safeParse(CurrentAthleteSchema, JSON.parse(literal));
      const preference = parsed.success
        ? stravaMeasurementPreference(parsed.output.measurement_preference)
        : undefined;
      if (preference) return preference;
    } catch {
      // Not JSON: try the next one.
    }
  }
  return undefined;
}

function decodeJsString(literal: string | undefined): string | undefined {
  if (!literal) return undefined;
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function statText(snapshot: Snapshot, kind: StatKind): string | undefined {
  return statValue(snapshot.stats, kind) || undefined;
}

/**
 * "8.21 km", "8,21 km", "5.1 mi", "131 ft", "1,234 m", "1.234 m", "1 234 m" → metres. Distances (km, mi) have a
 * decimal part, written with a point or a comma by the page's language; heights (m, ft) are whole numbers whose
 * thousands are grouped with a comma, point or space.
 */
export function parseDistanceText(text: string): number | undefined {
  const match = /(-?\d[\d.,\s\u00a0\u202f']*?)\s*(km|mi|m|ft)\b/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  const digits = (match[1] ?? '').replace(/[\s\u00a0\u202f']/g, '');
  const long = unit === 'km' || unit === 'mi';
  const decimal = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  const normalized =
    long && decimal >= 0
      ? `${digits.slice(0, decimal).replace(/[.,]/g, '')}.${digits.slice(decimal + 1)}`
      : digits.replace(/[.,]/g, '');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return undefined;
  const factor = { km: 1000, mi: 1609.344, m: 1, ft: 0.3048 }[unit] ?? 1;
  return Math.round(value * factor * 10) / 10;
}

function titleParts(snapshot: Snapshot): { name?: string; type?: string } {
  const match = patterns.documentTitle.exec(snapshot.title);
  return match ? { name: match[1]?.trim() || undefined, type: match[2]?.trim() } : {};
}

function fromScript(snapshot: Snapshot, scripts: string, id: string, sportType: string): SiteReadResult {
  const sport = stravaRunSport(sportType);
  if (!sport) return notRun(sportType);
  const stats = findStatsBlock(scripts);
  const { owned: ownedByViewer, viewerId, ownerId } = bootstrapOwnership(scripts);
  const startLocal = stats.startDateLocal ?? parseStravaTimeText(snapshot.timeText);
  const start = startLocal === undefined ? undefined : localWallToIso(startLocal, snapshot.utcOffsetMin);
  if (!start) return unreadable('The page shows no start time.');
  const domElapsed = parseClockDuration(statText(snapshot, 'elapsedTime') ?? '');
  const elapsedS = stats.elapsed_time ?? domElapsed ?? stats.moving_time;
  if (elapsedS === undefined || elapsedS <= 0) return unreadable('The page shows no duration.');
  const title =
    snapshot.headingName ||
    decodeJsString(patterns.lightboxTitle.exec(scripts)?.[1]) ||
    titleParts(snapshot).name ||
    'Run';
  const run: Run = withoutUndefined({
    source: 'strava' as const,
    id,
    url: stravaActivityUrl(id),
    title,
    sport,
    start,
    elapsedS,
    movingS: finiteOrUndefined(stats.moving_time),
    distanceM: finiteOrUndefined(stats.distance),
    elevationGainM: finiteOrUndefined(stats.elev_gain),
    avgHr: finiteOrUndefined(stats.avg_hr),
    maxHr: finiteOrUndefined(stats.max_hr),
    tags: stravaDeclaredTags({ selectedTagType: stats.selected_tag_type, workoutType: stats.workout_type }),
    ownedByViewer,
  });
  return withoutUndefined({
    status: 'run' as const,
    run,
    viewerId,
    ownerId,
    startIsLocal: true as const,
    measurementPreference: viewerMeasurementPreference(scripts),
  });
}

/**
 * Fallback when the bootstrap script is missing: title, stats list and `<time>` text, in any language HardDay knows
 * (en, de, fr, es, nl; the words are in site.ts). A type word HardDay does not know as a run is not taken for "not a
 * run" either: the page is unreadable and the training JSON decides (one request, on pages without the bootstrap).
 */
function fromDom(snapshot: Snapshot): SiteReadResult {
  const id = stravaActivityId(snapshot.url);
  if (!id) return unreadable('Not a Strava activity page.');
  const { name, type } = titleParts(snapshot);
  if (!type) return unreadable('The page names no activity type.');
  const sportType = runSportTypeFromWord(type);
  const sport = sportType ? stravaRunSport(sportType) : null;
  // A ride, or a run in words HardDay has not met: the page cannot tell which, the training JSON can.
  if (!sport) return unreadable(`The page names an activity type HardDay does not read as a run: ${type}`);
  const startLocal = parseStravaTimeText(snapshot.timeText);
  const start = startLocal === undefined ? undefined : localWallToIso(startLocal, snapshot.utcOffsetMin);
  if (!start) return unreadable('The page shows no start time.');
  const movingS = parseClockDuration(statText(snapshot, 'movingTime') ?? '');
  const elapsedS = parseClockDuration(statText(snapshot, 'elapsedTime') ?? '') ?? movingS;
  if (elapsedS === undefined || elapsedS <= 0) return unreadable('The page shows no duration.');
  const distanceText = statText(snapshot, 'distance');
  const elevationText = statText(snapshot, 'elevation');
  const run: Run = withoutUndefined({
    source: 'strava' as const,
    id,
    url: stravaActivityUrl(id),
    title: snapshot.headingName || name || 'Run',
    sport,
    start,
    elapsedS,
    movingS,
    distanceM: distanceText === undefined ? undefined : parseDistanceText(distanceText),
    elevationGainM: elevationText === undefined ? undefined : parseDistanceText(elevationText),
  });
  return { status: 'run', run, startIsLocal: true };
}

/**
 * Strava activity page snapshot → run, not-run or unreadable. Reads the inline Backbone bootstrap (id, type,
 * owner flag, athlete ids, stats block) and falls back to the visible title, stats and time. The start is the
 * local wall time shifted by the viewer's offset (`startIsLocal`): enrich with the training activity JSON for
 * the true instant. Runs in the background (the `stravaPage` message): the snapshot comes from a content script and
 * is validated here. Pure; never throws.
 */
export function parseStravaPage(snapshot: StravaPageTexts | Record<string, unknown>): SiteReadResult {
  try {
    const parsed = v.safeParse(SnapshotSchema, snapshot);
    if (!parsed.success) return unreadable('Unexpected page snapshot.');
    const page = parsed.output;
    const scripts = page.scripts.join('\n');
    const view = patterns.pageView.exec(scripts);
    if (view?.[2] && view[3]) return fromScript(page, scripts, view[2], view[3]);
    return fromDom(page);
  } catch {
    return unreadable('The page could not be read.');
  }
}
