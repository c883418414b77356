// The day's advice: strength inside the window after a hard run, never on an easy day, never over the weekly
// target, never within 48 h of the last full session (72 h from 45), never past the evening cut-off, only light work
// in the days after a race and before one. Every answer says why, with the numbers.

import { classifyRun, isHardKind } from './classify';
import { eveningCutoffMs, isClockTime } from './evening';
import { ago, clock, day, dayClock, duration, type Message, msg, nested, text } from './message';
import { effectivePhase } from './phase';
import { raceRecoveryOn } from './race-recovery';
import { recentRunsFor } from './runner-baseline';
import { dedupeRuns, isOwnRun, runEndMs, runKeys, runStartMs, sane } from './runs';
import { buildSession, sessionWeightOf } from './sessions';
import {
  isFullSession,
  isFullSessionEntry,
  isMasters,
  lastFullSessionMs,
  MASTERS_AGE,
  MIN_GAP_HOURS,
  minGapHours,
  nextFullSessionMs,
} from './spacing';
import { strengthTarget, type StrengthTarget } from './target';
import { normalizeUsualWeek } from './usual-day';
import {
  addDays,
  parseInstant,
  DAY_MS,
  HOUR_MS,
  isLocalDate,
  type LocalDate,
  localDateOf,
  safeTimeZone,
  weekBounds,
} from './time';
import type {
  Advice,
  Classification,
  EffectivePhase,
  Effort,
  Level,
  PlanInput,
  Run,
  RunnerProfile,
  Session,
  SessionKind,
  Settings,
  StrengthEntry,
} from './types';

/** How far back a finished run still counts as "today's run". */
export const LOOKBACK_MS = 36 * HOUR_MS;

/** Settings with broken values replaced by defaults, so one bad stored field never breaks the advice. */
export function normalizeSettings(settings: Partial<Settings> | undefined): Settings {
  const s = settings && typeof settings === 'object' ? settings : {};
  const level: Level = s.level === 2 || s.level === 3 ? s.level : 1;
  return {
    level,
    phase: s.phase === 'off-season' || s.phase === 'build' || s.phase === 'taper' ? s.phase : 'auto',
    raceDate: typeof s.raceDate === 'string' && isLocalDate(s.raceDate) ? s.raceDate : undefined,
    sessionsPerWeek: clampSessionsPerWeek(s.sessionsPerWeek),
    windowHours: sane(s.windowHours, 0.25, 24) ?? 3,
    weekStartsOn: s.weekStartsOn === 0 ? 0 : 1,
    equipment: s.equipment === 'weights' ? 'weights' : 'bodyweight',
    ...optional('raceDistanceM', sane(s.raceDistanceM, 400, 500_000)),
    ...optional('latestSessionTime', isClockTime(s.latestSessionTime) ? s.latestSessionTime : undefined),
    ...optional('birthYear', Number.isInteger(s.birthYear) ? sane(s.birthYear, 1900, 2100) : undefined),
    ...optional('maxHr', sane(s.maxHr, 100, 240)),
    ...optional('usualWeek', normalizeUsualWeek(s.usualWeek)),
  };
}

/** Whole sessions a week, 1–3 (the article's range; 0 would mean "no strength", which no phase asks for). */
export function clampSessionsPerWeek(value: unknown): number | undefined {
  const n = sane(value, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  return n === undefined ? undefined : Math.min(3, Math.max(1, Math.round(n)));
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

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
    reasons: [msg(`advice.overridden.${override}`), ...classification.reasons],
  };
}

// The plan, the week and the history each read the dates of the whole log again, and an instant's local date is an
// Intl call: remember them by zone and instant (the answer never changes), a bounded number at a time.
const entryDates = new Map<string, LocalDate | null>();
const MAX_REMEMBERED_DATES = 20_000;

/** Local date of a log entry: a plain date as written, an instant in the runner's zone. */
export function entryDate(entry: StrengthEntry, timeZone: string): LocalDate | null {
  if (!entry || typeof entry.date !== 'string') return null;
  const key = `${timeZone}\n${entry.date}`;
  let date = entryDates.get(key);
  if (date === undefined) {
    if (isLocalDate(entry.date)) date = entry.date;
    else {
      const ms = parseInstant(entry.date);
      date = Number.isFinite(ms) ? localDateOf(ms, timeZone) : null;
    }
    if (entryDates.size >= MAX_REMEMBERED_DATES) entryDates.clear();
    entryDates.set(key, date);
  }
  return date;
}

export function doneInWeek(
  log: readonly StrengthEntry[],
  days: readonly LocalDate[],
  timeZone: string,
): number {
  const inWeek = new Set(days);
  return log.filter((entry) => isFullSessionEntry(entry) && inWeek.has(entryDate(entry, timeZone) ?? ''))
    .length;
}

function sessionKindFor(classification: Classification): SessionKind {
  return isHardKind(classification.kind) ? classification.kind : 'hard';
}

export function planDay(input: PlanInput): Advice {
  try {
    return planUnsafe(input);
  } catch {
    return { kind: 'no-run', reasons: [msg('advice.unreadableData')] };
  }
}

interface Decision {
  run: Run;
  classification: Classification;
  reasons: Message[];
  /** The runner corrected this run's effort. */
  overridden: boolean;
}

/** Everything the steps of the plan share, read once. */
interface PlanContext {
  now: Date;
  nowMs: number;
  settings: Settings;
  zone: string;
  log: StrengthEntry[];
  all: Run[];
  own: Run[];
  profile: RunnerProfile;
  masters: boolean;
  overrides: PlanInput['overrides'];
  judge: (run: Run) => Classification;
  /** This week's target (computed once: it reads the whole history's volume). */
  target: () => StrengthTarget;
}

function contextOf(input: PlanInput): PlanContext | Advice {
  const nowMs = input.now instanceof Date ? input.now.getTime() : Number.NaN;
  if (!Number.isFinite(nowMs)) return { kind: 'no-run', reasons: [msg('advice.noClock')] };
  const now = new Date(nowMs);
  const settings = normalizeSettings(input.settings);
  const zone = safeTimeZone(input.timeZone);
  const log = Array.isArray(input.log) ? input.log.filter((e) => e && typeof e === 'object') : [];
  const all = dedupeRuns(Array.isArray(input.runs) ? input.runs : []);
  const own = all.filter((run) => isOwnRun(run) && Number.isFinite(runStartMs(run)));
  const profile = profileOf(settings);
  const recent = recentRunsFor(own);
  const judged = new Map<Run, Classification>();
  const judge = (run: Run) => {
    let found = judged.get(run);
    if (!found) {
      found = withOverride(classifyRun(run, recent(run), profile), overrideFor(run, input.overrides));
      judged.set(run, found);
    }
    return found;
  };
  return {
    now,
    nowMs,
    settings,
    zone,
    log,
    all,
    own,
    profile,
    masters: isMasters(settings.birthYear, now),
    overrides: input.overrides,
    judge,
    target: once(() => strengthTarget(now, settings, zone, own)),
  };
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export function profileOf(settings: Settings): RunnerProfile {
  return { birthYear: settings.birthYear, maxHr: settings.maxHr };
}

function planUnsafe(input: PlanInput): Advice {
  const ctx = contextOf(input);
  if ('kind' in ctx) return ctx;
  const decision = input.focusRunKey ? decideFocused(ctx, input.focusRunKey) : decideLatest(ctx);
  const advice = 'kind' in decision ? decision : adviceFor(ctx, decision);
  // The popup's "today" may be a rest day that suits the foundation session; the card speaks of its own run only.
  const foundation = input.focusRunKey ? null : foundationToday(ctx, advice);
  return foundation ?? withMobility(ctx, advice);
}

/** The short mobility routine fits any day; it rides along with every advice that offers no session of its own. */
function withMobility(ctx: PlanContext, advice: Advice): Advice {
  if (advice.kind === 'strength' || advice.kind === 'foundation' || advice.kind === 'race-recovery')
    return advice;
  if (advice.kind === 'taper' && advice.session) return advice;
  return { ...advice, mobility: sessionFor(ctx, 'mobility') };
}

function sessionFor(ctx: PlanContext, kind: SessionKind, phase?: EffectivePhase): Session {
  return buildSession({
    kind,
    level: ctx.settings.level,
    phase: phase ?? effectivePhase(ctx.now, ctx.settings, ctx.zone).phase,
    now: ctx.now,
    equipment: ctx.settings.equipment,
    timeZone: ctx.zone,
    masters: ctx.masters,
    firstSessionDate: firstFullSessionDate(ctx),
  });
}

function firstFullSessionDate(ctx: PlanContext): string | undefined {
  let first: string | undefined;
  for (const entry of ctx.log) {
    if (!isFullSessionEntry(entry)) continue;
    const date = entryDate(entry, ctx.zone);
    if (date && (first === undefined || date < first)) first = date;
  }
  return first;
}

/** The strength window after a run: `windowHours` from its end, never past the evening cut-off of its day. */
export function strengthWindow(run: Run, settings: Settings, timeZone: string) {
  const endMs = runEndMs(run);
  const cutoffMs = eveningCutoffMs(
    localDateOf(runStartMs(run), timeZone),
    settings.latestSessionTime,
    timeZone,
  );
  const fullEndMs = endMs + settings.windowHours * HOUR_MS;
  return {
    endMs: Math.min(fullEndMs, cutoffMs),
    cutoffMs,
    tooLate: endMs >= cutoffMs,
    cutShort: cutoffMs < fullEndMs,
  };
}

function adviceFor(ctx: PlanContext, decision: Decision): Advice {
  const { run, classification } = decision;
  const { nowMs, settings, zone, log } = ctx;
  const reasons = [...decision.reasons];
  const runDay = localDateOf(runStartMs(run), zone);

  const logged = log.find(
    (entry) =>
      typeof entry.runId === 'string' &&
      runKeysWithBareId(run).has(entry.runId) &&
      sessionWeightOf(String(entry.sessionId)) !== 'mobility',
  );
  if (logged) {
    const words = msg(logged.status === 'done' ? 'advice.alreadyLogged' : 'advice.chosenSkip');
    return { kind: 'done', run, reasons: [words, ...reasons] };
  }

  const slot = strengthWindow(run, settings, zone);
  const phase = effectivePhase(ctx.now, settings, zone);
  const recovery = raceRecoveryOn(runDay, ctx.own, ctx.judge, settings, zone);
  // An old race's recovery is long over: its activity page gets the usual answer (the window has closed). The two
  // days before the next race come first: then even the light recovery routine waits (the taper answer below).
  if (recovery && localDateOf(nowMs, zone) < recovery.ends && !phase.restForRace) {
    const session = sessionFor(ctx, 'race', 'recovery');
    const lastDay = addDays(recovery.ends, -1);
    return {
      kind: 'race-recovery',
      run,
      recoveryEnds: recovery.ends,
      session,
      reasons: [
        recovery.reason,
        lastDay === runDay
          ? msg('advice.recoveryUntilTonight', { minutes: session.minutes })
          : msg('advice.recoveryUntil', { day: day(lastDay), minutes: session.minutes }),
        ...reasons,
      ],
    };
  }

  if (classification.effort === 'easy') {
    const ask = classification.askFeltHard === true && !decision.overridden;
    return {
      kind: 'easy-day',
      run,
      ...(ask ? { askFeltHard: true } : {}),
      reasons: [...reasons, msg(ask ? 'advice.askFeltHard' : 'advice.keepEasyDaysEasy')],
    };
  }

  const sameDay = log.find((entry) => isFullSessionEntry(entry) && entryDate(entry, zone) === runDay);
  if (sameDay) {
    return {
      kind: 'done',
      run,
      reasons: [msg('advice.sameDayDone'), ...reasons],
    };
  }

  const insideWindow = nowMs <= slot.endMs;
  const week = weekBounds(ctx.now, settings.weekStartsOn, zone);
  const done = doneInWeek(log, week.days, zone);
  const target = ctx.target();
  const weekLine = weekLineOf(done, target.target);
  const closes = clock(slot.endMs, zone);

  if (phase.phase === 'taper' || phase.phase === 'race-week') {
    if (phase.restForRace) return { kind: 'taper', run, reasons: [phase.reason, ...reasons] };
    if (!insideWindow) {
      return {
        kind: 'taper',
        run,
        reasons: [phase.reason, msg('advice.lightWindowClosed', { clock: closes }), ...reasons],
      };
    }
    const lightDone = lightOrFullInWeek(log, week.days, zone);
    if (lightDone >= target.target) {
      return {
        kind: 'taper',
        run,
        reasons: [
          phase.reason,
          msg('advice.lightSessionsEnough', { done: lightDone, count: target.target }),
          ...reasons,
        ],
      };
    }
    const session = sessionFor(ctx, 'taper', phase.phase);
    return {
      kind: 'taper',
      run,
      session,
      reasons: [
        phase.reason,
        msg('advice.lightSessionFits', { minutes: session.minutes, clock: closes }),
        ...reasons,
      ],
    };
  }

  if (done >= target.target) {
    const words = msg(target.target === 0 ? 'advice.mobilityOnlyWeek' : 'advice.targetReached', {
      week: nested(weekLine),
    });
    return { kind: 'quota-met', run, reasons: [words, ...target.reasons, ...reasons] };
  }

  if (slot.tooLate) {
    return {
      kind: 'window-missed',
      run,
      windowEnded: new Date(slot.endMs).toISOString(),
      reasons: [msg('advice.tooLateTonight', { clock: clock(slot.cutoffMs, zone) }), ...reasons],
    };
  }
  if (!insideWindow) {
    const windowWords = slot.cutShort
      ? msg('advice.windowUntilCutoff', { clock: clock(slot.cutoffMs, zone) })
      : msg('advice.windowAfterRun', { duration: duration(settings.windowHours * 3600) });
    return {
      kind: 'window-missed',
      run,
      windowEnded: new Date(slot.endMs).toISOString(),
      reasons: [msg('advice.windowClosed', { window: nested(windowWords), clock: closes }), ...reasons],
    };
  }

  const gapHours = minGapHours(settings.birthYear, ctx.now);
  const nextFull = nextFullSessionMs(log, nowMs, zone, gapHours);
  if (nextFull !== undefined) {
    const last = lastFullSessionMs(log, nowMs, zone)!;
    const fits =
      nextFull <= slot.endMs
        ? msg('advice.nextFitsBeforeClose', { from: clock(nextFull, zone), clock: closes })
        : msg('advice.nextFitsFrom', { from: dayClock(nextFull, nowMs, zone) });
    const gap = duration(gapHours * 3600);
    return {
      kind: 'spacing',
      run,
      nextFullSession: new Date(nextFull).toISOString(),
      reasons: [
        gapHours > MIN_GAP_HOURS
          ? msg('advice.spacingMasters', {
              ago: ago(last, nowMs, zone),
              gap,
              age: MASTERS_AGE,
              fits: nested(fits),
            })
          : msg('advice.spacing', { ago: ago(last, nowMs, zone), gap, fits: nested(fits) }),
        ...reasons,
        weekLine,
      ],
    };
  }

  const session = sessionFor(ctx, sessionKindFor(classification), phase.phase);
  // No time left in the words: the popup and the card count it down live, and the advice stays the same until the
  // window closes, so the background can hand out a computed view until then.
  const strengthReasons: Message[] = [
    msg(slot.cutShort ? 'advice.strengthFitsUntilCutoff' : 'advice.strengthFits', { clock: closes }),
    ...reasons,
    weekLine,
    ...target.reasons,
  ];
  if (settings.equipment === 'weights') strengthReasons.push(msg('advice.coachNote'));
  return {
    kind: 'strength',
    run,
    windowEnds: new Date(slot.endMs).toISOString(),
    session,
    reasons: strengthReasons,
  };
}

function lightOrFullInWeek(log: readonly StrengthEntry[], days: readonly LocalDate[], zone: string): number {
  const inWeek = new Set(days);
  return log.filter(
    (entry) =>
      entry.status === 'done' &&
      sessionWeightOf(String(entry.sessionId)) !== 'mobility' &&
      inWeek.has(entryDate(entry, zone) ?? ''),
  ).length;
}

/** "This week: 1 of 3 strength sessions done". */
function weekLineOf(done: number, target: number): Message {
  return msg('advice.weekLine', { done, count: target });
}

/**
 * A rest day for a runner without hard days to pair strength with — a newcomer who only runs easy, or anyone not
 * running for a while — gets the foundation session, inside the same guard rails as strength after a hard run.
 */
function foundationToday(ctx: PlanContext, advice: Advice): Advice | null {
  if (advice.kind !== 'no-run' && advice.kind !== 'easy-day' && advice.kind !== 'window-missed') return null;
  const { nowMs, zone, settings, log } = ctx;
  const today = localDateOf(nowMs, zone);
  // Whole local days, so the answer changes at midnight rather than at the hour of an old run.
  const weekAgo = addDays(today, -7);
  const recent = ctx.own.filter((run) => runStartMs(run) >= nowMs - 9 * DAY_MS);
  const datedRecent = recent.map((run) => ({ run, date: localDateOf(runStartMs(run), zone) }));
  if (datedRecent.some((d) => d.date === today)) return null;
  const lastWeek = datedRecent.filter((d) => d.date > weekAgo && d.date < today).map((d) => d.run);
  // "Not running for a while" needs a past: with no run seen at all, HardDay knows nothing about this runner yet.
  const notRunning = lastWeek.length === 0 && ctx.own.some((run) => runStartMs(run) < nowMs);
  const newcomerWithoutHardDays =
    settings.level === 1 && !lastWeek.some((run) => ctx.judge(run).effort === 'hard');
  if (!notRunning && !newcomerWithoutHardDays) return null;
  const phase = effectivePhase(ctx.now, settings, zone);
  if (phase.phase !== 'off-season' && phase.phase !== 'build') return null;
  if (raceRecoveryOn(today, ctx.own, ctx.judge, settings, zone)) return null;
  const weekDays = weekBounds(ctx.now, settings.weekStartsOn, zone).days;
  const done = doneInWeek(log, weekDays, zone);
  const target = ctx.target();
  if (done >= target.target) return null;
  if (log.some((entry) => isFullSession(entry) && entryDate(entry, zone) === today)) return null;
  const gapHours = minGapHours(settings.birthYear, ctx.now);
  if (nextFullSessionMs(log, nowMs, zone, gapHours) !== undefined) return null;
  const cutoff = eveningCutoffMs(today, settings.latestSessionTime, zone);
  if (nowMs >= cutoff) return null;
  const session = sessionFor(ctx, 'foundation', phase.phase);
  const last = lastFullSessionMs(log, nowMs, zone);
  const why = msg(notRunning ? 'advice.foundationNotRunning' : 'advice.foundationNoHardRun');
  return {
    kind: 'foundation',
    ...('run' in advice ? { run: advice.run } : {}),
    until: new Date(cutoff).toISOString(),
    session,
    reasons: [
      msg('advice.foundationFits', { minutes: session.minutes, clock: clock(cutoff, zone) }),
      why,
      weekLineOf(done, target.target),
      last === undefined
        ? msg('advice.firstSession')
        : msg('advice.lastSessionRested', { ago: ago(last, nowMs, zone) }),
      ...target.reasons.slice(1),
      ...advice.reasons,
    ],
  };
}

function runKeysWithBareId(run: Run): Set<string> {
  return new Set([...runKeys(run), String(run.id)]);
}

function describe(run: Run, classification: Classification, override: Effort | undefined): Message[] {
  const first = classification.reasons[0];
  const out = [
    msg(`advice.verdict.${classification.effort}`, {
      kind: nested(msg(`common.runKind.name.${classification.kind}`)),
      reason: nested(first ?? msg('advice.noDetail')),
    }),
  ];
  const title = typeof run.title === 'string' ? run.title.trim() : '';
  if (override) {
    out.unshift(
      title
        ? msg(`advice.youMarkedTitle.${override}`, { title: text(title) })
        : msg(`advice.youMarkedThisRun.${override}`),
    );
  }
  return out;
}

function decideFocused(ctx: PlanContext, focusRunKey: string): Decision | Advice {
  const run = ctx.all.find((candidate) => runKeys(candidate).includes(focusRunKey));
  if (!run) return { kind: 'no-run', reasons: [msg('advice.runNotSeen')] };
  if (!isOwnRun(run)) return { kind: 'no-run', reasons: [msg('advice.someoneElsesRun')] };
  if (!Number.isFinite(runStartMs(run))) return { kind: 'no-run', reasons: [msg('advice.unreadableStart')] };
  const override = overrideFor(run, ctx.overrides);
  const classification = ctx.judge(run);
  return { run, classification, overridden: !!override, reasons: describe(run, classification, override) };
}

function decideLatest(ctx: PlanContext): Decision | Advice {
  const { own, nowMs, zone } = ctx;
  const ended = own.filter((run) => runEndMs(run) <= nowMs);
  const latest = ended.reduce<Run | undefined>(
    (best, run) => (!best || runEndMs(run) > runEndMs(best) ? run : best),
    undefined,
  );
  if (!latest || runEndMs(latest) < nowMs - LOOKBACK_MS) {
    const reasons = [msg('advice.noRecentRun')];
    if (latest) reasons.push(msg('advice.lastRunEnded', { ago: ago(runEndMs(latest), nowMs, zone) }));
    if (own.some((run) => runStartMs(run) <= nowMs && runEndMs(run) > nowMs)) {
      reasons.push(msg('advice.runInProgress'));
    }
    return { kind: 'no-run', reasons };
  }
  const day = localDateOf(runStartMs(latest), zone);
  // Only runs from the last two days can share the latest run's local day; skip the zone maths for the rest.
  const sameDay = ended.filter(
    (run) =>
      runStartMs(run) >= runStartMs(latest) - 2 * 86_400_000 && localDateOf(runStartMs(run), zone) === day,
  );
  const judged = sameDay.map((run) => {
    const override = overrideFor(run, ctx.overrides);
    return { run, override, classification: ctx.judge(run) };
  });
  const hardOnes = judged.filter((j) => j.classification.effort === 'hard');
  const pool = hardOnes.length > 0 ? hardOnes : judged;
  const chosen = pool.reduce((best, j) => (runEndMs(j.run) > runEndMs(best.run) ? j : best));
  const reasons = describe(chosen.run, chosen.classification, chosen.override);
  if (judged.length > 1) {
    reasons.push(
      hardOnes.length > 0
        ? msg('advice.runsThatDayHard', {
            count: judged.length,
            kind: nested(msg(`common.runKind.inSentence.${chosen.classification.kind}`)),
          })
        : msg('advice.runsThatDayEasy', { count: judged.length }),
    );
  }
  return { run: chosen.run, classification: chosen.classification, overridden: !!chosen.override, reasons };
}
