// Every sentence the classifier can show, one builder per reason, as a message (utils/core/message.ts): a key and
// the numbers it needs. The wording lives in locales/*.yml under `reason.*`; the UI formats paces, distances and
// climbs in the runner's units.

import { ZONE_KEY } from './heart-rate';
import type { ClimbFinding, IntervalFinding, ProgressionFinding, TempoFinding } from './laps';
import {
  bpm,
  climb,
  climbRate,
  decimal,
  distance,
  duration,
  type Message,
  type MessageValue,
  msg,
  nested,
  pace,
  percent,
  ratio,
  repTime,
  text,
} from './message';
import type { RecentRace } from './runner-baseline';
import type { StridesFinding } from './strides';

/** 403 → 400 (GPS laps of 403 m read as the 400 m they were), 270 → 270, 1609 → 1600; metres either way. */
function repMetres(metres: number): number {
  if (metres < 1000) {
    const fifty = Math.round(metres / 50) * 50;
    return fifty > 0 && Math.abs(fifty - metres) <= 0.03 * metres ? fifty : Math.round(metres / 10) * 10;
  }
  return Math.round(metres / 100) * 100;
}
const rep = (metres: number): MessageValue => ({ rep: repMetres(metres) });

/** Reps set by distance land near round metres; reps set by time land near round seconds. */
const isRoundDistance = (metres: number) =>
  Math.abs(Math.round(metres / 100) * 100 - metres) <= 0.03 * metres;
const isRoundTime = (seconds: number) => Math.abs(Math.round(seconds / 15) * 15 - seconds) <= 0.03 * seconds;

function recoveryPart(f: IntervalFinding): Message {
  if (f.standingRecoveries) return msg('reason.recovery.standing');
  if (f.recoveryPace !== undefined) return msg('reason.recovery.pace', { pace: pace(f.recoveryPace) });
  if (f.workHr !== undefined && f.recoveryHr !== undefined && f.recoveryHr < f.workHr - 3) {
    return msg('reason.recovery.heartRate', { work: bpm(f.workHr), recovery: bpm(f.recoveryHr) });
  }
  return f.recoveryS !== undefined
    ? msg('reason.recovery.time', { time: repTime(f.recoveryS) })
    : msg('reason.recovery.between');
}

function repsPart(f: IntervalFinding): Message {
  const count = f.workLaps;
  if (f.workPace === undefined) {
    // Laps without distance (treadmills) have no pace: say how long the reps were instead.
    return msg('reason.reps.timeOnly', { count, time: repTime(f.repS) });
  }
  const at = pace(f.workPace);
  if (f.repM !== undefined && f.evenReps && isRoundDistance(f.repM)) {
    return msg('reason.reps.distance', { count, rep: rep(f.repM), pace: at });
  }
  if (isRoundTime(f.repS)) {
    return msg('reason.reps.time', { count, time: repTime(Math.round(f.repS / 15) * 15), pace: at });
  }
  if (f.repM !== undefined && f.evenReps)
    return msg('reason.reps.distance', { count, rep: rep(f.repM), pace: at });
  return msg('reason.reps.laps', { count, pace: at });
}

/** Who marked the run: the viewer ("You marked it") or, on a page of someone else's, the site's tag alone. */
export type DeclaredBy = 'you' | 'someone';
/** Where the run was tagged. */
export type DeclaredWhere = 'strava' | 'garmin' | 'manual' | 'site';
export type DeclaredWhat = 'race' | 'longRun' | 'workout';
/** Garmin's training-effect label, in the words HardDay shows for it. */
export type TrainingEffectWords = 'recovery' | 'base' | 'threshold' | 'tempo' | 'vo2max' | 'anaerobic';
/** What a piece of evidence is called in "…, but the {evidence} outweighs it". */
export type EvidenceLabel =
  | 'raceTag'
  | 'longRunTag'
  | 'workoutTag'
  | 'recoveryTag'
  | 'garminLabel'
  | 'trainingEffect'
  | 'lapData'
  | 'strides'
  | 'progression'
  | 'climbing'
  | 'duration'
  | 'length'
  | 'pace'
  | 'heartRate'
  | 'relativeEffort'
  | 'title'
  | 'joggingPace'
  | 'overall';
export type MaxHrSource = 'profile' | 'age' | 'history';

/** The training effect's numbers, as Garmin shows them. */
function trainingEffectSummary(aerobic: number | undefined, anaerobic: number | undefined): Message {
  if (aerobic !== undefined && anaerobic !== undefined)
    return msg('reason.trainingEffect.both', { aerobic: decimal(aerobic), anaerobic: decimal(anaerobic) });
  if (aerobic !== undefined) return msg('reason.trainingEffect.aerobic', { aerobic: decimal(aerobic) });
  return msg('reason.trainingEffect.anaerobic', { anaerobic: decimal(anaerobic ?? 0) });
}

export const REASON = {
  unreadable: () => msg('reason.unreadable'),
  badDuration: () => msg('reason.badDuration'),
  badMovingTime: () => msg('reason.badMovingTime'),
  noDuration: () => msg('reason.noDuration'),
  badDistance: () => msg('reason.badDistance'),
  noDistance: () => msg('reason.noDistance'),
  impossiblePace: (paceS: number) => msg('reason.impossiblePace', { pace: pace(paceS) }),
  badClimb: () => msg('reason.badClimb'),
  implausibleClimb: (gainM: number, distanceM: number) =>
    msg('reason.implausibleClimb', { climb: climb(gainM), distance: distance(distanceM) }),
  badHeartRate: () => msg('reason.badHeartRate'),
  badStart: () => msg('reason.badStart'),
  noTitle: () => msg('reason.noTitle'),
  droppedLaps: (dropped: number, total: number) => msg('reason.droppedLaps', { dropped, count: total }),
  lapDistanceMismatch: (lapM: number, runM: number) =>
    msg('reason.lapDistanceMismatch', { laps: distance(lapM), run: distance(runM) }),
  lapTimeMismatch: (lapS: number, runS: number) =>
    msg('reason.lapTimeMismatch', { laps: duration(lapS), run: duration(runS) }),

  declared: (who: DeclaredBy, what: DeclaredWhat, where: DeclaredWhere) =>
    msg(`reason.declared.${who}`, {
      what: nested(msg(`reason.declaredWhat.${what}`)),
      where: nested(msg(`reason.where.${where}`)),
    }),
  declaredRecovery: (who: DeclaredBy, where: DeclaredWhere) =>
    msg(`reason.declaredRecovery.${who}`, { where: nested(msg(`reason.where.${where}`)) }),
  trainingEffectLabel: (words: TrainingEffectWords) =>
    msg('reason.trainingEffectLabel', { label: nested(msg(`reason.trainingEffectWords.${words}`)) }),
  trainingEffectHard: (aerobic: number | undefined, anaerobic: number | undefined) =>
    msg('reason.trainingEffectHard', { summary: nested(trainingEffectSummary(aerobic, anaerobic)) }),
  trainingEffectEasy: (aerobic: number | undefined, anaerobic: number | undefined) =>
    msg('reason.trainingEffectEasy', { summary: nested(trainingEffectSummary(aerobic, anaerobic)) }),

  intervals: (f: IntervalFinding) =>
    msg('reason.intervals', { reps: nested(repsPart(f)), recovery: nested(recoveryPart(f)) }),
  hillReps: (f: IntervalFinding) =>
    msg('reason.hillReps', {
      count: f.workLaps,
      grade: percent(Math.round(f.workGradePct) / 100),
      recovery: nested(recoveryPart(f)),
    }),
  strides: (f: StridesFinding) => {
    const recovery = f.walking
      ? msg('reason.stridesRecovery.walking')
      : f.recoveryS !== undefined
        ? msg('reason.stridesRecovery.time', { time: repTime(f.recoveryS) })
        : msg('reason.stridesRecovery.long');
    return msg('reason.strides', {
      count: f.reps,
      time: repTime(f.repS),
      recovery: nested(recovery),
      fast: repTime(f.workS),
    });
  },
  tempoBlock: (f: TempoFinding) =>
    f.hrDelta !== undefined
      ? msg('reason.tempoBlockHeartRate', {
          block: duration(f.blockS),
          pace: pace(f.blockPace),
          other: pace(f.otherPace),
          beats: Math.round(f.hrDelta),
        })
      : msg('reason.tempoBlock', {
          block: duration(f.blockS),
          pace: pace(f.blockPace),
          other: pace(f.otherPace),
        }),
  progression: (f: ProgressionFinding) =>
    msg('reason.progression', {
      last: pace(f.lastPace),
      faster: percent(1 - f.lastPace / f.firstPace),
      first: pace(f.firstPace),
    }),
  repeatedClimbs: (f: ClimbFinding) =>
    msg('reason.repeatedClimbs', { count: f.climbs, climb: climb(f.averageGainM) }),

  longDuration: (durationS: number, times?: number) =>
    times !== undefined
      ? msg('reason.longDurationVsUsual', { duration: duration(durationS), ratio: ratio(times) })
      : msg('reason.longDuration', { duration: duration(durationS) }),
  /** `what`: the run's distance, or its duration when it has none. */
  relativeLong: (what: MessageValue, times: number, share: number) =>
    msg('reason.relativeLong', { what, ratio: ratio(times), share: percent(share) }),
  climbing: (gainM: number, distanceM: number, perKm: number, usualPerKm?: number) =>
    usualPerKm !== undefined
      ? msg('reason.climbingVsUsual', {
          climb: climb(gainM),
          distance: distance(distanceM),
          rate: climbRate(perKm),
          usual: climbRate(usualPerKm),
        })
      : msg('reason.climbing', {
          climb: climb(gainM),
          distance: distance(distanceM),
          rate: climbRate(perKm),
        }),
  fasterThanUsual: (paceS: number, usualS: number) =>
    msg('reason.fasterThanUsual', {
      pace: pace(paceS),
      faster: percent(1 - paceS / usualS),
      usual: pace(usualS),
    }),
  racePaceOverRaceDistance: (paceS: number, usualS: number, distanceM: number) =>
    msg('reason.racePace', {
      distance: distance(distanceM),
      pace: pace(paceS),
      faster: percent(1 - paceS / usualS),
      usual: pace(usualS),
    }),
  heartRateZone: (avgHr: number, maxHr: number, zone: 1 | 2 | 3 | 4 | 5, source: MaxHrSource) =>
    msg('reason.heartRateZone', {
      hr: bpm(avgHr),
      share: percent(avgHr / maxHr),
      max: bpm(maxHr),
      source: nested(msg(`reason.maxHrSource.${source}`)),
      zone: nested(msg(ZONE_KEY[zone])),
    }),
  heartRateAboveUsual: (avgHr: number, usualHr: number) =>
    msg('reason.heartRateAboveUsual', {
      hr: bpm(avgHr),
      above: Math.round(avgHr - usualHr),
      usual: Math.round(usualHr),
    }),
  afterRace: (race: RecentRace) => msg('reason.afterRace', { race: nested(raceName(race)) }),
  relativeEffortVsUsual: (effort: number, times: number) =>
    msg('reason.relativeEffortVsUsual', { effort: Math.round(effort), ratio: ratio(times) }),
  relativeEffortHigh: (effort: number) => msg('reason.relativeEffortHigh', { effort: Math.round(effort) }),
  jogged: (paceS: number | undefined, usualS: number | undefined, avgHr: number | undefined) => {
    const how =
      paceS !== undefined && usualS !== undefined
        ? msg('reason.jogged.pace', { pace: pace(paceS), usual: pace(usualS) })
        : msg('reason.jogged.easyPace');
    return avgHr !== undefined
      ? msg('reason.jogged.withHeartRate', { jogged: nested(how), hr: bpm(avgHr) })
      : how;
  },

  title: (matched: string) => msg('reason.title', { title: text(matched) }),
  titleStrides: (matched: string) => msg('reason.titleStrides', { title: text(matched) }),

  noKind: () => msg('reason.noKind'),
  conflict: (reason: Message, label: EvidenceLabel) =>
    msg('reason.conflict', { reason: nested(reason), evidence: nested(msg(`reason.evidence.${label}`)) }),
  /** `what`: what the run was (its parts, or too little data), with the laps when they show no pattern. */
  overall: (what: Message) => msg('reason.overall', { what: nested(what) }),
  overallParts: (parts: Message[]) => msg('reason.overallParts', { parts: { list: parts, separator: ' ' } }),
  overallWithLaps: (what: Message, laps: number) =>
    msg('reason.overallWithLaps', {
      what: nested(what),
      laps: nested(msg('reason.lapsWithoutPattern', { count: laps })),
    }),
  overallDuration: (seconds: number) => msg('reason.overallDuration', { duration: duration(seconds) }),
  overallPace: (paceS: number) => msg('reason.overallPace', { pace: pace(paceS) }),
  tooLittleData: () => msg('reason.tooLittleData'),
  flatGround: () => msg('reason.flatGround'),
  someClimbing: (gainM: number, usualPerKm?: number) =>
    usualPerKm !== undefined
      ? msg('reason.someClimbingUsual', { climb: climb(gainM), usual: climbRate(usualPerKm) })
      : msg('reason.someClimbing', { climb: climb(gainM) }),
  askFeltHard: (detail: Message) => msg('reason.askFeltHard', { detail: nested(detail) }),
} as const;

function raceName(race: RecentRace): Message {
  const count = Math.max(1, Math.round(race.daysBefore));
  const title = race.title.trim();
  return title
    ? msg('reason.raceNamed', { title: text(title.slice(0, 60)), count })
    : msg('reason.raceDaysBefore', { count });
}
