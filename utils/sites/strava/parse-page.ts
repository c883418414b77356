import * as v from 'valibot';
import type { Run } from '../../core/types';
import { notRun, unreadable, type SiteReadResult } from '../shared/read-result';
import { finiteOrUndefined, optionalNumber, optionalString, withoutUndefined } from '../shared/schemas';
import { balancedLiteralAt, readTopLevelScalars } from '../shared/js-literal';
import { localWallToIso, parseClockDuration, parseStravaTimeText } from '../shared/time';
import { bootstrapOwnership } from './bootstrap';
import type { StravaPageSnapshot } from './read-page';
import { patterns, STAT_LABELS } from './site';
import {
  stravaActivityUrl,
  stravaDeclaredTags,
  stravaMeasurementPreference,
  stravaRunSport,
  type StravaMeasurementPreference,
} from './sport';
import { stravaActivityId } from './urls';

const SnapshotSchema = v.object({
  url: v.fallback(v.string(), ''),
  scripts: v.fallback(v.array(v.string()), []),
  title: v.fallback(v.string(), ''),
  headingName: v.fallback(v.string(), ''),
  stats: v.fallback(v.array(v.object({ label: v.string(), value: v.string() })), []),
  timeText: v.fallback(v.string(), ''),
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

function statText(snapshot: Snapshot, labels: string[]): string | undefined {
  return snapshot.stats.find((stat) => labels.includes(stat.label.trim().toLowerCase()))?.value;
}

/** "8.21 km", "5.1 mi", "131 ft", "1,234 m" → metres. */
export function parseDistanceText(text: string): number | undefined {
  const match = /(-?[\d.,]+)\s*(km|mi|m|ft)\b/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  let digits = match[1] ?? '';
  const long = unit === 'km' || unit === 'mi';
  digits =
    long && digits.includes(',') && !digits.includes('.')
      ? digits.replace(',', '.')
      : digits.replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const factor = { km: 1000, mi: 1609.344, m: 1, ft: 0.3048 }[unit] ?? 1;
  return Math.round(value * factor * 10) / 10;
}

function titleParts(snapshot: Snapshot): { name?: string; type?: string } {
  const match = patterns.documentTitle.exec(snapshot.title);
  return match ? { name: match[1]?.trim() || undefined, type: match[2]?.trim() } : {};
}

const DISPLAY_TYPES: Record<string, string> = { 'Trail Run': 'TrailRun', 'Virtual Run': 'VirtualRun' };

function fromScript(snapshot: Snapshot, scripts: string, id: string, sportType: string): SiteReadResult {
  const sport = stravaRunSport(sportType);
  if (!sport) return notRun(sportType);
  const stats = findStatsBlock(scripts);
  const { owned: ownedByViewer, viewerId, ownerId } = bootstrapOwnership(scripts);
  const startLocal = stats.startDateLocal ?? parseStravaTimeText(snapshot.timeText);
  const start = startLocal === undefined ? undefined : localWallToIso(startLocal, snapshot.utcOffsetMin);
  if (!start) return unreadable('The page shows no start time.');
  const domElapsed = parseClockDuration(statText(snapshot, STAT_LABELS.elapsedTime) ?? '');
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

/** Fallback when the bootstrap script is missing: title, stats list and `<time>` text (English only). */
function fromDom(snapshot: Snapshot): SiteReadResult {
  const id = stravaActivityId(snapshot.url);
  if (!id) return unreadable('Not a Strava activity page.');
  const { name, type } = titleParts(snapshot);
  if (!type) return unreadable('The page names no activity type.');
  const sportType = DISPLAY_TYPES[type] ?? type;
  const sport = stravaRunSport(sportType);
  if (!sport) return notRun(sportType);
  const startLocal = parseStravaTimeText(snapshot.timeText);
  const start = startLocal === undefined ? undefined : localWallToIso(startLocal, snapshot.utcOffsetMin);
  if (!start) return unreadable('The page shows no start time.');
  const movingS = parseClockDuration(statText(snapshot, STAT_LABELS.movingTime) ?? '');
  const elapsedS = parseClockDuration(statText(snapshot, STAT_LABELS.elapsedTime) ?? '') ?? movingS;
  if (elapsedS === undefined || elapsedS <= 0) return unreadable('The page shows no duration.');
  const distanceText = statText(snapshot, STAT_LABELS.distance);
  const elevationText = statText(snapshot, STAT_LABELS.elevation);
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
 * the true instant. Pure; never throws.
 */
export function parseStravaPage(snapshot: StravaPageSnapshot): SiteReadResult {
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
