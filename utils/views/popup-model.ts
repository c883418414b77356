// Turns the stored state, the clock and the active tab into what the popup shows. Pure, so it is tested directly.

import { resolveUnits, type UnitsSource, type UnitSystem } from './units';
import type { HistoryBar, WeekGlance } from '@/utils/views/week-glance';
import {
  addDays,
  adviceChangesAt,
  historyWeeks,
  planDay,
  isOwnRun,
  levelSuggestion,
  localDateOf,
  normalizeSettings,
  parseInstant,
  runKey,
  runKeys,
  runView,
  startOfLocalDay,
  weekSummary,
} from '../core';
import type { Advice, Classification, Level, Message, Run, Settings, StrengthEntry } from '../core/types';
import { activityInUrl } from '../sites/registry';
import type { Prefs } from '../store/schemas';
import type { StoredState } from '../store/snapshot';

export interface CurrentRun {
  run: Run;
  runKey: string;
  classification: Classification;
  advice: Advice;
  overridden: boolean;
  fromTab: boolean;
  /** This run's entry in the strength log. */
  logged?: 'done' | 'skipped';
}

/** A level change the runner's own ratings point to (from `levelSuggestion` in the core). */
export interface LevelSuggestionView {
  direction: 'up' | 'down';
  to: Level;
  /** Why, with the ratings: "Your last two sessions felt easy (5 and 6 out of 10): …". */
  reason: Message;
  /** Names this suggestion, so dismissing it keeps it away until newer ratings say it again. */
  key: string;
}

export interface PopupModel {
  current?: CurrentRun;
  week: WeekGlance;
  /** The units every number is shown in. */
  unit: UnitSystem;
  /** What decided them: the runner's choice, a site's setting, or the browser's region. */
  unitSource: UnitsSource;
  /** Today as YYYY-MM-DD in the runner's zone. */
  today: string;
  /** A strength window is open: the countdown ticks every second. */
  windowOpen: boolean;
  /** A level change the runner's session ratings point to, unless the runner dismissed this one. */
  levelSuggestion?: LevelSuggestionView;
}

export interface PopupContext {
  now: number;
  timeZone: string;
  language: string;
  /** URL of the active tab, when the popup may read it (pages of the sites in the registry). */
  tabUrl?: string | null;
}

/** The run key of the activity a URL shows, or null when it is not an activity page HardDay reads. */
export function runKeyFromUrl(url: string | null | undefined): string | null {
  const activity = url ? activityInUrl(url) : null;
  return activity ? runKey({ source: activity.site, id: activity.id }) : null;
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '').replace(/\/+$/, '');

/** The stored run open in the tab (matched by activity id, or by its saved URL), if it is the runner's own. */
export function runInTab(runs: Run[], tabUrl: string | null | undefined): Run | undefined {
  if (!tabUrl) return undefined;
  const key = runKeyFromUrl(tabUrl);
  const bare = withoutQuery(tabUrl);
  return runs.find(
    (run) =>
      isOwnRun(run) && ((key && runKeys(run).includes(key)) || (run.url && withoutQuery(run.url) === bare)),
  );
}

export function latestRun(runs: Run[]): Run | undefined {
  let best: Run | undefined;
  let bestMs = -Infinity;
  for (const run of runs) {
    const ms = parseInstant(run.start);
    if (isOwnRun(run) && Number.isFinite(ms) && ms > bestMs) {
      best = run;
      bestMs = ms;
    }
  }
  return best;
}

/** This run's strength entry (the newest, if several), matched by any key the run is known by. */
export function loggedFor(run: Run, log: StrengthEntry[]): StrengthEntry['status'] | undefined {
  const keys = new Set([...runKeys(run), run.id]);
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i]!;
    if (entry.runId && keys.has(entry.runId)) return entry.status;
  }
  return undefined;
}

export function weekGlance(state: StoredState, now: number, timeZone: string): WeekGlance {
  const summary = weekSummary({ ...state, now: new Date(now), timeZone });
  return {
    days: summary.days.map((day) => ({
      date: day.date,
      isToday: day.isToday,
      isFuture: day.date > localDateOf(now, timeZone),
      runs: day.runs.map((r) => ({ effort: r.effort, kind: r.kind, title: r.run.title })),
      strength: day.strength.map((entry) => entry.status),
    })),
    done: summary.done,
    target: summary.target.target,
    targetReasons: summary.target.reasons,
  };
}

export function historyModel(state: StoredState, now: number, timeZone: string, weeks = 8): HistoryBar[] {
  return historyWeeks({ ...state, now: new Date(now), timeZone, weeks }).map((week) => ({
    startDate: week.startDate,
    done: week.done,
    target: week.target,
    current: week.isCurrent,
    distanceM: week.distanceM,
  }));
}

/**
 * Away from an activity page the popup speaks of today: on a rest day that suits the foundation session, that is the
 * advice (the latest run's own advice would only say it was easy).
 */
function todaysAdvice(state: StoredState, now: number, timeZone: string, aboutToday: boolean) {
  if (!aboutToday) return undefined;
  const advice = planDay({ ...state, now: new Date(now), timeZone });
  return advice.kind === 'foundation' ? advice : undefined;
}

export function buildPopupModel(state: StoredState, context: PopupContext): PopupModel {
  const { now, timeZone } = context;
  const inTab = runInTab(state.runs, context.tabUrl);
  const run = inTab ?? latestRun(state.runs);
  let current: CurrentRun | undefined;
  if (run) {
    const view = runView({ ...state, run, now: new Date(now), timeZone });
    current = {
      run,
      runKey: view.runKey,
      classification: view.classification,
      advice: todaysAdvice(state, now, timeZone, inTab === undefined) ?? view.advice,
      overridden: view.overridden,
      fromTab: inTab !== undefined,
      logged: loggedFor(run, state.log),
    };
  }
  return {
    current,
    week: weekGlance(state, now, timeZone),
    ...unitsOf(resolveUnits(state.prefs.units, state.prefs.siteUnits, context.language)),
    today: localDateOf(now, timeZone),
    windowOpen: current?.advice.kind === 'strength',
    ...optionalSuggestion(suggestedLevel(state)),
  };
}

const unitsOf = ({ units, source }: ReturnType<typeof resolveUnits>) => ({ unit: units, unitSource: source });

const optionalSuggestion = (suggestion: LevelSuggestionView | undefined) =>
  suggestion ? { levelSuggestion: suggestion } : {};

/**
 * The level change the last rated sessions point to (two easy ones: up; two very hard ones: down), with a key that
 * changes with every newer rating, so a dismissed suggestion comes back only when new ratings say it again.
 */
export function suggestedLevel(
  state: Pick<StoredState, 'log' | 'settings' | 'prefs'>,
): LevelSuggestionView | undefined {
  const level = normalizeSettings(state.settings).level;
  const suggestion = levelSuggestion(state.log, level);
  if (!suggestion) return undefined;
  let lastRated = '';
  for (const entry of state.log)
    if (entry.rpe !== undefined && entry.date > lastRated) lastRated = entry.date;
  const key = `L${level}>${suggestion.to}@${lastRated.slice(0, 40)}`;
  if (state.prefs.dismissedLevelSuggestion === key) return undefined;
  return { direction: suggestion.direction, to: suggestion.to, reason: suggestion.reason, key };
}

/** What the background sends the popup: the model plus the settings it shows. */
export interface PopupView {
  model: PopupModel;
  settings: Settings;
  prefs: Prefs;
}

export function buildPopupView(state: StoredState, context: PopupContext): PopupView {
  return { model: buildPopupModel(state, context), settings: state.settings, prefs: state.prefs };
}

/**
 * The first instant at which `view`, computed at `now` from `state`, could read differently with the stored state
 * unchanged: when the day's advice changes by itself (a window closes, the spacing after the last session ends, the
 * evening cut-off passes: `adviceChangesAt`), or the next local midnight (the day, the week, the phase before a race
 * and the session rotation). Nothing else in the view depends on the clock; the property test in popup-model.test.ts
 * holds this to it.
 */
export function popupViewValidUntil(
  view: PopupView,
  now: number,
  timeZone: string,
  state: StoredState,
): number {
  const nextMidnight = startOfLocalDay(addDays(localDateOf(now, timeZone), 1), timeZone).getTime();
  const advice = view.model.current?.advice;
  if (!advice) return nextMidnight;
  const changes = adviceChangesAt(advice, { ...state, now: new Date(now), timeZone });
  return changes !== undefined && changes > now && changes < nextMidnight ? changes : nextMidnight;
}
