// This week's runs and strength sessions against the target, and the last weeks for a chart.

import { classifyRun } from './classify';
import { weeklyTarget, type WeeklyTarget } from './phase';
import { doneInWeek, entryDate, normalizeSettings, overrideFor, profileOf, withOverride } from './plan';
import { isFullSessionEntry } from './spacing';
import { raceRecoveryOn } from './race-recovery';
import { recentRunsFor } from './runner-baseline';
import { strengthTarget, type StrengthTarget } from './target';
import { dedupeRuns, isOwnRun, MAX_RUN_M, runKey, runStartMs, sane } from './runs';
import {
  addDays,
  localDateOf,
  safeTimeZone,
  weekBounds,
  weekdayOf,
  weekOfDate,
  type LocalDate,
} from './time';
import type { Classification, Effort, PlanInput, Run, RunKind, Settings, StrengthEntry } from './types';

export type WeekInput = Omit<PlanInput, 'focusRunKey'>;

export interface DayRun {
  run: Run;
  key: string;
  effort: Effort;
  kind: RunKind;
  overridden: boolean;
  classification: Classification;
}

export interface DaySummary {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isToday: boolean;
  runs: DayRun[];
  strength: StrengthEntry[];
  hard: boolean;
}

export interface WeekSummary {
  startDate: LocalDate;
  /** ISO instants: first instant of the week, first instant of the next. */
  start: string;
  end: string;
  days: DaySummary[];
  done: number;
  skipped: number;
  target: WeeklyTarget;
  remaining: number;
}

function ownRuns(runs: unknown): Run[] {
  return dedupeRuns(Array.isArray(runs) ? runs : []).filter(
    (run) => isOwnRun(run) && Number.isFinite(runStartMs(run)),
  );
}

/** Own runs that start between two instants (with a day of slack for zones), each with its local date. */
function datedRuns(own: Run[], fromMs: number, toMs: number, zone: string): { run: Run; date: LocalDate }[] {
  return own
    .filter((run) => runStartMs(run) >= fromMs - 86_400_000 && runStartMs(run) < toMs + 86_400_000)
    .map((run) => ({ run, date: localDateOf(runStartMs(run), zone) }));
}

function cleanLog(log: unknown): StrengthEntry[] {
  return Array.isArray(log)
    ? log.filter((entry): entry is StrengthEntry => !!entry && typeof entry === 'object')
    : [];
}

export function weekSummary(input: WeekInput): WeekSummary {
  const zone = safeTimeZone(input.timeZone);
  const settings = normalizeSettings(input.settings);
  const nowMs = Number.isFinite(input.now.getTime()) ? input.now.getTime() : 0;
  const now = new Date(nowMs);
  const bounds = weekBounds(now, settings.weekStartsOn, zone);
  const own = ownRuns(input.runs);
  const log = cleanLog(input.log);
  const today = localDateOf(nowMs, zone);
  const inWeek = new Set(bounds.days);
  const recent = recentRunsFor(own);
  const runsByDay = new Map<LocalDate, DayRun[]>();
  for (const { run, date } of datedRuns(own, bounds.start.getTime(), bounds.end.getTime(), zone)) {
    if (!inWeek.has(date)) continue;
    const override = overrideFor(run, input.overrides);
    const classification = withOverride(classifyRun(run, recent(run), profileOf(settings)), override);
    const list = runsByDay.get(date) ?? [];
    list.push({
      run,
      key: runKey(run),
      effort: classification.effort,
      kind: classification.kind,
      overridden: override !== undefined,
      classification,
    });
    runsByDay.set(date, list);
  }
  const entriesByDay = new Map<LocalDate, StrengthEntry[]>();
  for (const entry of log) {
    const date = entryDate(entry, zone);
    if (!date || !inWeek.has(date)) continue;
    entriesByDay.set(date, [...(entriesByDay.get(date) ?? []), entry]);
  }
  const days = bounds.days.map((date) => {
    const runs = runsByDay.get(date) ?? [];
    return {
      date,
      weekday: weekdayOf(date),
      isToday: date === today,
      runs,
      strength: entriesByDay.get(date) ?? [],
      hard: runs.some((r) => r.effort === 'hard'),
    };
  });
  const done = doneInWeek(log, bounds.days, zone);
  const skipped = days.reduce(
    (sum, day) => sum + day.strength.filter((e) => e.status === 'skipped').length,
    0,
  );
  const target = recoveryAware(
    strengthTarget(now, settings, zone, own),
    today,
    own,
    recent,
    input,
    settings,
    zone,
  );
  return {
    startDate: bounds.startDate,
    start: bounds.start.toISOString(),
    end: bounds.end.toISOString(),
    days,
    done,
    skipped,
    target,
    remaining: Math.max(0, target.target - done),
  };
}

/** In the recovery after a race HardDay has seen, the week's target is nothing full, whatever the phase says. */
function recoveryAware(
  target: StrengthTarget,
  today: LocalDate,
  own: Run[],
  recent: (run: Run) => Run[],
  input: WeekInput,
  settings: Settings,
  zone: string,
): StrengthTarget {
  const judge = (run: Run) =>
    withOverride(classifyRun(run, recent(run), profileOf(settings)), overrideFor(run, input.overrides));
  const recovery = raceRecoveryOn(today, own, judge, settings, zone);
  if (!recovery || target.target === 0) return target;
  return { ...target, target: 0, reasons: [recovery.reason] };
}

export interface HistoryWeek {
  startDate: LocalDate;
  start: string;
  end: string;
  done: number;
  skipped: number;
  target: number;
  runs: number;
  hardRuns: number;
  /** Distance run that week (own runs), beside the strength sessions: volume is what predicts injury. */
  distanceM: number;
  isCurrent: boolean;
}

/** The last `weeks` weeks (oldest first, the current week last): strength done vs target, runs and hard runs. */
export function historyWeeks(input: WeekInput & { weeks?: number }): HistoryWeek[] {
  const zone = safeTimeZone(input.timeZone);
  const settings = normalizeSettings(input.settings);
  const count = Math.min(Math.max(Math.round(Number(input.weeks ?? 8)) || 8, 1), 104);
  const nowMs = Number.isFinite(input.now.getTime()) ? input.now.getTime() : 0;
  const current = weekBounds(new Date(nowMs), settings.weekStartsOn, zone);
  const own = ownRuns(input.runs);
  const log = cleanLog(input.log);
  const out: HistoryWeek[] = [];
  const firstStart = weekOfDate(
    addDays(current.startDate, -7 * (count - 1)),
    settings.weekStartsOn,
    zone,
  ).start;
  const dated = datedRuns(own, firstStart.getTime(), current.end.getTime(), zone);
  const recent = recentRunsFor(own);
  for (let i = count - 1; i >= 0; i -= 1) {
    const bounds = weekOfDate(addDays(current.startDate, -7 * i), settings.weekStartsOn, zone);
    const inWeek = new Set(bounds.days);
    const runs = dated.filter((d) => inWeek.has(d.date)).map((d) => d.run);
    const hardRuns = runs.filter(
      (run) =>
        withOverride(classifyRun(run, recent(run), profileOf(settings)), overrideFor(run, input.overrides))
          .effort === 'hard',
    ).length;
    const distanceM = runs.reduce((sum, run) => sum + (sane(run.distanceM, 0, MAX_RUN_M) ?? 0), 0);
    const asOf = new Date(Math.min(bounds.end.getTime() - 1, nowMs));
    const entries = log.filter((entry) => inWeek.has(entryDate(entry, zone) ?? ''));
    out.push({
      startDate: bounds.startDate,
      start: bounds.start.toISOString(),
      end: bounds.end.toISOString(),
      done: entries.filter(isFullSessionEntry).length,
      skipped: entries.filter((e) => e.status === 'skipped').length,
      target: weeklyTarget(asOf, settings, zone).target,
      runs: runs.length,
      hardRuns,
      distanceM,
      isCurrent: i === 0,
    });
  }
  return out;
}
