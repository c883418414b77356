// The week ahead: where strength fits in the next 7 days, after which hard run, and where only mobility fits — with
// the day's own guard rails (spacing, race recovery, evening cut-off, taper, volume spikes, weekly target). Today is
// what `planDay` says; the days after follow the runner's usual week. When a usual hard day turned out easy, or an
// extra hard run came in, the plan says what moved.

import { classifyRun } from './classify';
import { recentRunsFor } from './runner-baseline';
import { eveningCutoffMs } from './evening';
import { effectivePhase } from './phase';
import {
  entryDate,
  normalizeSettings,
  overrideFor,
  planDay,
  profileOf,
  strengthWindow,
  withOverride,
} from './plan';
import { raceRecoveryOn } from './race-recovery';
import {
  clock as clockAt,
  dayClock,
  duration,
  type Message,
  msg,
  nested,
  weekday,
  weekdays,
} from './message';
import { dedupeRuns, isOwnRun, runEndMs, runStartMs } from './runs';
import { sessionWeightOf } from './sessions';
import { entryInstantMs, isFullSessionEntry, minGapHours, MIN_GAP_HOURS, MASTERS_AGE } from './spacing';
import { strengthTarget, type StrengthTarget } from './target';
import {
  addDays,
  HOUR_MS,
  localDateOf,
  safeTimeZone,
  startOfLocalDay,
  weekdayOf,
  weekOfDate,
  type LocalDate,
} from './time';
import type {
  Advice,
  Classification,
  Effort,
  PlanInput,
  Run,
  RunKind,
  Settings,
  StrengthEntry,
} from './types';
import { isHardUsualDay, normalizeUsualWeek, type UsualDay, type UsualWeek } from './usual-day';
import { suggestUsualWeek, usualEndClocks } from './usual-week';

export const PLAN_DAYS = 7;
/** A planned window shorter than this is no real chance for a session. */
export const MIN_WINDOW_MS = 20 * 60_000;

/**
 * What fits on a day: a full strength session after a hard run, the foundation session on a rest day (newcomers
 * without hard days), a light session (taper, race recovery), only the mobility routine, or done (a full session is
 * already logged that day).
 */
export type WeekSlot = 'strength' | 'foundation' | 'light' | 'mobility' | 'done';

export type AfterRun =
  /** A run HardDay has seen (today's). */
  | { source: 'actual'; kind: RunKind; title: string }
  /** The usual hard (or long) run of that weekday, still to come. */
  | { source: 'usual'; day: 'hard' | 'long' };

export interface PlannedDay {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isToday: boolean;
  /** The usual week's type for this weekday (absent without a usual week). */
  usual?: UsualDay;
  /** Today only, once a run is in: how the day turned out. */
  ran?: Effort;
  slot: WeekSlot;
  after?: AfterRun;
  /** The window for a full or light session (ISO instants): from the run's end (or spacing) to its close. */
  from?: string;
  until?: string;
  reasons: Message[];
}

export interface WeekPlan {
  /** Today and the six days after it. */
  days: PlannedDay[];
  /** What moved against the usual week, and why; empty when the week went as usual. */
  moved: Message[];
  /** The usual week the plan follows: the runner's own, the one suggested from their runs, or none yet. */
  usual: { days?: UsualWeek; source: 'settings' | 'suggested' | 'none' };
  /** Today's advice, as `planDay` gives it: the week's first day agrees with it. */
  today: Advice;
}

export type WeekPlanInput = Omit<PlanInput, 'focusRunKey'>;

const isFull = (slot: WeekSlot) => slot === 'strength' || slot === 'foundation';

interface Context {
  nowMs: number;
  now: Date;
  today: LocalDate;
  settings: Settings;
  zone: string;
  own: Run[];
  log: StrengthEntry[];
  usual?: UsualWeek;
  endClocks: string[];
  gapMs: number;
  judge: (run: Run) => Classification;
  targetNow: StrengthTarget;
}

/**
 * Sessions placed so far (logged and planned): what spacing and the weekly counts are checked against. A planned
 * session counts at the start of its window (right after the run); done later, the next plan moves with it.
 */
interface Ledger {
  /** Instants a full session was done or is planned. */
  fullAt: number[];
  fullDates: LocalDate[];
  /** Full and light sessions (the taper's cap counts both). */
  lightDates: LocalDate[];
}

export function planWeek(input: WeekPlanInput): WeekPlan {
  const today = planDay(input);
  const ctx = contextOf(input);
  if (!ctx) return { days: [], moved: [], usual: { source: 'none' }, today };
  const usual = ctx.usual ? { days: ctx.usual, source: usualSource(input) } : { source: 'none' as const };
  const ledger = ledgerOf(ctx.log, ctx.zone);
  const days: PlannedDay[] = [];
  const todayRuns = runsOn(ctx, ctx.today);
  const decided = todayFromAdvice(ctx, today, todayRuns, ledger);
  days.push(decided ?? fromUsual(ctx, ctx.today, ctx.nowMs, ledger));
  for (let i = 1; i < PLAN_DAYS; i += 1) {
    days.push(
      fromUsual(
        ctx,
        addDays(ctx.today, i),
        startOfLocalDay(addDays(ctx.today, i), ctx.zone).getTime(),
        ledger,
      ),
    );
  }
  return { days, moved: whatMoved(ctx, days, decided), usual, today };
}

function usualSource(input: WeekPlanInput): 'settings' | 'suggested' {
  return normalizeUsualWeek(input.settings?.usualWeek) ? 'settings' : 'suggested';
}

function contextOf(input: WeekPlanInput): Context | null {
  const nowMs = input.now instanceof Date ? input.now.getTime() : Number.NaN;
  if (!Number.isFinite(nowMs)) return null;
  const now = new Date(nowMs);
  const settings = normalizeSettings(input.settings);
  const zone = safeTimeZone(input.timeZone);
  const own = dedupeRuns(Array.isArray(input.runs) ? input.runs : []).filter(
    (run) => isOwnRun(run) && Number.isFinite(runStartMs(run)),
  );
  const log = Array.isArray(input.log) ? input.log.filter((e) => e && typeof e === 'object') : [];
  const profile = profileOf(settings);
  // The classifier looks at 28 days before a run; hand it those, not the whole history (same verdicts, see week.ts).
  const recentFor = recentRunsFor(own);
  const judged = new Map<Run, Classification>();
  const judge = (run: Run) => {
    let found = judged.get(run);
    if (!found) {
      found = withOverride(classifyRun(run, recentFor(run), profile), overrideFor(run, input.overrides));
      judged.set(run, found);
    }
    return found;
  };
  const suggestion = () => {
    const s = suggestUsualWeek(own, now, zone, { overrides: input.overrides, settings });
    return s.weeks > 0 ? s.days : undefined;
  };
  return {
    nowMs,
    now,
    today: localDateOf(nowMs, zone),
    settings,
    zone,
    own,
    log,
    usual: normalizeUsualWeek(settings.usualWeek) ?? suggestion(),
    endClocks: usualEndClocks(own, now, zone),
    gapMs: minGapHours(settings.birthYear, now) * HOUR_MS,
    judge,
    targetNow: strengthTarget(now, settings, zone, own),
  };
}

function ledgerOf(log: readonly StrengthEntry[], zone: string): Ledger {
  const ledger: Ledger = { fullAt: [], fullDates: [], lightDates: [] };
  for (const entry of log) {
    const date = entryDate(entry, zone);
    if (!date || entry.status !== 'done') continue;
    const weight = sessionWeightOf(String(entry.sessionId));
    if (weight === 'mobility') continue;
    ledger.lightDates.push(date);
    if (!isFullSessionEntry(entry)) continue;
    ledger.fullDates.push(date);
    const at = entryInstantMs(entry, zone);
    if (Number.isFinite(at)) ledger.fullAt.push(at);
  }
  return ledger;
}

/** Own runs that started on a local day and have ended by now. */
function runsOn(ctx: Context, date: LocalDate): Run[] {
  return ctx.own.filter(
    (run) => runEndMs(run) <= ctx.nowMs && localDateOf(runStartMs(run), ctx.zone) === date,
  );
}

const dayOf = (ctx: Context, date: LocalDate) => ({
  date,
  weekday: weekdayOf(date),
  isToday: date === ctx.today,
  ...(ctx.usual ? { usual: ctx.usual[weekdayOf(date)] } : {}),
});

/**
 * Today, when the day's advice decides it: a run is in, or the advice offers a session. Null when today is still
 * ahead of the runner (no run yet), so the usual week plans it.
 */
function todayFromAdvice(ctx: Context, advice: Advice, todayRuns: Run[], ledger: Ledger): PlannedDay | null {
  const base = dayOf(ctx, ctx.today);
  const ran: Effort | undefined =
    todayRuns.length === 0
      ? undefined
      : todayRuns.some((r) => ctx.judge(r).effort === 'hard')
        ? 'hard'
        : 'easy';
  const withRan = ran ? { ...base, ran } : base;
  const actual = (run: Run): AfterRun => ({ source: 'actual', kind: ctx.judge(run).kind, title: run.title });
  const now = new Date(ctx.nowMs).toISOString();
  switch (advice.kind) {
    case 'strength':
      book(ledger, ctx.today, ctx.nowMs, 'full');
      return {
        ...withRan,
        slot: 'strength',
        after: actual(advice.run),
        from: now,
        until: advice.windowEnds,
        reasons: advice.reasons,
      };
    case 'foundation':
      book(ledger, ctx.today, ctx.nowMs, 'full');
      return { ...withRan, slot: 'foundation', from: now, until: advice.until, reasons: advice.reasons };
    case 'race-recovery':
      return { ...withRan, slot: 'light', after: actual(advice.run), reasons: advice.reasons };
    case 'taper':
      if (advice.session) {
        book(ledger, ctx.today, ctx.nowMs, 'light');
        const until = new Date(strengthWindow(advice.run, ctx.settings, ctx.zone).endMs).toISOString();
        return {
          ...withRan,
          slot: 'light',
          after: actual(advice.run),
          from: now,
          until,
          reasons: advice.reasons,
        };
      }
      break;
    case 'spacing': {
      // The next session may still fit inside this run's window: then the day holds it, from that instant.
      const close = strengthWindow(advice.run, ctx.settings, ctx.zone).endMs;
      const next = Date.parse(advice.nextFullSession);
      if (next <= close && localDateOf(next, ctx.zone) === ctx.today) {
        book(ledger, ctx.today, next, 'full');
        return {
          ...withRan,
          slot: 'strength',
          after: actual(advice.run),
          from: advice.nextFullSession,
          until: new Date(close).toISOString(),
          reasons: advice.reasons,
        };
      }
      break;
    }
    default:
      break;
  }
  if (todayRuns.length === 0) return null;
  const doneToday = ledger.fullDates.includes(ctx.today);
  return { ...withRan, slot: doneToday ? 'done' : 'mobility', reasons: advice.reasons };
}

function book(ledger: Ledger, date: LocalDate, at: number, weight: 'full' | 'light') {
  ledger.lightDates.push(date);
  if (weight === 'light') return;
  ledger.fullDates.push(date);
  ledger.fullAt.push(at);
}

const countIn = (dates: readonly LocalDate[], week: readonly LocalDate[]) =>
  dates.filter((d) => week.includes(d)).length;

/** A day still ahead of the runner, planned from the usual week, no earlier than `notBefore`. */
function fromUsual(ctx: Context, date: LocalDate, notBefore: number, ledger: Ledger): PlannedDay {
  const base = dayOf(ctx, date);
  const usual = base.usual;
  const mobility = (...reasons: Message[]): PlannedDay => ({ ...base, slot: 'mobility', reasons });
  const name = weekday(date);
  if (ledger.fullDates.includes(date))
    return { ...base, slot: 'done', reasons: [msg('advice.week.alreadyLogged', { day: name })] };
  if (!usual) return mobility(msg('advice.week.noUsualWeek'));
  const cutoff = eveningCutoffMs(date, ctx.settings.latestSessionTime, ctx.zone);
  const clock = ctx.endClocks[base.weekday]!;
  const runEnd = eveningCutoffMs(date, clock, ctx.zone);
  const phase = effectivePhase(new Date(Math.max(notBefore, runEnd)), ctx.settings, ctx.zone);
  if (phase.restForRace) return mobility(phase.reason);
  const recovery = raceRecoveryOn(date, ctx.own, ctx.judge, ctx.settings, ctx.zone);
  if (recovery || phase.phase === 'recovery') {
    const why = recovery?.reason ?? phase.reason;
    if (usual === 'rest') return mobility(why);
    return { ...base, slot: 'light', reasons: [why, msg('advice.week.lightAfterRun')] };
  }

  if (usual === 'easy') return mobility(msg('advice.week.usualEasy', { day: name }));
  if (usual === 'rest') return restDay(ctx, base, name, notBefore, cutoff, runEnd, ledger);

  const after: AfterRun = { source: 'usual', day: usual };
  const what = nested(msg(usual === 'long' ? 'advice.week.usualLongRun' : 'advice.week.usualHardRun'));
  if (runEnd >= cutoff) {
    return mobility(msg('advice.week.tooLate', { what, day: name, clock: clockAt(cutoff, ctx.zone) }));
  }
  const close = Math.min(runEnd + ctx.settings.windowHours * HOUR_MS, cutoff);
  const open = Math.max(runEnd, notBefore);
  if (open + MIN_WINDOW_MS > close) return mobility(msg('advice.week.windowPassed', { what }));
  const week = weekOfDate(date, ctx.settings.weekStartsOn, ctx.zone).days;
  const target = targetOn(ctx, open);
  const runLine = nested(
    msg('advice.week.afterUsualRun', { what, day: name, clock: clockAt(runEnd, ctx.zone) }),
  );

  if (phase.phase === 'taper' || phase.phase === 'race-week') {
    const light = countIn(ledger.lightDates, week);
    if (light >= target.target)
      return mobility(
        phase.reason,
        msg(`advice.week.lightEnough.${weekWord(ctx, week)}`, { done: light, count: target.target }),
      );
    book(ledger, date, open, 'light');
    return {
      ...base,
      slot: 'light',
      after,
      ...windowOf(open, close),
      reasons: [
        phase.reason,
        msg('advice.week.lightUntil', { run: runLine, clock: clockAt(close, ctx.zone) }),
      ],
    };
  }
  const done = countIn(ledger.fullDates, week);
  if (done >= target.target) {
    return mobility(
      msg(`advice.week.targetHeld.${weekWord(ctx, week)}`, { done, count: target.target }),
      ...target.reasons.slice(1),
    );
  }
  const spacing = spacingFrom(ctx, ledger, close);
  const start = Math.max(open, spacing ?? open);
  if (start + MIN_WINDOW_MS > close) {
    const fits = Number.isFinite(spacing)
      ? msg('advice.nextFitsFrom', { from: dayClock(spacing!, ctx.nowMs, ctx.zone) })
      : msg('advice.week.laterTooClose');
    const gap = duration(ctx.gapMs / 1000);
    return mobility(
      ctx.gapMs / HOUR_MS > MIN_GAP_HOURS
        ? msg('advice.week.tooRecentMasters', { run: runLine, gap, age: MASTERS_AGE, fits: nested(fits) })
        : msg('advice.week.tooRecent', { run: runLine, gap, fits: nested(fits) }),
    );
  }
  book(ledger, date, start, 'full');
  return {
    ...base,
    slot: 'strength',
    after,
    ...windowOf(start, close),
    reasons: [
      msg(close === cutoff ? 'advice.week.strengthFitsUntilCutoff' : 'advice.week.strengthFits', {
        run: runLine,
        from: clockAt(start, ctx.zone),
        clock: clockAt(close, ctx.zone),
      }),
      msg(`advice.week.sessionOf.${weekWord(ctx, week)}`, { session: done + 1, count: target.target }),
      ...target.reasons.slice(1),
    ],
  };
}

/**
 * A usual rest day: the foundation session for a newcomer whose week has no hard days (as `planDay` offers it on a
 * rest day), at the time they usually train; else mobility.
 */
function restDay(
  ctx: Context,
  base: ReturnType<typeof dayOf>,
  name: ReturnType<typeof weekday>,
  notBefore: number,
  cutoff: number,
  usualTime: number,
  ledger: Ledger,
): PlannedDay {
  const mobility = (...reasons: Message[]): PlannedDay => ({ ...base, slot: 'mobility', reasons });
  const restLine = msg('advice.week.usualRest', { day: name });
  const hardWeek = ctx.usual!.some(isHardUsualDay);
  // Today's rest-day session is planDay's to offer (it knows today's runs); the week only plans the days after.
  if (base.isToday || ctx.settings.level !== 1 || hardWeek) return mobility(restLine);
  const weekAgo = startOfLocalDay(addDays(base.date, -7), ctx.zone).getTime();
  if (ctx.own.some((run) => runStartMs(run) >= weekAgo && ctx.judge(run).effort === 'hard'))
    return mobility(restLine);
  const phase = effectivePhase(new Date(usualTime), ctx.settings, ctx.zone);
  if (phase.phase !== 'off-season' && phase.phase !== 'build') return mobility(restLine);
  const close = Math.min(usualTime + ctx.settings.windowHours * HOUR_MS, cutoff);
  const week = weekOfDate(base.date, ctx.settings.weekStartsOn, ctx.zone).days;
  const target = targetOn(ctx, usualTime);
  const done = countIn(ledger.fullDates, week);
  if (done >= target.target)
    return mobility(
      restLine,
      msg(`advice.week.sessionsHeld.${weekWord(ctx, week)}`, { done, count: target.target }),
    );
  const start = Math.max(usualTime, notBefore, spacingFrom(ctx, ledger, close) ?? usualTime);
  if (start + MIN_WINDOW_MS > close) return mobility(restLine, msg('advice.week.beforeTooRecent'));
  book(ledger, base.date, start, 'full');
  return {
    ...base,
    slot: 'foundation',
    ...windowOf(start, close),
    reasons: [
      msg('advice.week.foundationFits', { from: clockAt(start, ctx.zone), clock: clockAt(close, ctx.zone) }),
      msg('advice.week.noHardDays'),
      msg(`advice.week.sessionOf.${weekWord(ctx, week)}`, { session: done + 1, count: target.target }),
    ],
  };
}

/** Which week a count is about, as the last word of its message key. */
const weekWord = (ctx: Context, week: readonly LocalDate[]) =>
  week.includes(ctx.today) ? 'thisWeek' : 'nextWeek';

const windowOf = (from: number, until: number) => ({
  from: new Date(from).toISOString(),
  until: new Date(until).toISOString(),
});

/** The first instant the next full session fits after every one placed so far, or undefined without one. */
function spacingFrom(ctx: Context, ledger: Ledger, close: number): number | undefined {
  const before = ledger.fullAt.filter((at) => at < close);
  const after = ledger.fullAt.filter((at) => at >= close);
  // Replaying a past day (what moved), sessions logged after it count too: nothing fits within the gap before them.
  if (after.some((at) => at - close < ctx.gapMs)) return Number.POSITIVE_INFINITY;
  if (before.length === 0) return undefined;
  return Math.max(...before) + ctx.gapMs;
}

/**
 * The weekly target on a day ahead, with the runs known now: never above this week's target within this week, and a
 * volume spike seen today still lowers it later (the runs that would show the volume has settled are not in yet).
 */
function targetOn(ctx: Context, at: number): StrengthTarget {
  const later = strengthTarget(new Date(at), ctx.settings, ctx.zone, ctx.own);
  const spike = ctx.targetNow.spike;
  const carried: StrengthTarget =
    later.spike || !spike || later.target === 0
      ? later
      : {
          ...later,
          target: later.target - 1,
          spike,
          reasons: [...later.reasons, msg('advice.week.spikeCarried', { spike: nested(spike.reason) })],
        };
  const thisWeek = weekOfDate(ctx.today, ctx.settings.weekStartsOn, ctx.zone).days;
  const sameWeek = thisWeek.includes(localDateOf(at, ctx.zone));
  return sameWeek && ctx.targetNow.target < carried.target ? ctx.targetNow : carried;
}

interface Deviation {
  date: LocalDate;
  usual: UsualDay;
  /** 'easy': the usual hard day was easy; 'none': no run; 'hard': an extra hard run on a usual easy or rest day. */
  turned: 'easy' | 'none' | 'hard';
  kind?: RunKind;
}

/** Days of the last week that went differently from the usual week (today only once a run is in). */
function deviations(ctx: Context): Deviation[] {
  if (!ctx.usual) return [];
  const out: Deviation[] = [];
  for (let back = 6; back >= 0; back -= 1) {
    const date = addDays(ctx.today, -back);
    const usual = ctx.usual[weekdayOf(date)]!;
    const runs = runsOn(ctx, date);
    if (back === 0 && runs.length === 0) continue;
    const hard = runs.find((run) => ctx.judge(run).effort === 'hard');
    if (isHardUsualDay(usual) && !hard) out.push({ date, usual, turned: runs.length > 0 ? 'easy' : 'none' });
    if (!isHardUsualDay(usual) && hard) out.push({ date, usual, turned: 'hard', kind: ctx.judge(hard).kind });
  }
  return out;
}

/**
 * What moved: the plan is compared with the one the week would have had if the days that went differently had gone
 * as usual (a session after the usual hard day, none after the extra hard run); the difference is said in words.
 */
function whatMoved(ctx: Context, days: readonly PlannedDay[], decidedToday: PlannedDay | null): Message[] {
  const changed = deviations(ctx);
  if (changed.length === 0) return [];
  // A today that went as usual keeps the advice's answer in the comparison too.
  const keepToday = decidedToday && !changed.some((d) => d.date === ctx.today) ? decidedToday : null;
  const baseline = baselineDays(ctx, changed, keepToday);
  // The changed days themselves count too: a session done after an extra hard run, one missed after a usual hard day.
  const pastDone = changed
    .map((d) => d.date)
    .filter((date) => date < ctx.today && ledgerOf(ctx.log, ctx.zone).fullDates.includes(date));
  const planned = new Set([...pastDone, ...days.filter((d) => isFull(d.slot)).map((d) => d.date)]);
  const expected = new Set(baseline.filter((d) => isFull(d.slot)).map((d) => d.date));
  const gained = [...planned].filter((d) => !expected.has(d)).sort();
  const lost = [...expected].filter((d) => !planned.has(d)).sort();
  const lines = changed.map((d) => deviationWords(ctx, d));
  const names = (dates: LocalDate[]) => weekdays(dates, ctx.today);
  if (gained.length > 0 && lost.length > 0)
    lines.push(msg('advice.week.moves', { from: names(lost), to: names(gained) }));
  else if (lost.length > 0) lines.push(msg('advice.week.drops', { days: names(lost) }));
  else if (gained.length > 0) lines.push(msg('advice.week.comesIn', { days: names(gained) }));
  else lines.push(msg('advice.week.asPlanned'));
  return lines;
}

function deviationWords(ctx: Context, d: Deviation): Message {
  const day = weekdays([d.date], ctx.today, true);
  const usual = nested(msg(d.usual === 'long' ? 'advice.week.usualLongRun' : 'advice.week.usualHardDay'));
  if (d.turned === 'easy') return msg('advice.week.turnedEasy', { day, usual });
  if (d.turned === 'none') return msg('advice.week.noRun', { day, usual });
  return msg(d.usual === 'rest' ? 'advice.week.ranHardOnRest' : 'advice.week.ranHardOnEasy', {
    day,
    kind: nested(msg(`common.runKind.inSentence.${d.kind ?? 'intervals'}`)),
  });
}

/**
 * The changed days and the next 7 as they would be had the changed days gone as usual: their logged sessions are
 * taken out, a session is placed after each usual hard day that was missed, and the days ahead follow the usual week.
 */
function baselineDays(
  ctx: Context,
  changed: readonly Deviation[],
  keepToday: PlannedDay | null,
): PlannedDay[] {
  const changedDates = new Set(changed.map((d) => d.date));
  const log = ctx.log.filter((entry) => !changedDates.has(entryDate(entry, ctx.zone) ?? ''));
  const ledger = ledgerOf(log, ctx.zone);
  const days: PlannedDay[] = [];
  for (const { date } of changed) {
    if (date < ctx.today) days.push(fromUsual(ctx, date, startOfLocalDay(date, ctx.zone).getTime(), ledger));
  }
  const past = days.length;
  if (keepToday) {
    if (isFull(keepToday.slot) && keepToday.until)
      book(ledger, ctx.today, Date.parse(keepToday.until), 'full');
    days.push(keepToday);
  }
  for (let i = days.length - past; i < PLAN_DAYS; i += 1) {
    const date = addDays(ctx.today, i);
    days.push(fromUsual(ctx, date, i === 0 ? ctx.nowMs : startOfLocalDay(date, ctx.zone).getTime(), ledger));
  }
  return days;
}
