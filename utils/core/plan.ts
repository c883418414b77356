// The day's advice: strength inside the window after a hard run, never on an easy day, never over the weekly
// target, light or none before a race. Each answer says why, with the numbers.

import { classifyRun, isHardKind, KIND_WORD } from './classify';
import { formatDuration } from './format';
import { effectivePhase, weeklyTarget } from './phase';
import { dedupeRuns, isOwnRun, runEndMs, runKeys, runStartMs, sane } from './runs';
import { buildSession, COACH_NOTE } from './sessions';
import {
  isLocalDate,
  localClockOf,
  localDateOf,
  parseInstant,
  safeTimeZone,
  weekBounds,
  type LocalDate,
} from './time';
import type {
  Advice,
  Classification,
  Effort,
  Level,
  PlanInput,
  Run,
  SessionKind,
  Settings,
  StrengthEntry,
} from './types';

/** How far back a finished run still counts as "today's run". */
export const LOOKBACK_MS = 36 * 3_600_000;
const HOUR_MS = 3_600_000;

/** Settings with broken values replaced by defaults, so one bad stored field never breaks the advice. */
export function normalizeSettings(settings: Partial<Settings> | undefined): Settings {
  const s = settings && typeof settings === 'object' ? settings : {};
  const level: Level = s.level === 2 || s.level === 3 ? s.level : 1;
  return {
    level,
    phase: s.phase === 'off-season' || s.phase === 'build' || s.phase === 'taper' ? s.phase : 'auto',
    raceDate: typeof s.raceDate === 'string' && isLocalDate(s.raceDate) ? s.raceDate : undefined,
    sessionsPerWeek: sane(s.sessionsPerWeek, 0, 14),
    windowHours: sane(s.windowHours, 0.25, 24) ?? 3,
    weekStartsOn: s.weekStartsOn === 0 ? 0 : 1,
    equipment: s.equipment === 'weights' ? 'weights' : 'bodyweight',
  };
}

/** The runner's own verdict for a run, looked up under every key the run is known by. */
export function overrideFor(run: Run, overrides: Record<string, Effort> | undefined): Effort | undefined {
  if (!overrides || typeof overrides !== 'object') return undefined;
  for (const key of runKeys(run)) {
    const value = overrides[key];
    if (value === 'hard' || value === 'easy') return value;
  }
  return undefined;
}

/** The classification with the runner's correction applied (effort changes, reasons say so). */
export function withOverride(classification: Classification, override: Effort | undefined): Classification {
  if (!override || override === classification.effort) return classification;
  return {
    ...classification,
    effort: override,
    confidence: 'high',
    reasons: [
      `You marked this run as ${override}; that overrides the automatic reading`,
      ...classification.reasons,
    ],
  };
}

/** Local date of a log entry: a plain date as written, an instant in the runner's zone. */
export function entryDate(entry: StrengthEntry, timeZone: string): LocalDate | null {
  if (!entry || typeof entry.date !== 'string') return null;
  if (isLocalDate(entry.date)) return entry.date;
  const ms = parseInstant(entry.date);
  return Number.isFinite(ms) ? localDateOf(ms, timeZone) : null;
}

export function doneInWeek(
  log: readonly StrengthEntry[],
  days: readonly LocalDate[],
  timeZone: string,
): number {
  const inWeek = new Set(days);
  return log.filter((entry) => entry?.status === 'done' && inWeek.has(entryDate(entry, timeZone) ?? ''))
    .length;
}

function sessionKindFor(classification: Classification): SessionKind {
  return isHardKind(classification.kind) ? classification.kind : 'hard';
}

const KIND_HEADLINE: Record<Classification['kind'], string> = {
  race: 'Race',
  long: 'Long run',
  intervals: 'Intervals',
  tempo: 'Tempo run',
  hills: 'Hill session',
  easy: 'Easy run',
  recovery: 'Recovery run',
};

export function planDay(input: PlanInput): Advice {
  try {
    return planUnsafe(input);
  } catch {
    return {
      kind: 'no-run',
      reasons: ['Some stored data could not be read, so there is no advice right now'],
    };
  }
}

interface Decision {
  run: Run;
  classification: Classification;
  reasons: string[];
}

function planUnsafe(input: PlanInput): Advice {
  const nowMs = input.now instanceof Date ? input.now.getTime() : Number.NaN;
  if (!Number.isFinite(nowMs))
    return { kind: 'no-run', reasons: ['The current time is unknown, so no advice'] };
  const now = new Date(nowMs);
  const settings = normalizeSettings(input.settings);
  const zone = safeTimeZone(input.timeZone);
  const log = Array.isArray(input.log) ? input.log.filter((e) => e && typeof e === 'object') : [];
  const all = dedupeRuns(Array.isArray(input.runs) ? input.runs : []);
  const own = all.filter((run) => isOwnRun(run) && Number.isFinite(runStartMs(run)));

  const decision = input.focusRunKey ? decideFocused(input, all, own) : decideLatest(input, own, nowMs, zone);
  if ('kind' in decision) return decision;
  const { run, classification } = decision;
  const reasons = [...decision.reasons];
  const endMs = runEndMs(run);
  const day = localDateOf(runStartMs(run), zone);

  if (classification.effort === 'easy') {
    return {
      kind: 'easy-day',
      run,
      reasons: [
        ...reasons,
        'Keep easy days easy: no strength after an easy run, so your next hard run stays hard',
      ],
    };
  }

  const logged = log.find(
    (entry) => typeof entry.runId === 'string' && runKeysWithBareId(run).has(entry.runId),
  );
  if (logged) {
    const words =
      logged.status === 'done'
        ? 'You already logged a strength session for this run'
        : 'You chose to skip strength for this run';
    return { kind: 'done', run, reasons: [words, ...reasons] };
  }
  const sameDay = log.find((entry) => entry.status === 'done' && entryDate(entry, zone) === day);
  if (sameDay) {
    return {
      kind: 'done',
      run,
      reasons: ['You already did a strength session that day; one is enough', ...reasons],
    };
  }

  const windowEndMs = endMs + settings.windowHours * HOUR_MS;
  const insideWindow = nowMs <= windowEndMs;
  const week = weekBounds(now, settings.weekStartsOn, zone);
  const done = doneInWeek(log, week.days, zone);
  const target = weeklyTarget(now, settings, zone);
  const phase = effectivePhase(now, settings, zone);
  const weekLine = `This week: ${done} of ${target.target} strength session${target.target === 1 ? '' : 's'} done`;

  if (phase.phase === 'taper' || phase.phase === 'race-week') {
    if (phase.restForRace) return { kind: 'taper', run, reasons: [phase.reason, ...reasons] };
    if (!insideWindow) {
      return {
        kind: 'taper',
        run,
        reasons: [
          phase.reason,
          `The light-session window closed at ${localClockOf(windowEndMs, zone)}`,
          ...reasons,
        ],
      };
    }
    if (done >= target.target) {
      return {
        kind: 'taper',
        run,
        reasons: [phase.reason, `${weekLine}: that is enough before a race`, ...reasons],
      };
    }
    const session = buildSession({
      kind: 'taper',
      level: settings.level,
      phase: phase.phase,
      now,
      equipment: settings.equipment,
      timeZone: zone,
    });
    return {
      kind: 'taper',
      run,
      session,
      reasons: [
        phase.reason,
        `A light ${session.minutes}-minute core and mobility session fits until ${localClockOf(windowEndMs, zone)}`,
        ...reasons,
      ],
    };
  }

  if (done >= target.target) {
    return {
      kind: 'quota-met',
      run,
      reasons: [`${weekLine}: target reached, so rest counts as training now`, ...target.reasons, ...reasons],
    };
  }

  const windowWords = `${formatDuration(settings.windowHours * 3600)} after the run ended`;
  if (!insideWindow) {
    return {
      kind: 'window-missed',
      run,
      windowEnded: new Date(windowEndMs).toISOString(),
      reasons: [
        `The strength window (${windowWords}) closed at ${localClockOf(windowEndMs, zone)}; save strength for your next hard day`,
        ...reasons,
      ],
    };
  }
  const session = buildSession({
    kind: sessionKindFor(classification),
    level: settings.level,
    phase: phase.phase,
    now,
    equipment: settings.equipment,
    timeZone: zone,
  });
  // No time left in the words: the popup and the card count it down live, and the advice stays the same until the
  // window closes, so the background can hand out a computed view until then.
  const strengthReasons = [
    `Strength fits now: the window is open until ${localClockOf(windowEndMs, zone)}`,
    ...reasons,
    weekLine,
    phase.reason,
  ];
  if (settings.equipment === 'weights') strengthReasons.push(COACH_NOTE);
  return {
    kind: 'strength',
    run,
    windowEnds: new Date(windowEndMs).toISOString(),
    session,
    reasons: strengthReasons,
  };
}

function runKeysWithBareId(run: Run): Set<string> {
  return new Set([...runKeys(run), String(run.id)]);
}

function describe(run: Run, classification: Classification, override: Effort | undefined): string[] {
  const label = KIND_HEADLINE[classification.kind] ?? 'Run';
  const out = [`${label} (${classification.effort}): ${classification.reasons[0] ?? 'no detail'}`];
  if (override) out.unshift(`You marked "${run.title || 'this run'}" as ${override}`);
  return out;
}

function classifyWithOverride(run: Run, own: Run[], overrides: PlanInput['overrides']) {
  const override = overrideFor(run, overrides);
  const classification = withOverride(classifyRun(run, own), override);
  return { classification, override };
}

function decideFocused(input: PlanInput, all: Run[], own: Run[]): Decision | Advice {
  const run = all.find((candidate) => runKeys(candidate).includes(input.focusRunKey!));
  if (!run) return { kind: 'no-run', reasons: ['This run is not among the runs HardDay has seen'] };
  if (!isOwnRun(run))
    return { kind: 'no-run', reasons: ["This is someone else's run, so there is no advice for it"] };
  if (!Number.isFinite(runStartMs(run)))
    return { kind: 'no-run', reasons: ['The start time of this run is unreadable'] };
  const { classification, override } = classifyWithOverride(run, own, input.overrides);
  return { run, classification, reasons: describe(run, classification, override) };
}

function decideLatest(input: PlanInput, own: Run[], nowMs: number, zone: string): Decision | Advice {
  const ended = own.filter((run) => runEndMs(run) <= nowMs);
  const latest = ended.reduce<Run | undefined>(
    (best, run) => (!best || runEndMs(run) > runEndMs(best) ? run : best),
    undefined,
  );
  if (!latest || runEndMs(latest) < nowMs - LOOKBACK_MS) {
    const reasons = ['No run of yours finished in the last 36 hours'];
    if (latest) reasons.push(`Your last run ended ${formatDuration((nowMs - runEndMs(latest)) / 1000)} ago`);
    if (own.some((run) => runStartMs(run) <= nowMs && runEndMs(run) > nowMs)) {
      reasons.push('A run is still in progress; advice follows when it ends');
    }
    return { kind: 'no-run', reasons };
  }
  const day = localDateOf(runStartMs(latest), zone);
  // Only runs from the last two days can share the latest run's local day; skip the zone maths for the rest.
  const sameDay = ended.filter(
    (run) =>
      runStartMs(run) >= runStartMs(latest) - 2 * 86_400_000 && localDateOf(runStartMs(run), zone) === day,
  );
  const judged = sameDay.map((run) => ({ run, ...classifyWithOverride(run, own, input.overrides) }));
  const hardOnes = judged.filter((j) => j.classification.effort === 'hard');
  const pool = hardOnes.length > 0 ? hardOnes : judged;
  const chosen = pool.reduce((best, j) => (runEndMs(j.run) > runEndMs(best.run) ? j : best));
  const reasons = describe(chosen.run, chosen.classification, chosen.override);
  if (judged.length > 1) {
    reasons.push(
      hardOnes.length > 0
        ? `${judged.length} runs that day; the hard one (${KIND_WORD[chosen.classification.kind]}) decides`
        : `${judged.length} runs that day, all easy`,
    );
  }
  return { run: chosen.run, classification: chosen.classification, reasons };
}
