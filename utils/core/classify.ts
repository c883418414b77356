// Hard or easy, which kind, and why. Every signal found becomes a weighted piece of evidence; the strongest decides
// the effort, the most specific agreeing one decides the kind, and the reasons show the numbers and any conflict.
// Pace, climb and heart rate are judged against the runner (their usual runs, their max heart rate), not against
// one absolute scale.

import { REASON, type DeclaredWhere, type EvidenceLabel, type TrainingEffectWords } from './classify-reasons';
import { runnerMaxHr, zoneOf, type MaxHeartRate } from './heart-rate';
import { analyzeLaps, type LapFindings } from './laps';
import { distance, duration, type Message, type MessageValue } from './message';
import { runnerBaseline, type RunnerBaseline } from './runner-baseline';
import { MAX_RUN_M, MAX_RUN_S, runStartMs, sane } from './runs';
import { titleHint, type TitleHint } from './title-words';
import type { Classification, Effort, Run, RunKind, RunnerProfile } from './types';

const HARD_KINDS: ReadonlySet<RunKind> = new Set(['race', 'long', 'intervals', 'tempo', 'hills']);
export const isHardKind = (kind: RunKind) => HARD_KINDS.has(kind);

const LONG_RUN_S = 90 * 60;
const RELATIVE_LONG_MIN_S = 50 * 60;
/** No run under this climb per km is a hill session, however flat the runner's home is. */
const HILLY_M_PER_KM = 20;
const HILLY_MIN_GAIN_M = 150;
/** Climbing this many times the runner's usual per km (and 10 m/km more) is a hill session for them. */
const HILLY_VS_USUAL = 1.75;
/** Day-to-day pace wobbles by a few percent; 8 % faster than usual is a workout pace. */
const FASTER_THAN_USUAL = 0.92;
/** 18 % faster than the usual (mostly easy) pace is 10 K-to-5 K race pace. */
const RACE_PACE_VS_USUAL = 0.82;
/** Not faster than usual by more than this: the pace of an ordinary run. */
const USUAL_PACE_SLACK = 0.97;
const PACE_MIN_S = 15 * 60;
const HR_MIN_S = 20 * 60;
/** Average heart rate at this share of max over 20 minutes and more is work (upper zone 3 and up). */
const HARD_HR_SHARE = 0.85;
/** From zone 4 on, heart rate is hard whatever the pace says. */
const THRESHOLD_HR_SHARE = 0.88;
/** Zone 3 and up on an easy run: ask whether it felt hard. */
const ASK_HR_SHARE = 0.82;
const HR_ABOVE_USUAL = 10;
/** Race distances (m) a fast untagged run may match: 5 K, 10 K, 15 K, 10 miles, half and full marathon. */
const RACE_DISTANCES_M = [5000, 10_000, 15_000, 16_093, 21_097, 42_195];

/**
 * How strongly each signal decides hard vs easy. The runner's own word (tags, then a title with reps) is strongest;
 * Garmin's training effect under 3 is weak; heart rate never outweighs an easy or recovery title, it only asks.
 */
const WEIGHT = {
  raceTag: 100,
  longTag: 90,
  workoutTag: 85,
  /** Strava's 2026 Recovery tag: the runner's own word that the day was easy, as strong as a workout tag. */
  recoveryTag: 85,
  trainingEffectLabelHard: 80,
  trainingEffectHard: 74,
  trainingEffectLabelEasy: 58,
  trainingEffectEasy: 30,
  lapIntervalsLabelled: 76,
  lapIntervals: 72,
  lapHillReps: 76,
  lapTempo: 66,
  lapClimbs: 64,
  progression: 60,
  strides: 40,
  longDuration: 62,
  relativeLong: 58,
  climbing: 60,
  titleReps: 60,
  jogged: 55,
  relativeEffortVsUsual: 52,
  titleRace: 50,
  relativeEffortHigh: 48,
  titleHard: 44,
  titleEasy: 40,
  heartRateZone: 38,
  pace: 38,
  heartRateAboveUsual: 36,
  overall: 10,
} as const;

/** Conflicting evidence at least this strong is named in the reasons. */
const MENTION_CONFLICT = 30;

interface Signal {
  effort: Effort;
  kind?: RunKind;
  /** How strongly it decides hard vs easy. */
  weight: number;
  /** How specific it is about the kind (a race title says "race" better than a training-effect label). */
  kindWeight: number;
  /** Names the evidence in "outweighed by the …". */
  label: EvidenceLabel;
  reason: Message;
}

const SOURCE_WHERE: Record<Run['source'], DeclaredWhere> = {
  strava: 'strava',
  garmin: 'garmin',
  manual: 'manual',
};

interface RunFacts {
  durationS?: number;
  distanceM?: number;
  paceS?: number;
  gainM?: number;
  avgHr?: number;
  problems: Message[];
  notes: Message[];
}

/** Everything the signals read, worked out once. */
interface Context {
  run: Run;
  facts: RunFacts;
  findings: LapFindings;
  baseline?: RunnerBaseline;
  maxHr?: MaxHeartRate;
  title: TitleHint | null;
}

function readFacts(run: Run): RunFacts {
  const problems: Message[] = [];
  const notes: Message[] = [];
  const moving = sane(run.movingS, 1, MAX_RUN_S);
  const elapsed = sane(run.elapsedS, 1, MAX_RUN_S);
  if (run.elapsedS !== undefined && elapsed === undefined && run.elapsedS !== 0)
    problems.push(REASON.badDuration());
  if (run.movingS !== undefined && moving === undefined && run.movingS !== 0)
    problems.push(REASON.badMovingTime());
  const durationS =
    moving !== undefined && (elapsed === undefined || moving <= elapsed * 1.05) ? moving : elapsed;
  if (durationS === undefined) problems.push(REASON.noDuration());

  let distanceM = sane(run.distanceM, 1, MAX_RUN_M);
  if (run.distanceM !== undefined && run.distanceM !== 0 && distanceM === undefined) {
    problems.push(REASON.badDistance());
  } else if (distanceM === undefined) {
    notes.push(REASON.noDistance());
  }
  let paceS = durationS && distanceM ? durationS / (distanceM / 1000) : undefined;
  if (paceS !== undefined && distanceM! >= 400 && paceS < 100) {
    problems.push(REASON.impossiblePace(paceS));
    distanceM = undefined;
    paceS = undefined;
  }

  let gainM = sane(run.elevationGainM, 0, 10_000);
  if (run.elevationGainM !== undefined && gainM === undefined) problems.push(REASON.badClimb());
  if (gainM !== undefined && distanceM !== undefined && gainM / (distanceM / 1000) > 400) {
    problems.push(REASON.implausibleClimb(gainM, distanceM));
    gainM = undefined;
  }
  const avgHr = sane(run.avgHr, 25, 250);
  if (run.avgHr !== undefined && avgHr === undefined) problems.push(REASON.badHeartRate());
  if (!Number.isFinite(runStartMs(run))) problems.push(REASON.badStart());
  if (typeof run.title !== 'string' || !run.title.trim()) notes.push(REASON.noTitle());
  return { durationS, distanceM, paceS, gainM, avgHr, problems, notes };
}

const hard = (
  kind: RunKind | undefined,
  weight: number,
  kindWeight: number,
  label: EvidenceLabel,
  reason: Message,
) => ({ effort: 'hard', kind, weight, kindWeight, label, reason }) satisfies Signal;
const easy = (kind: RunKind, weight: number, label: EvidenceLabel, reason: Message) =>
  ({ effort: 'easy', kind, weight, kindWeight: weight, label, reason }) satisfies Signal;

function declaredSignals(run: Run): Signal[] {
  const tags = run.tags && typeof run.tags === 'object' ? run.tags : {};
  const where = SOURCE_WHERE[run.source] ?? 'site';
  const who = run.ownedByViewer === false ? 'someone' : 'you';
  const out: Signal[] = [];
  if (tags.race === true) {
    out.push(hard('race', WEIGHT.raceTag, 100, 'raceTag', REASON.declared(who, 'race', where)));
  }
  if (tags.longRun === true) {
    out.push(hard('long', WEIGHT.longTag, 90, 'longRunTag', REASON.declared(who, 'longRun', where)));
  }
  if (tags.workout === true) {
    out.push(hard(undefined, WEIGHT.workoutTag, 0, 'workoutTag', REASON.declared(who, 'workout', where)));
  }
  if (tags.recovery === true) {
    out.push(easy('recovery', WEIGHT.recoveryTag, 'recoveryTag', REASON.declaredRecovery(who, where)));
  }
  return out;
}

const TE_LABELS: { pattern: RegExp; kind: RunKind; words: TrainingEffectWords }[] = [
  { pattern: /RECOVERY/, kind: 'recovery', words: 'recovery' },
  { pattern: /AEROBIC_BASE|(^|_)BASE/, kind: 'easy', words: 'base' },
  { pattern: /LACTATE_THRESHOLD|THRESHOLD/, kind: 'tempo', words: 'threshold' },
  { pattern: /TEMPO/, kind: 'tempo', words: 'tempo' },
  { pattern: /VO2_?MAX/, kind: 'intervals', words: 'vo2max' },
  { pattern: /ANAEROBIC|SPEED|SPRINT/, kind: 'intervals', words: 'anaerobic' },
];

function trainingEffectSignals(run: Run): Signal[] {
  const te = run.trainingEffect && typeof run.trainingEffect === 'object' ? run.trainingEffect : undefined;
  if (!te) return [];
  const out: Signal[] = [];
  const label = typeof te.label === 'string' ? te.label.toUpperCase().replace(/[\s-]+/g, '_') : '';
  const match = TE_LABELS.find((entry) => entry.pattern.test(label));
  if (match) {
    const reason = REASON.trainingEffectLabel(match.words);
    if (isHardKind(match.kind))
      out.push(hard(match.kind, WEIGHT.trainingEffectLabelHard, 61, 'garminLabel', reason));
    else out.push(easy(match.kind, WEIGHT.trainingEffectLabelEasy, 'garminLabel', reason));
  }
  const aerobic = sane(te.aerobic, 0, 5);
  const anaerobic = sane(te.anaerobic, 0, 5);
  if (aerobic === undefined && anaerobic === undefined) return out;
  if ((aerobic ?? 0) >= 3 || (anaerobic ?? 0) >= 2) {
    const kind = (anaerobic ?? 0) >= 2.5 && (aerobic ?? 0) < 4 ? 'intervals' : undefined;
    out.push(
      hard(
        kind,
        WEIGHT.trainingEffectHard,
        30,
        'trainingEffect',
        REASON.trainingEffectHard(aerobic, anaerobic),
      ),
    );
  } else if (aerobic !== undefined) {
    // Garmin derives it from heart rate alone, so it is weak: a title with reps or the lap structure says more.
    const kind = aerobic < 1 ? 'recovery' : 'easy';
    const reason = REASON.trainingEffectEasy(aerobic, anaerobic);
    out.push(easy(kind, WEIGHT.trainingEffectEasy, 'trainingEffect', reason));
  }
  return out;
}

function lapSignals({ findings, baseline }: Context): Signal[] {
  const out: Signal[] = [];
  const { intervals, strides, tempo, progression, climbs } = findings;
  if (intervals?.uphill) {
    out.push(hard('hills', WEIGHT.lapHillReps, 74, 'lapData', REASON.hillReps(intervals)));
  } else if (intervals) {
    const weight = intervals.fromLabels ? WEIGHT.lapIntervalsLabelled : WEIGHT.lapIntervals;
    out.push(hard('intervals', weight, 72, 'lapData', REASON.intervals(intervals)));
  }
  if (strides) out.push(easy('easy', WEIGHT.strides, 'strides', REASON.strides(strides)));
  if (tempo) out.push(hard('tempo', WEIGHT.lapTempo, 66, 'lapData', REASON.tempoBlock(tempo)));
  // Getting faster only counts when the finish is quicker than the runner's usual pace, not a warm-up into jogging.
  const usual = baseline?.usualPaceS;
  if (progression && (usual === undefined || progression.lastPace <= usual * 0.96)) {
    out.push(hard('tempo', WEIGHT.progression, 60, 'progression', REASON.progression(progression)));
  }
  if (climbs && !intervals?.uphill) {
    out.push(hard('hills', WEIGHT.lapClimbs, 64, 'climbing', REASON.repeatedClimbs(climbs)));
  }
  return out;
}

function lengthSignals({ facts, baseline }: Context): Signal[] {
  const { durationS } = facts;
  const relative = relativeLength(facts, baseline);
  if (durationS !== undefined && durationS >= LONG_RUN_S) {
    return [
      hard('long', WEIGHT.longDuration, 62, 'duration', REASON.longDuration(durationS, relative?.ratio)),
    ];
  }
  if (
    relative &&
    relative.ratio >= 1.33 &&
    relative.share >= 0.25 &&
    (durationS ?? 0) >= RELATIVE_LONG_MIN_S
  ) {
    const reason = REASON.relativeLong(relative.what, relative.ratio, relative.share);
    return [hard('long', WEIGHT.relativeLong, 58, 'length', reason)];
  }
  return [];
}

function relativeLength(facts: RunFacts, stats: RunnerBaseline | undefined) {
  if (!stats) return undefined;
  if (facts.distanceM !== undefined && stats.medianDistanceM) {
    return {
      ratio: facts.distanceM / stats.medianDistanceM,
      share: facts.distanceM / (stats.weekDistanceM + facts.distanceM),
      what: distance(facts.distanceM) as MessageValue,
    };
  }
  if (facts.durationS !== undefined && stats.medianDurationS) {
    return {
      ratio: facts.durationS / stats.medianDurationS,
      share: facts.durationS / (stats.weekDurationS + facts.durationS),
      what: duration(facts.durationS) as MessageValue,
    };
  }
  return undefined;
}

function climbSignals({ facts, baseline }: Context): Signal[] {
  const { gainM, distanceM } = facts;
  if (gainM === undefined || distanceM === undefined || gainM < HILLY_MIN_GAIN_M) return [];
  const perKm = gainM / (distanceM / 1000);
  const usual = baseline?.usualClimbPerKm;
  const threshold =
    usual === undefined ? HILLY_M_PER_KM : Math.max(HILLY_M_PER_KM, usual * HILLY_VS_USUAL, usual + 10);
  if (perKm < threshold) return [];
  return [hard('hills', WEIGHT.climbing, 60, 'climbing', REASON.climbing(gainM, distanceM, perKm, usual))];
}

const isRaceDistance = (metres: number) =>
  RACE_DISTANCES_M.some((d) => metres >= d * 0.99 && metres <= d * 1.03);

/** Strides are a minute or two of sprinting: the run's pace is that of the rest of it. */
const runningPace = ({ facts, findings }: Context) => findings.paceWithoutStrides ?? facts.paceS;

function paceSignals(ctx: Context): Signal[] {
  const { facts, baseline } = ctx;
  const { distanceM, durationS } = facts;
  const paceS = runningPace(ctx);
  const usual = baseline?.usualPaceS;
  if (paceS === undefined || usual === undefined || distanceM === undefined) return [];
  if ((durationS ?? 0) < PACE_MIN_S || distanceM < 3000) return [];
  const ratio = paceS / usual;
  if (ratio > FASTER_THAN_USUAL) return [];
  if (ratio <= RACE_PACE_VS_USUAL && isRaceDistance(distanceM)) {
    const reason = REASON.racePaceOverRaceDistance(paceS, usual, distanceM);
    return [hard('race', WEIGHT.pace, 50, 'pace', reason)];
  }
  return [hard('tempo', WEIGHT.pace, 45, 'pace', REASON.fasterThanUsual(paceS, usual))];
}

interface HeartRateReading {
  avgHr: number;
  /** Share of max HR and zone, when a max is known. */
  share?: number;
  zone?: 1 | 2 | 3 | 4 | 5;
  /** Beats above the runner's usual average. */
  aboveUsual?: number;
  zoneReason?: Message;
  usualReason?: Message;
}

function readHeartRate({ facts, baseline, maxHr }: Context): HeartRateReading | undefined {
  const { avgHr, durationS } = facts;
  if (avgHr === undefined || (durationS ?? 0) < HR_MIN_S) return undefined;
  const reading: HeartRateReading = { avgHr };
  if (baseline?.medianHr !== undefined) {
    reading.aboveUsual = avgHr - baseline.medianHr;
    reading.usualReason = REASON.heartRateAboveUsual(avgHr, baseline.medianHr);
  }
  // The highest seen is only a floor for the true max: from it alone, a high share must also be unusual.
  if (maxHr && (maxHr.source !== 'history' || (reading.aboveUsual ?? 0) >= 5)) {
    reading.share = avgHr / maxHr.bpm;
    reading.zone = zoneOf(reading.share);
    reading.zoneReason = REASON.heartRateZone(avgHr, maxHr.bpm, reading.zone, maxHr.source);
  }
  return reading;
}

function paceIsUsual(ctx: Context): boolean {
  const paceS = runningPace(ctx);
  const usual = ctx.baseline?.usualPaceS;
  return paceS !== undefined && usual !== undefined && paceS >= usual * USUAL_PACE_SLACK;
}

function heartRateSignals(ctx: Context, hr: HeartRateReading | undefined): Signal[] {
  if (!hr) return [];
  // A high heart rate at the usual pace is heat, illness or fatigue more often than a workout: ask, don't decide.
  const usualPace = paceIsUsual(ctx);
  const out: Signal[] = [];
  const share = hr.share ?? 0;
  if (hr.zoneReason && share >= HARD_HR_SHARE && (share >= THRESHOLD_HR_SHARE || !usualPace)) {
    out.push(hard('tempo', WEIGHT.heartRateZone, 40, 'heartRate', hr.zoneReason));
  } else if (hr.usualReason && (hr.aboveUsual ?? 0) >= HR_ABOVE_USUAL && !usualPace) {
    out.push(hard('tempo', WEIGHT.heartRateAboveUsual, 40, 'heartRate', hr.usualReason));
  }
  // Never let heart-rate drift in the days after a race overrule anything else.
  return ctx.baseline?.recentRace ? out.map((s) => ({ ...s, weight: s.weight / 2 })) : out;
}

function relativeEffortSignals({ run, baseline }: Context): Signal[] {
  const effort = sane(run.relativeEffort, 0, 2000);
  if (effort === undefined) return [];
  const usual = baseline?.medianRelativeEffort;
  if (usual !== undefined && usual > 0 && effort >= 50 && effort / usual >= 1.5) {
    const reason = REASON.relativeEffortVsUsual(effort, effort / usual);
    return [hard(undefined, WEIGHT.relativeEffortVsUsual, 0, 'relativeEffort', reason)];
  }
  if (usual === undefined && effort >= 150) {
    return [
      hard(undefined, WEIGHT.relativeEffortHigh, 0, 'relativeEffort', REASON.relativeEffortHigh(effort)),
    ];
  }
  return [];
}

function titleSignals({ title }: Context): Signal[] {
  if (!title) return [];
  const reason = REASON.title(title.matched);
  if (title.kind === 'race') return [hard('race', WEIGHT.titleRace, 66, 'title', reason)];
  if (title.reps && isHardKind(title.kind)) return [hard(title.kind, WEIGHT.titleReps, 60, 'title', reason)];
  if (isHardKind(title.kind)) return [hard(title.kind, WEIGHT.titleHard, 44, 'title', reason)];
  if (title.strides === title.matched) {
    return [easy('easy', WEIGHT.titleEasy, 'title', REASON.titleStrides(title.matched))];
  }
  return [easy(title.kind, WEIGHT.titleEasy, 'title', reason)];
}

/** A race-named run (parkrun, a charity race) run at the usual pace and an easy heart rate was jogged, not raced. */
function joggedSignals(ctx: Context, hr: HeartRateReading | undefined): Signal[] {
  const { title, run, facts, baseline, maxHr } = ctx;
  if (title?.kind !== 'race' || run.tags?.race === true) return [];
  const easyHeart =
    !hr ||
    ((hr.share === undefined || hr.share < ASK_HR_SHARE) &&
      (hr.aboveUsual === undefined || hr.aboveUsual < 5));
  const heartSaysJog =
    hr?.share !== undefined &&
    maxHr?.source !== 'history' &&
    hr.share < 0.78 &&
    baseline?.usualPaceS === undefined;
  if (!((paceIsUsual(ctx) && easyHeart) || heartSaysJog)) return [];
  const reason = REASON.jogged(runningPace(ctx), baseline?.usualPaceS, facts.avgHr);
  return [easy('easy', WEIGHT.jogged, 'joggingPace', reason)];
}

function overallSignal({ facts, findings, baseline }: Context): Signal {
  const parts: Message[] = [];
  if (facts.durationS !== undefined) parts.push(REASON.overallDuration(facts.durationS));
  if (facts.paceS !== undefined) parts.push(REASON.overallPace(facts.paceS));
  if (facts.gainM !== undefined && facts.distanceM !== undefined) {
    parts.push(
      facts.gainM / (facts.distanceM / 1000) < 10
        ? REASON.flatGround()
        : REASON.someClimbing(facts.gainM, baseline?.usualClimbPerKm),
    );
  }
  const laps = findings.usable.length >= 3 && !findings.strides ? findings.usable.length : 0;
  const what = parts.length > 0 ? REASON.overallParts(parts) : REASON.tooLittleData();
  const withLaps = parts.length > 0 && laps > 0 ? REASON.overallWithLaps(what, laps) : what;
  return easy('easy', WEIGHT.overall, 'overall', REASON.overall(withLaps));
}

/**
 * Hard or easy, the kind of run, how sure, and why. `recent` (the runner's other runs) and `profile` (birth year,
 * max heart rate) make pace, climb and heart rate relative to the runner. Never throws; bad input gives low
 * confidence and says so.
 */
export function classifyRun(run: Run, recent?: Run[], profile?: RunnerProfile): Classification {
  try {
    return classifyUnsafe(run, recent, profile);
  } catch {
    return { effort: 'easy', kind: 'easy', confidence: 'low', reasons: [REASON.unreadable()] };
  }
}

function classifyUnsafe(
  run: Run,
  recent: Run[] | undefined,
  profile: RunnerProfile | undefined,
): Classification {
  if (!run || typeof run !== 'object') throw new Error('not a run');
  const facts = readFacts(run);
  const findings = analyzeLaps(run.laps);
  if (findings.dropped > 0) {
    facts.problems.push(REASON.droppedLaps(findings.dropped, findings.dropped + findings.usable.length));
  }
  lapTotalsCheck(facts, findings);
  const baseline = runnerBaseline(run, recent);
  const safeProfile = profile && typeof profile === 'object' ? profile : undefined;
  const ctx: Context = {
    run,
    facts,
    findings,
    baseline,
    maxHr: runnerMaxHr(run, safeProfile, baseline),
    title: titleHint(run.title),
  };
  const hr = readHeartRate(ctx);
  const signals = [
    ...declaredSignals(run),
    ...trainingEffectSignals(run),
    ...lapSignals(ctx),
    ...lengthSignals(ctx),
    ...climbSignals(ctx),
    ...paceSignals(ctx),
    ...heartRateSignals(ctx, hr),
    ...relativeEffortSignals(ctx),
    ...titleSignals(ctx),
    ...joggedSignals(ctx, hr),
  ];
  const overall = overallSignal(ctx);
  const top = signals.reduce<Signal>((best, s) => (s.weight > best.weight ? s : best), overall);
  const agreeing = signals.filter((s) => s.effort === top.effort);
  const kindSignal = agreeing
    .filter((s) => s.kind !== undefined)
    .reduce<Signal | undefined>((best, s) => (!best || s.kindWeight > best.kindWeight ? s : best), undefined);
  // The reason that names the kind leads, then the one that settled hard vs easy.
  const reasons: Message[] =
    kindSignal && kindSignal !== top ? [kindSignal.reason, top.reason] : [top.reason];
  let kind: RunKind;
  if (top.effort === 'hard') {
    if (kindSignal?.kind) {
      kind = kindSignal.kind;
    } else {
      kind = 'tempo';
      reasons.push(REASON.noKind());
    }
  } else {
    kind = kindSignal?.kind ?? 'easy';
  }
  for (const s of agreeing) if (!reasons.includes(s.reason) && reasons.length < 4) reasons.push(s.reason);
  const conflicts = signals.filter((s) => s.effort !== top.effort && s.weight >= MENTION_CONFLICT);
  const ask = top.effort === 'easy' ? askFeltHardReasons(ctx, hr) : [];
  // When the product asks about the heart rate, that question replaces "… but the title outweighs it".
  for (const s of conflicts)
    if (!(ask.length > 0 && s.label === 'heartRate')) reasons.push(REASON.conflict(s.reason, top.label));
  reasons.push(...ask);
  reasons.push(...facts.problems, ...facts.notes.filter(() => top === overall));

  const confidence = confidenceOf(top, agreeing, conflicts, facts, overall);
  return { effort: top.effort, kind, confidence, reasons, ...(ask.length > 0 ? { askFeltHard: true } : {}) };
}

/** An easy run with a heart rate in zone 3 and up, or well above usual: the runner is asked, not overruled. */
function askFeltHardReasons(ctx: Context, hr: HeartRateReading | undefined): Message[] {
  if (!hr) return [];
  let detail: Message | undefined;
  if (hr.zoneReason && (hr.share ?? 0) >= ASK_HR_SHARE) detail = hr.zoneReason;
  else if (hr.usualReason && (hr.aboveUsual ?? 0) >= HR_ABOVE_USUAL) detail = hr.usualReason;
  if (!detail) return [];
  const race = ctx.baseline?.recentRace;
  return [REASON.askFeltHard(detail), ...(race ? [REASON.afterRace(race)] : [])];
}

function lapTotalsCheck(facts: RunFacts, findings: LapFindings) {
  if (findings.usable.length === 0) return;
  const lapMetres = findings.usable.reduce((s, l) => s + l.distanceM, 0);
  const lapSeconds = findings.usable.reduce((s, l) => s + l.movingS, 0);
  // Laps recorded without distance (treadmills) say nothing about the run's distance.
  const lapsHaveDistance = findings.usable.some((l) => l.hasDistance);
  if (
    lapsHaveDistance &&
    facts.distanceM !== undefined &&
    Math.abs(lapMetres - facts.distanceM) > 0.15 * facts.distanceM
  ) {
    facts.problems.push(REASON.lapDistanceMismatch(lapMetres, facts.distanceM));
  } else if (facts.durationS !== undefined && lapSeconds > facts.durationS * 1.15 + 60) {
    facts.problems.push(REASON.lapTimeMismatch(lapSeconds, facts.durationS));
  }
}

function confidenceOf(
  top: Signal,
  agreeing: Signal[],
  conflicts: Signal[],
  facts: RunFacts,
  overall: Signal,
): Classification['confidence'] {
  if (facts.problems.length > 0) return 'low';
  if (top === overall) {
    const known = [facts.durationS, facts.distanceM, facts.gainM, facts.avgHr].filter((v) => v !== undefined);
    return known.length >= 3 ? 'medium' : 'low';
  }
  const strongConflict = conflicts.some((s) => s.weight >= top.weight - 10);
  if (top.weight >= 74 && !strongConflict) return 'high';
  const support = agreeing.some((s) => s !== top && s.weight >= MENTION_CONFLICT);
  if (top.weight >= 56 && support && !strongConflict) return 'high';
  if (top.weight >= 36) return 'medium';
  return 'low';
}
