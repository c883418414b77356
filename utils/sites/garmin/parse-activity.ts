import * as v from 'valibot';
import type { Run } from '../../core/types';
import { notRun, unreadable, type SiteReadResult } from '../shared/read-result';
import {
  finiteOrUndefined,
  optionalBoolean,
  optionalNumber,
  optionalSiteId,
  optionalString,
  siteId,
  withoutUndefined,
} from '../shared/schemas';
import { isoFromMs, parseTimestampMs } from '../shared/time';
import {
  EMPTY_TE_LABELS,
  MS_SUSPECT_RATIO,
  MS_SUSPECT_SECONDS,
  RACE_EVENT_TYPE_KEY,
  TE_MESSAGE_LABELS,
} from './site';
import { garminActivityUrl, garminRunSport } from './sport';

const optionalObject = <T extends v.ObjectEntries>(entries: T) =>
  v.fallback(v.nullish(v.object(entries)), undefined);

const ActivityTypeSchema = v.object({
  typeId: optionalNumber,
  typeKey: optionalString,
  parentTypeId: optionalNumber,
});

/** `/activity-service/activity/{id}` (2026-01, garth cassette; fit-check fixture). */
const ActivitySchema = v.object({
  activityId: siteId,
  activityName: optionalString,
  userProfileId: optionalSiteId,
  activityTypeDTO: ActivityTypeSchema,
  eventTypeDTO: optionalObject({ typeKey: optionalString }),
  metadataDTO: optionalObject({
    userInfoDto: optionalObject({ userProfilePk: optionalSiteId }),
    hasIntensityIntervals: optionalBoolean,
  }),
  summaryDTO: v.object({
    startTimeGMT: v.string(),
    duration: optionalNumber,
    movingDuration: optionalNumber,
    elapsedDuration: optionalNumber,
    distance: optionalNumber,
    elevationGain: optionalNumber,
    averageHR: optionalNumber,
    maxHR: optionalNumber,
    trainingEffect: optionalNumber,
    anaerobicTrainingEffect: optionalNumber,
    trainingEffectLabel: optionalString,
    aerobicTrainingEffectMessage: optionalString,
  }),
});

/** One item of `/activitylist-service/activities/search/activities` (2026-01, garth cassette). */
const ListItemSchema = v.object({
  activityId: siteId,
  activityName: optionalString,
  startTimeGMT: optionalString,
  beginTimestamp: optionalNumber,
  activityType: ActivityTypeSchema,
  eventType: optionalObject({ typeKey: optionalString }),
  distance: optionalNumber,
  duration: optionalNumber,
  elapsedDuration: optionalNumber,
  movingDuration: optionalNumber,
  elevationGain: optionalNumber,
  averageHR: optionalNumber,
  maxHR: optionalNumber,
  ownerId: optionalSiteId,
  aerobicTrainingEffect: optionalNumber,
  anaerobicTrainingEffect: optionalNumber,
  trainingEffectLabel: optionalString,
  aerobicTrainingEffectMessage: optionalString,
});

/** Zone-less "*GMT" text ("2026-01-08T14:10:21.0" or "2026-01-08 14:10:21") → ISO instant. */
export function garminGmtToIso(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const ms = parseTimestampMs(/(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? trimmed : `${trimmed}Z`);
  return ms === undefined ? undefined : isoFromMs(ms);
}

/** Seconds from elapsedDuration, correcting the old millisecond spelling (checked against duration). */
export function garminElapsedSeconds(
  elapsed: number | undefined,
  duration: number | undefined,
): number | undefined {
  const value = elapsed ?? duration;
  if (value === undefined || value <= 0) return undefined;
  const looksLikeMs =
    duration !== undefined && duration > 0 ? value > duration * MS_SUSPECT_RATIO : value > MS_SUSPECT_SECONDS;
  return looksLikeMs ? value / 1000 : value;
}

function trainingEffect(
  aerobic: number | undefined,
  anaerobic: number | undefined,
  label: string | undefined,
  message: string | undefined,
): Run['trainingEffect'] {
  const namedLabel = label && !EMPTY_TE_LABELS.has(label.toUpperCase()) ? label : undefined;
  const messageLabel = message
    ? TE_MESSAGE_LABELS.find(([pattern]) => pattern.test(message))?.[1]
    : undefined;
  const effect = withoutUndefined({ aerobic, anaerobic, label: namedLabel ?? messageLabel });
  return Object.keys(effect).length > 0 ? effect : undefined;
}

function ownership(ownerId: string | undefined, viewerProfileId: string | undefined): boolean | undefined {
  return ownerId !== undefined && viewerProfileId !== undefined ? ownerId === viewerProfileId : undefined;
}

/**
 * `/gc-api/activity-service/activity/{id}` JSON → run, not-run or unreadable. Ownership compares the activity's
 * userProfileId (or metadataDTO.userInfoDto.userProfilePk) with the viewer's profileId, when given. Pure; never
 * throws.
 */
export function parseGarminActivity(json: unknown, viewerProfileId?: string): SiteReadResult {
  try {
    const parsed = v.safeParse(ActivitySchema, json);
    if (!parsed.success) return unreadable('Unexpected Garmin activity JSON.');
    const activity = parsed.output;
    const type = activity.activityTypeDTO;
    const sport = garminRunSport(type);
    if (!sport) return notRun(type.typeKey ?? `type ${type.typeId ?? '?'}`);
    const summary = activity.summaryDTO;
    const start = garminGmtToIso(summary.startTimeGMT);
    if (!start) return unreadable('The activity has no start time.');
    const elapsedS = garminElapsedSeconds(summary.elapsedDuration, summary.duration);
    if (elapsedS === undefined) return unreadable('The activity has no duration.');
    const ownerId = activity.userProfileId ?? activity.metadataDTO?.userInfoDto?.userProfilePk;
    const viewerId = viewerProfileId || undefined;
    const race = activity.eventTypeDTO?.typeKey === RACE_EVENT_TYPE_KEY;
    const structured = activity.metadataDTO?.hasIntensityIntervals === true;
    const run: Run = withoutUndefined({
      source: 'garmin' as const,
      id: activity.activityId,
      url: garminActivityUrl(activity.activityId),
      title: activity.activityName?.trim() || 'Run',
      sport,
      start,
      elapsedS,
      movingS: finiteOrUndefined(summary.movingDuration),
      distanceM: finiteOrUndefined(summary.distance),
      elevationGainM: finiteOrUndefined(summary.elevationGain),
      avgHr: finiteOrUndefined(summary.averageHR),
      maxHr: finiteOrUndefined(summary.maxHR),
      tags:
        race || structured
          ? withoutUndefined({ race: race || undefined, workout: structured || undefined })
          : undefined,
      trainingEffect: trainingEffect(
        summary.trainingEffect,
        summary.anaerobicTrainingEffect,
        summary.trainingEffectLabel,
        summary.aerobicTrainingEffectMessage,
      ),
      ownedByViewer: ownership(ownerId, viewerId),
    });
    return withoutUndefined({ status: 'run' as const, run, viewerId, ownerId });
  } catch {
    return unreadable('The Garmin activity could not be read.');
  }
}

function listItemToRun(item: unknown, viewerProfileId: string | undefined): Run | null {
  const parsed = v.safeParse(ListItemSchema, item);
  if (!parsed.success) return null;
  const entry = parsed.output;
  const sport = garminRunSport(entry.activityType);
  if (!sport) return null;
  const start =
    garminGmtToIso(entry.startTimeGMT) ??
    (entry.beginTimestamp === undefined ? undefined : isoFromMs(entry.beginTimestamp));
  const elapsedS = garminElapsedSeconds(entry.elapsedDuration, entry.duration);
  if (!start || elapsedS === undefined) return null;
  const race = entry.eventType?.typeKey === RACE_EVENT_TYPE_KEY;
  return withoutUndefined({
    source: 'garmin' as const,
    id: entry.activityId,
    url: garminActivityUrl(entry.activityId),
    title: entry.activityName?.trim() || 'Run',
    sport,
    start,
    elapsedS,
    movingS: finiteOrUndefined(entry.movingDuration),
    distanceM: finiteOrUndefined(entry.distance),
    elevationGainM: finiteOrUndefined(entry.elevationGain),
    avgHr: finiteOrUndefined(entry.averageHR),
    maxHr: finiteOrUndefined(entry.maxHR),
    tags: race ? { race: true } : undefined,
    trainingEffect: trainingEffect(
      entry.aerobicTrainingEffect,
      entry.anaerobicTrainingEffect,
      entry.trainingEffectLabel,
      entry.aerobicTrainingEffectMessage,
    ),
    // The list endpoint serves the viewer's own activities; compare when the viewer is known.
    ownedByViewer: ownership(entry.ownerId, viewerProfileId) ?? true,
  });
}

/** `/gc-api/activitylist-service/activities/search/activities` JSON array → the runs in it. */
export function parseGarminActivityList(json: unknown, viewerProfileId?: string): Run[] {
  try {
    if (!Array.isArray(json)) return [];
    const runs: Run[] = [];
    for (const item of json) {
      const run = listItemToRun(item, viewerProfileId || undefined);
      if (run) runs.push(run);
    }
    return runs;
  } catch {
    return [];
  }
}
