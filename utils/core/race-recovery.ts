// After a race the body repairs before it builds: light mobility and core only for about one day per 4 km raced
// (at least 2, about ten after a marathon), whatever the next runs look like.

import { type Message, msg, day as localDay, raceDistance, type MessageValue } from './message';
import { raceRecoveryDays } from './phase';
import { runStartMs, sane, MAX_RUN_M } from './runs';
import { addDays, DAY_MS, dayNumber, isLocalDate, type LocalDate, localDateOf } from './time';
import type { Classification, Run, Settings } from './types';

/** The distance raced per day of recovery (raceRecoveryDays), said in the runner's units. */
const PER_DAY: MessageValue = raceDistance(4000);

/** No recovery lasts longer than this, so older runs need no look. */
const LONGEST_RECOVERY_DAYS = 21;

export interface RaceRecovery {
  /** Local date of the race. */
  raceDay: LocalDate;
  /** First local date back to normal. */
  ends: LocalDate;
  days: number;
  distanceM?: number;
  /** The race run, when HardDay saw it (else the race date from the settings). */
  run?: Run;
  reason: Message;
}

/**
 * The race recovery in force on local day `day`, from the runner's own races (as judged, corrections included) and
 * the race date in the settings; the one ending last wins. Null when none applies.
 */
export function raceRecoveryOn(
  day: LocalDate,
  own: readonly Run[],
  judge: (run: Run) => Classification,
  settings: Settings,
  timeZone: string,
): RaceRecovery | null {
  const dayNo = dayNumber(day);
  const candidates: RaceRecovery[] = [];
  const earliest = (dayNo - LONGEST_RECOVERY_DAYS) * DAY_MS;
  const latest = (dayNo + 1) * DAY_MS + DAY_MS;
  for (const run of own) {
    const start = runStartMs(run);
    if (!(start >= earliest - DAY_MS && start < latest)) continue;
    const raceDay = localDateOf(start, timeZone);
    const daysSince = dayNo - dayNumber(raceDay);
    // Only a run long enough for its recovery to reach `day` needs judging (judging every run is the slow part).
    if (daysSince < 0 || daysSince >= raceRecoveryDays(sane(run.distanceM, 1, MAX_RUN_M))) continue;
    const judged = judge(run);
    if (judged.kind !== 'race' || judged.effort !== 'hard') continue;
    const distanceM = sane(run.distanceM, 1, MAX_RUN_M);
    const days = raceRecoveryDays(distanceM);
    candidates.push({
      raceDay,
      ends: addDays(raceDay, days),
      days,
      distanceM,
      run,
      reason:
        distanceM !== undefined
          ? msg('advice.afterRaceDistance', {
              distance: raceDistance(distanceM),
              day: localDay(raceDay),
              count: days,
              per: PER_DAY,
            })
          : msg('advice.afterRaceRun', { day: localDay(raceDay), count: days, per: PER_DAY }),
    });
  }
  if (typeof settings.raceDate === 'string' && isLocalDate(settings.raceDate)) {
    const raceDay = settings.raceDate;
    const days = raceRecoveryDays(settings.raceDistanceM);
    if (dayNumber(raceDay) <= dayNo) {
      candidates.push({
        raceDay,
        ends: addDays(raceDay, days),
        days,
        distanceM: settings.raceDistanceM,
        reason: msg('advice.afterRace', { day: localDay(raceDay), count: days }),
      });
    }
  }
  const active = candidates.filter((c) => dayNumber(c.ends) > dayNo);
  if (active.length === 0) return null;
  return active.reduce((best, c) => (dayNumber(c.ends) > dayNumber(best.ends) ? c : best));
}
