// Hard or easy, which kind, and why. Every signal found becomes a weighted piece of evidence; the strongest decides
// the effort, the most specific agreeing one decides the kind, and the reasons show the numbers and any conflict.

import { formatDistance, formatDuration, formatPace, formatRatio } from './format';
import { analyzeLaps, type LapFindings } from './laps';
import { MAX_RUN_M, MAX_RUN_S, runKey, runStartMs, sane } from './runs';
import { titleHint } from './title-words';
import type { Classification, Effort, Run, RunKind } from './types';

const HARD_KINDS: ReadonlySet<RunKind> = new Set(['race', 'long', 'intervals', 'tempo', 'hills']);
export const isHardKind = (kind: RunKind) => HARD_KINDS.has(kind);

const LONG_RUN_S = 90 * 60;
const RELATIVE_LONG_MIN_S = 50 * 60;
const HILLY_M_PER_KM = 20;
const HILLY_MIN_GAIN_M = 150;
const RECENT_DAYS = 28;
const DAY_MS = 86_400_000;

interface Signal {
  effort: Effort;
  kind?: RunKind;
  /** How strongly it decides hard vs easy. */
  weight: number;
  /** How specific it is about the kind (a race title says "race" better than a training-effect label). */
  kindWeight: number;
  /** Names the evidence in "outweighed by the …". */
  label: string;
  reason: string;
}

const SOURCE_NAME: Record<Run['source'], string> = {
  strava: 'on Strava',
  garmin: 'on Garmin Connect',
  manual: 'in your own log',
};

const KIND_WORD: Record<RunKind, string> = {
  race: 'a race',
  long: 'a long run',
  intervals: 'intervals',
  tempo: 'a tempo run',
  hills: 'a hill session',
  easy: 'an easy run',
  recovery: 'a recovery run',
};

interface RunFacts {
  durationS?: number;
  distanceM?: number;
  paceS?: number;
  gainM?: number;
  avgHr?: number;
  problems: string[];
  notes: string[];
}

function readFacts(run: Run): RunFacts {
  const problems: string[] = [];
  const notes: string[] = [];
  const moving = sane(run.movingS, 1, MAX_RUN_S);
  const elapsed = sane(run.elapsedS, 1, MAX_RUN_S);
  if (run.elapsedS !== undefined && elapsed === undefined && run.elapsedS !== 0) {
    problems.push('The recorded duration is not a usable number, so it was ignored');
  }
  if (run.movingS !== undefined && moving === undefined && run.movingS !== 0) {
    problems.push('The moving time is not a usable number, so it was ignored');
  }
  const durationS =
    moving !== undefined && (elapsed === undefined || moving <= elapsed * 1.05) ? moving : elapsed;
  if (durationS === undefined) problems.push('No usable duration was recorded');

  let distanceM = sane(run.distanceM, 1, MAX_RUN_M);
  if (run.distanceM !== undefined && run.distanceM !== 0 && distanceM === undefined) {
    problems.push('The distance is not a usable number, so it was ignored');
  } else if (distanceM === undefined) {
    notes.push('No distance was recorded');
  }
  let paceS = durationS && distanceM ? durationS / (distanceM / 1000) : undefined;
  if (paceS !== undefined && distanceM! >= 400 && paceS < 100) {
    problems.push(`A pace of ${formatPace(paceS)} is not humanly possible; distance or time looks wrong`);
    distanceM = undefined;
    paceS = undefined;
  }

  let gainM = sane(run.elevationGainM, 0, 10_000);
  if (run.elevationGainM !== undefined && gainM === undefined) {
    problems.push('The climb figure is not a usable number, so it was ignored');
  }
  if (gainM !== undefined && distanceM !== undefined && gainM / (distanceM / 1000) > 400) {
    problems.push(
      `${Math.round(gainM)} m of climbing over ${formatDistance(distanceM)} is implausible; ignored`,
    );
    gainM = undefined;
  }
  const avgHr = sane(run.avgHr, 25, 250);
  if (run.avgHr !== undefined && avgHr === undefined)
    problems.push('The heart rate is out of range, so it was ignored');
  if (!Number.isFinite(runStartMs(run))) problems.push('The start time could not be read');
  if (typeof run.title !== 'string' || !run.title.trim()) notes.push('The run has no title');
  return { durationS, distanceM, paceS, gainM, avgHr, problems, notes };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface RecentStats {
  count: number;
  medianDistanceM?: number;
  medianDurationS?: number;
  /** Distance over the 7 days before this run (this run not included). */
  weekDistanceM: number;
  weekDurationS: number;
  medianHr?: number;
  medianRelativeEffort?: number;
  medianPaceS?: number;
}

function recentStats(run: Run, recent: readonly Run[] | undefined): RecentStats | undefined {
  if (!Array.isArray(recent) || recent.length === 0) return undefined;
  const start = runStartMs(run);
  if (!Number.isFinite(start)) return undefined;
  const key = runKey(run);
  const earlier = recent.filter((other) => {
    if (!other || typeof other !== 'object' || runKey(other) === key) return false;
    const otherStart = runStartMs(other);
    return Number.isFinite(otherStart) && otherStart < start && otherStart >= start - RECENT_DAYS * DAY_MS;
  });
  if (earlier.length === 0) return undefined;
  const distances: number[] = [];
  const durations: number[] = [];
  const hrs: number[] = [];
  const efforts: number[] = [];
  const paces: number[] = [];
  let weekDistanceM = 0;
  let weekDurationS = 0;
  for (const other of earlier) {
    const d = sane(other.distanceM, 1, MAX_RUN_M);
    const t = sane(other.movingS, 1, MAX_RUN_S) ?? sane(other.elapsedS, 1, MAX_RUN_S);
    if (d !== undefined) distances.push(d);
    if (t !== undefined) durations.push(t);
    if (d !== undefined && t !== undefined && t / (d / 1000) >= 100) paces.push(t / (d / 1000));
    const hr = sane(other.avgHr, 25, 250);
    if (hr !== undefined) hrs.push(hr);
    const effort = sane(other.relativeEffort, 0, 2000);
    if (effort !== undefined) efforts.push(effort);
    if (runStartMs(other) >= start - 7 * DAY_MS) {
      weekDistanceM += d ?? 0;
      weekDurationS += t ?? 0;
    }
  }
  return {
    count: earlier.length,
    medianDistanceM: distances.length >= 3 ? median(distances) : undefined,
    medianDurationS: durations.length >= 3 ? median(durations) : undefined,
    weekDistanceM,
    weekDurationS,
    medianHr: hrs.length >= 3 ? median(hrs) : undefined,
    medianRelativeEffort: efforts.length >= 3 ? median(efforts) : undefined,
    medianPaceS: paces.length >= 3 ? median(paces) : undefined,
  };
}

const hard = (kind: RunKind | undefined, weight: number, kindWeight: number, label: string, reason: string) =>
  ({ effort: 'hard', kind, weight, kindWeight, label, reason }) satisfies Signal;
const easy = (kind: RunKind, weight: number, label: string, reason: string) =>
  ({ effort: 'easy', kind, weight, kindWeight: weight, label, reason }) satisfies Signal;

function declaredSignals(run: Run): Signal[] {
  const tags = run.tags && typeof run.tags === 'object' ? run.tags : {};
  const where = SOURCE_NAME[run.source] ?? 'on the site';
  const who = run.ownedByViewer === false ? 'Marked' : 'You marked it';
  const out: Signal[] = [];
  if (tags.race === true) out.push(hard('race', 100, 100, 'race tag', `${who} as a race ${where}`));
  if (tags.longRun === true) out.push(hard('long', 90, 90, 'long-run tag', `${who} as a long run ${where}`));
  if (tags.workout === true) out.push(hard(undefined, 85, 0, 'workout tag', `${who} as a workout ${where}`));
  return out;
}

const TE_LABELS: { pattern: RegExp; kind: RunKind; words: string }[] = [
  { pattern: /RECOVERY/, kind: 'recovery', words: 'recovery' },
  { pattern: /AEROBIC_BASE|(^|_)BASE/, kind: 'easy', words: 'base' },
  { pattern: /LACTATE_THRESHOLD|THRESHOLD/, kind: 'tempo', words: 'threshold' },
  { pattern: /TEMPO/, kind: 'tempo', words: 'tempo' },
  { pattern: /VO2_?MAX/, kind: 'intervals', words: 'VO2 max' },
  { pattern: /ANAEROBIC|SPEED|SPRINT/, kind: 'intervals', words: 'anaerobic' },
];

function trainingEffectSignals(run: Run): Signal[] {
  const te = run.trainingEffect && typeof run.trainingEffect === 'object' ? run.trainingEffect : undefined;
  if (!te) return [];
  const out: Signal[] = [];
  const label = typeof te.label === 'string' ? te.label.toUpperCase().replace(/[\s-]+/g, '_') : '';
  const match = TE_LABELS.find((entry) => entry.pattern.test(label));
  if (match) {
    const reason = `Garmin's training-effect label is "${match.words}"`;
    if (isHardKind(match.kind)) out.push(hard(match.kind, 80, 61, 'Garmin label', reason));
    else out.push(easy(match.kind, 58, 'Garmin label', reason));
  }
  const aerobic = sane(te.aerobic, 0, 5);
  const anaerobic = sane(te.anaerobic, 0, 5);
  if (aerobic === undefined && anaerobic === undefined) return out;
  const parts = [
    aerobic !== undefined ? `${aerobic.toFixed(1)} aerobic` : undefined,
    anaerobic !== undefined ? `${anaerobic.toFixed(1)} anaerobic` : undefined,
  ].filter(Boolean);
  const summary = `Garmin training effect ${parts.join(', ')}`;
  if ((aerobic ?? 0) >= 3 || (anaerobic ?? 0) >= 2) {
    const kind = (anaerobic ?? 0) >= 2.5 && (aerobic ?? 0) < 4 ? 'intervals' : undefined;
    out.push(
      hard(
        kind,
        74,
        30,
        'training effect',
        `${summary} (3.0 aerobic or 2.0 anaerobic and up is a hard session)`,
      ),
    );
  } else if (aerobic !== undefined) {
    const kind = aerobic < 1 ? 'recovery' : 'easy';
    out.push(easy(kind, 50, 'training effect', `${summary}: below the 3.0 of a fitness-improving session`));
  }
  return out;
}

function lapSignals(findings: LapFindings): Signal[] {
  const out: Signal[] = [];
  const { intervals, tempo, climbs } = findings;
  if (intervals) {
    const recovery = intervals.standingRecoveries
      ? 'with standing recoveries'
      : `recoveries at ${formatPace(intervals.recoveryPace)}`;
    if (intervals.uphill) {
      const reason = `${intervals.workLaps} uphill reps (about ${Math.round(intervals.workGradePct)} % grade), ${recovery}`;
      out.push(hard('hills', 76, 74, 'lap data', reason));
    } else {
      const reason = `${intervals.workLaps} work laps at ${formatPace(intervals.workPace)}, ${recovery}`;
      out.push(hard('intervals', intervals.fromLabels ? 76 : 72, 72, 'lap data', reason));
    }
  }
  if (tempo) {
    const hr = tempo.hrDelta !== undefined ? `, heart rate ${Math.round(tempo.hrDelta)} bpm higher` : '';
    const reason = `A ${formatDuration(tempo.blockS)} block at ${formatPace(tempo.blockPace)} between easier running at ${formatPace(tempo.otherPace)}${hr}`;
    out.push(hard('tempo', 66, 66, 'lap data', reason));
  }
  if (climbs && !intervals?.uphill) {
    const reason = `${climbs.climbs} separate climbs of about ${Math.round(climbs.averageGainM)} m each`;
    out.push(hard('hills', 64, 64, 'climbing', reason));
  }
  return out;
}

function shapeSignals(run: Run, facts: RunFacts, stats: RecentStats | undefined): Signal[] {
  const out: Signal[] = [];
  const { durationS, distanceM, gainM } = facts;
  const relative = relativeLength(facts, stats);
  if (durationS !== undefined && durationS >= LONG_RUN_S) {
    const extra = relative ? `, ${formatRatio(relative.ratio)} your median run` : '';
    out.push(
      hard('long', 62, 62, 'duration', `${formatDuration(durationS)}, past the 90-minute mark${extra}`),
    );
  } else if (
    relative &&
    relative.ratio >= 1.33 &&
    relative.share >= 0.25 &&
    (durationS ?? 0) >= RELATIVE_LONG_MIN_S
  ) {
    const reason = `${relative.what}, ${formatRatio(relative.ratio)} your median run and ${Math.round(relative.share * 100)} % of your last 7 days`;
    out.push(hard('long', 58, 58, 'length', reason));
  }
  if (gainM !== undefined && distanceM !== undefined && gainM >= HILLY_MIN_GAIN_M) {
    const perKm = gainM / (distanceM / 1000);
    if (perKm >= HILLY_M_PER_KM) {
      const reason = `${Math.round(gainM)} m of climbing over ${formatDistance(distanceM)} (${Math.round(perKm)} m/km)`;
      out.push(hard('hills', 60, 60, 'climbing', reason));
    }
  }
  if (stats?.medianHr !== undefined && facts.avgHr !== undefined && (durationS ?? 0) >= 20 * 60) {
    const delta = facts.avgHr - stats.medianHr;
    if (delta >= 10) {
      const reason = `Average heart rate ${Math.round(facts.avgHr)} bpm, ${Math.round(delta)} above your usual ${Math.round(stats.medianHr)}`;
      out.push(hard('tempo', 46, 40, 'heart rate', reason));
    }
  }
  const effort = sane(run.relativeEffort, 0, 2000);
  if (effort !== undefined) {
    const usual = stats?.medianRelativeEffort;
    if (usual !== undefined && usual > 0 && effort >= 50 && effort / usual >= 1.5) {
      const reason = `Strava Relative Effort ${Math.round(effort)}, ${formatRatio(effort / usual)} your usual`;
      out.push(hard(undefined, 52, 0, 'Relative Effort', reason));
    } else if (usual === undefined && effort >= 150) {
      out.push(
        hard(
          undefined,
          48,
          0,
          'Relative Effort',
          `Strava Relative Effort ${Math.round(effort)} (150 and up)`,
        ),
      );
    }
  }
  return out;
}

function relativeLength(facts: RunFacts, stats: RecentStats | undefined) {
  if (!stats) return undefined;
  if (facts.distanceM !== undefined && stats.medianDistanceM) {
    return {
      ratio: facts.distanceM / stats.medianDistanceM,
      share: facts.distanceM / (stats.weekDistanceM + facts.distanceM),
      what: formatDistance(facts.distanceM),
    };
  }
  if (facts.durationS !== undefined && stats.medianDurationS) {
    return {
      ratio: facts.durationS / stats.medianDurationS,
      share: facts.durationS / (stats.weekDurationS + facts.durationS),
      what: formatDuration(facts.durationS),
    };
  }
  return undefined;
}

function titleSignals(run: Run): Signal[] {
  const hint = titleHint(run.title);
  if (!hint) return [];
  const reason = `The title says "${hint.matched}"`;
  if (hint.kind === 'race') return [hard('race', 50, 66, 'title', reason)];
  if (isHardKind(hint.kind)) return [hard(hint.kind, 44, 44, 'title', reason)];
  return [easy(hint.kind, 40, 'title', reason)];
}

function baselineSignal(facts: RunFacts, findings: LapFindings): Signal {
  const parts: string[] = [];
  if (facts.durationS !== undefined) parts.push(formatDuration(facts.durationS));
  if (facts.paceS !== undefined) parts.push(`at ${formatPace(facts.paceS)}`);
  if (facts.gainM !== undefined && facts.distanceM !== undefined) {
    parts.push(
      facts.gainM / (facts.distanceM / 1000) < 10
        ? 'on mostly flat ground'
        : `with ${Math.round(facts.gainM)} m of climbing`,
    );
  }
  const laps =
    findings.usable.length >= 3 ? `; ${findings.usable.length} laps without a work/recovery pattern` : '';
  const what = parts.length > 0 ? `${parts.join(' ')}${laps}` : 'Too little data';
  return easy('easy', 10, 'overall picture', `${what}: no sign of a hard effort, so it counts as easy`);
}

/** Hard or easy, the kind of run, how sure, and why. Never throws; bad input gives low confidence and says so. */
export function classifyRun(run: Run, recent?: Run[]): Classification {
  try {
    return classifyUnsafe(run, recent);
  } catch {
    return {
      effort: 'easy',
      kind: 'easy',
      confidence: 'low',
      reasons: ['The run data could not be read, so it counts as easy until you say otherwise'],
    };
  }
}

function classifyUnsafe(run: Run, recent?: Run[]): Classification {
  if (!run || typeof run !== 'object') throw new Error('not a run');
  const facts = readFacts(run);
  const findings = analyzeLaps(run.laps);
  if (findings.dropped > 0) {
    facts.problems.push(
      `${findings.dropped} of ${findings.dropped + findings.usable.length} laps were unreadable and skipped`,
    );
  }
  lapTotalsCheck(facts, findings);
  const stats = recentStats(run, recent);
  const signals = [
    ...declaredSignals(run),
    ...trainingEffectSignals(run),
    ...lapSignals(findings),
    ...shapeSignals(run, facts, stats),
    ...titleSignals(run),
  ];
  const baseline = baselineSignal(facts, findings);
  const top = signals.reduce<Signal>((best, s) => (s.weight > best.weight ? s : best), baseline);
  const agreeing = signals.filter((s) => s.effort === top.effort);
  const kindSignal = agreeing
    .filter((s) => s.kind !== undefined)
    .reduce<Signal | undefined>((best, s) => (!best || s.kindWeight > best.kindWeight ? s : best), undefined);
  // The reason that names the kind leads, then the one that settled hard vs easy.
  const reasons: string[] = kindSignal && kindSignal !== top ? [kindSignal.reason, top.reason] : [top.reason];
  let kind: RunKind;
  if (top.effort === 'hard') {
    if (kindSignal?.kind) {
      kind = kindSignal.kind;
    } else {
      kind = 'tempo';
      reasons.push(
        'Nothing in the laps or title says which kind of hard run, so it counts as a tempo-type effort',
      );
    }
  } else {
    kind = kindSignal?.kind ?? 'easy';
  }
  for (const s of agreeing) if (!reasons.includes(s.reason) && reasons.length < 4) reasons.push(s.reason);
  const conflicts = signals.filter((s) => s.effort !== top.effort && s.weight >= 40);
  for (const s of conflicts) reasons.push(`${s.reason}, but the ${top.label} outweighs it`);
  reasons.push(...facts.problems, ...facts.notes.filter(() => top === baseline));

  const confidence = confidenceOf(top, agreeing, conflicts, facts, baseline);
  return { effort: top.effort, kind, confidence, reasons };
}

function lapTotalsCheck(facts: RunFacts, findings: LapFindings) {
  if (findings.usable.length === 0) return;
  const lapMetres = findings.usable.reduce((s, l) => s + l.distanceM, 0);
  const lapSeconds = findings.usable.reduce((s, l) => s + l.movingS, 0);
  if (facts.distanceM !== undefined && Math.abs(lapMetres - facts.distanceM) > 0.15 * facts.distanceM) {
    facts.problems.push(
      `The laps add up to ${formatDistance(lapMetres)} but the run is ${formatDistance(facts.distanceM)}, so the lap data is doubtful`,
    );
  } else if (facts.durationS !== undefined && lapSeconds > facts.durationS * 1.15 + 60) {
    facts.problems.push(
      `The laps add up to ${formatDuration(lapSeconds)} but the run took ${formatDuration(facts.durationS)}, so the lap data is doubtful`,
    );
  }
}

function confidenceOf(
  top: Signal,
  agreeing: Signal[],
  conflicts: Signal[],
  facts: RunFacts,
  baseline: Signal,
): Classification['confidence'] {
  if (facts.problems.length > 0) return 'low';
  if (top === baseline) {
    const known = [facts.durationS, facts.distanceM, facts.gainM, facts.avgHr].filter((v) => v !== undefined);
    return known.length >= 3 ? 'medium' : 'low';
  }
  const strongConflict = conflicts.some((s) => s.weight >= top.weight - 10);
  if (top.weight >= 74 && !strongConflict) return 'high';
  if (top.weight >= 56 && agreeing.filter((s) => s.weight >= 40).length >= 2 && !strongConflict)
    return 'high';
  if (top.weight >= 40) return 'medium';
  return 'low';
}

export { KIND_WORD };
