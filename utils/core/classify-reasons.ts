// Every sentence the classifier can show, one builder per reason, so the wording (and later its translation) lives
// in one place. Numbers are formatted without locale so the text is the same on every machine.

import { formatDistance, formatDuration, formatPace, formatRatio } from './format';
import { ZONE_NAME } from './heart-rate';
import type { IntervalFinding, ProgressionFinding, TempoFinding, ClimbFinding } from './laps';
import type { RecentRace } from './runner-baseline';
import type { StridesFinding } from './strides';

/** 400 → "400 m", 270 → "270 m", 1000 → "1 km", 1609 → "1.6 km" (GPS laps of 403 m read as the 400 m they were). */
function repDistance(metres: number): string {
  if (metres < 1000) {
    const fifty = Math.round(metres / 50) * 50;
    return `${fifty > 0 && Math.abs(fifty - metres) <= 0.03 * metres ? fifty : Math.round(metres / 10) * 10} m`;
  }
  const km = Math.round(metres / 100) / 10;
  return `${Number.isInteger(km) ? km : km.toFixed(1)} km`;
}

/** Reps set by distance land near round metres; reps set by time land near round seconds. */
const isRoundDistance = (metres: number) =>
  Math.abs(Math.round(metres / 100) * 100 - metres) <= 0.03 * metres;
const isRoundTime = (seconds: number) => Math.abs(Math.round(seconds / 15) * 15 - seconds) <= 0.03 * seconds;

/** 20 → "20 s", 60 → "1 min", 90 → "1:30 min", 480 → "8 min". */
function repDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s % 60 === 0 || s >= 600) return `${Math.round(s / 60)} min`;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} min`;
}

const bpm = (value: number) => `${Math.round(value)} bpm`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

function recoveryPart(f: IntervalFinding): string {
  if (f.standingRecoveries) return 'with standing recoveries';
  if (f.recoveryPace !== undefined) return `recoveries at ${formatPace(f.recoveryPace)}`;
  if (f.workHr !== undefined && f.recoveryHr !== undefined && f.recoveryHr < f.workHr - 3) {
    return `heart rate ${bpm(f.workHr)} in the work against ${bpm(f.recoveryHr)} in the recoveries`;
  }
  return f.recoveryS !== undefined
    ? `with ${repDuration(f.recoveryS)} recoveries`
    : 'with recoveries between';
}

function repsPart(f: IntervalFinding): string {
  if (f.workPace === undefined) {
    // Laps without distance (treadmills) have no pace: say how long the reps were instead.
    return `${f.workLaps} × ${repDuration(f.repS)} work`;
  }
  const pace = formatPace(f.workPace);
  if (f.repM !== undefined && f.evenReps && isRoundDistance(f.repM)) {
    return `${f.workLaps} × ${repDistance(f.repM)} at ${pace}`;
  }
  if (isRoundTime(f.repS)) return `${f.workLaps} × ${repDuration(Math.round(f.repS / 15) * 15)} at ${pace}`;
  if (f.repM !== undefined && f.evenReps) return `${f.workLaps} × ${repDistance(f.repM)} at ${pace}`;
  return `${f.workLaps} work laps at ${pace}`;
}

export const REASON = {
  unreadable: () => 'The run data could not be read, so it counts as easy until you say otherwise',
  badDuration: () => 'The recorded duration is not a usable number, so it was ignored',
  badMovingTime: () => 'The moving time is not a usable number, so it was ignored',
  noDuration: () => 'No usable duration was recorded',
  badDistance: () => 'The distance is not a usable number, so it was ignored',
  noDistance: () => 'No distance was recorded',
  impossiblePace: (paceS: number) =>
    `A pace of ${formatPace(paceS)} is not humanly possible; distance or time looks wrong`,
  badClimb: () => 'The climb figure is not a usable number, so it was ignored',
  implausibleClimb: (gainM: number, distanceM: number) =>
    `${Math.round(gainM)} m of climbing over ${formatDistance(distanceM)} is implausible; ignored`,
  badHeartRate: () => 'The heart rate is out of range, so it was ignored',
  badStart: () => 'The start time could not be read',
  noTitle: () => 'The run has no title',
  droppedLaps: (dropped: number, total: number) => `${dropped} of ${total} laps were unreadable and skipped`,
  lapDistanceMismatch: (lapM: number, runM: number) =>
    `The laps add up to ${formatDistance(lapM)} but the run is ${formatDistance(runM)}, so the lap data is doubtful`,
  lapTimeMismatch: (lapS: number, runS: number) =>
    `The laps add up to ${formatDuration(lapS)} but the run took ${formatDuration(runS)}, so the lap data is doubtful`,

  declared: (who: string, what: string, where: string) => `${who} as ${what} ${where}`,
  declaredRecovery: (who: string, where: string) =>
    `${who} as a recovery run ${where}: an easy day by intent`,
  trainingEffectLabel: (words: string) => `Garmin's training-effect label is "${words}"`,
  trainingEffectHard: (summary: string) =>
    `${summary} (3.0 aerobic or 2.0 anaerobic and up is a hard session)`,
  trainingEffectEasy: (summary: string) =>
    `${summary}: below the 3.0 of a fitness-improving session (weak evidence on its own)`,

  intervals: (f: IntervalFinding) => `${repsPart(f)}, ${recoveryPart(f)}`,
  hillReps: (f: IntervalFinding) =>
    `${f.workLaps} uphill reps (about ${Math.round(f.workGradePct)} % grade), ${recoveryPart(f)}`,
  strides: (f: StridesFinding) => {
    const recovery = f.walking
      ? 'walking recoveries'
      : f.recoveryS !== undefined
        ? `${repDuration(f.recoveryS)} recoveries`
        : 'long recoveries';
    return `${f.reps} strides of about ${repDuration(f.repS)} with ${recovery}, ${repDuration(f.workS)} of fast running in all: strides keep an easy run easy`;
  },
  tempoBlock: (f: TempoFinding) => {
    const hr = f.hrDelta !== undefined ? `, heart rate ${Math.round(f.hrDelta)} bpm higher` : '';
    return `A ${formatDuration(f.blockS)} block at ${formatPace(f.blockPace)} between easier running at ${formatPace(f.otherPace)}${hr}`;
  },
  progression: (f: ProgressionFinding) =>
    `A progression run: the last third at ${formatPace(f.lastPace)}, ${percent(1 - f.lastPace / f.firstPace)} faster than the first at ${formatPace(f.firstPace)}`,
  repeatedClimbs: (f: ClimbFinding) =>
    `${f.climbs} separate climbs of about ${Math.round(f.averageGainM)} m each`,

  longDuration: (durationS: number, ratio?: number) =>
    `${formatDuration(durationS)}, past the 90-minute mark${ratio !== undefined ? `, ${formatRatio(ratio)} your median run` : ''}`,
  relativeLong: (what: string, ratio: number, share: number) =>
    `${what}, ${formatRatio(ratio)} your median run and ${percent(share)} of your last 7 days`,
  climbing: (gainM: number, distanceM: number, perKm: number, usualPerKm?: number) =>
    `${Math.round(gainM)} m of climbing over ${formatDistance(distanceM)} (${Math.round(perKm)} m/km)` +
    (usualPerKm !== undefined ? `, against your usual ${Math.round(usualPerKm)} m/km` : ''),
  fasterThanUsual: (paceS: number, usualS: number) =>
    `${formatPace(paceS)}, ${percent(1 - paceS / usualS)} faster than your usual ${formatPace(usualS)}`,
  racePaceOverRaceDistance: (paceS: number, usualS: number, distanceM: number) =>
    `${formatDistance(distanceM)} at ${formatPace(paceS)}, ${percent(1 - paceS / usualS)} faster than your usual ${formatPace(usualS)}: a race effort over a race distance`,
  heartRateZone: (avgHr: number, maxHr: number, zone: 1 | 2 | 3 | 4 | 5, source: string) =>
    `Average heart rate ${bpm(avgHr)}, ${percent(avgHr / maxHr)} of your max ${bpm(maxHr)} (${source}): ${ZONE_NAME[zone]}`,
  heartRateAboveUsual: (avgHr: number, usualHr: number) =>
    `Average heart rate ${bpm(avgHr)}, ${Math.round(avgHr - usualHr)} above your usual ${Math.round(usualHr)}`,
  afterRace: (race: RecentRace) =>
    `Heart rate runs high for days after a race (${raceName(race)}), so it says little about this run`,
  relativeEffortVsUsual: (effort: number, ratio: number) =>
    `Strava Relative Effort ${Math.round(effort)}, ${formatRatio(ratio)} your usual`,
  relativeEffortHigh: (effort: number) => `Strava Relative Effort ${Math.round(effort)} (150 and up)`,
  jogged: (paceS: number | undefined, usualS: number | undefined, avgHr: number | undefined) => {
    const pace =
      paceS !== undefined && usualS !== undefined
        ? `Jogged at ${formatPace(paceS)}, no faster than your usual ${formatPace(usualS)}`
        : 'Jogged at an easy pace';
    return avgHr !== undefined ? `${pace}, with an easy heart rate of ${bpm(avgHr)}` : pace;
  },

  title: (matched: string) => `The title says "${matched}"`,
  titleStrides: (matched: string) => `The title says "${matched}": strides belong to an easy run`,

  noKind: () =>
    'Nothing in the laps or title says which kind of hard run, so it counts as a tempo-type effort',
  conflict: (reason: string, label: string) => `${reason}, but the ${label} outweighs it`,
  overall: (what: string) => `${what}: no sign of a hard effort, so it counts as easy`,
  tooLittleData: () => 'Too little data',
  flatGround: () => 'on mostly flat ground',
  someClimbing: (gainM: number, usualPerKm?: number) =>
    `with ${Math.round(gainM)} m of climbing${usualPerKm !== undefined ? `, usual for you (${Math.round(usualPerKm)} m/km)` : ''}`,
  lapsWithoutPattern: (laps: number) => `${laps} laps without a work/recovery pattern`,
  askFeltHard: (detail: string) => `${detail}: high for an easy run. If it felt hard, mark it hard`,
} as const;

function raceName(race: RecentRace): string {
  const days = Math.max(1, Math.round(race.daysBefore));
  const when = days === 1 ? '1 day before' : `${days} days before`;
  const title = race.title.trim();
  return title ? `"${title.slice(0, 60)}", ${when}` : when;
}
