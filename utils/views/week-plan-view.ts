// The next 7 days as the popup and History show them: the core's week plan cut to what a list needs (it travels in a
// message, so it stays small), and the usual week HardDay suggests from the runner's last 6 weeks.

import { planWeek, suggestUsualWeek, SUGGESTION_WEEKS, type UsualDay, type WeekSlot } from '../core';
import type { Message } from '../core/message';
import type { RunKind } from '../core/types';
import type { StoredState } from '../store/snapshot';

export interface PlanDayView {
  /** YYYY-MM-DD, local. */
  date: string;
  isToday: boolean;
  usual?: UsualDay;
  slot: WeekSlot;
  /** What the session follows: a run HardDay saw (its kind), or the usual hard or long run of that weekday. */
  after?: { source: 'actual'; kind: RunKind } | { source: 'usual'; day: 'hard' | 'long' };
  /** Window start (absent when it is open now) and close, ISO instants. */
  from?: string;
  until?: string;
  /** Why, in the core's words: the first reason is the one that decides. */
  reasons: Message[];
}

export interface WeekPlanView {
  days: PlanDayView[];
  /** What moved against the usual week, and why. */
  moved: Message[];
  usualSource: 'settings' | 'suggested' | 'none';
  /** How many weeks of runs a suggested usual week looks at. */
  suggestionWeeks?: number;
}

/** At most this many reasons per day travel to the page: the deciding one and its context. */
const REASONS_PER_DAY = 3;

export function weekPlanModel(state: StoredState, now: number, timeZone: string): WeekPlanView {
  const plan = planWeek({ ...state, now: new Date(now), timeZone });
  return {
    days: plan.days.map((day) => ({
      date: day.date,
      isToday: day.isToday,
      ...(day.usual ? { usual: day.usual } : {}),
      slot: day.slot,
      ...(day.after
        ? {
            after:
              day.after.source === 'actual'
                ? { source: 'actual' as const, kind: day.after.kind }
                : { source: 'usual' as const, day: day.after.day },
          }
        : {}),
      ...(day.from && Date.parse(day.from) > now ? { from: day.from } : {}),
      ...(day.until ? { until: day.until } : {}),
      reasons: day.reasons.slice(0, REASONS_PER_DAY),
    })),
    moved: plan.moved,
    usualSource: plan.usual.source,
    suggestionWeeks: SUGGESTION_WEEKS,
  };
}

export interface UsualWeekSuggestionView {
  /** Sunday first. */
  days: UsualDay[];
  /** Weeks of runs it rests on; 0: nothing to suggest yet. */
  weeks: number;
}

export function usualWeekSuggestion(
  state: StoredState,
  now: number,
  timeZone: string,
): UsualWeekSuggestionView {
  const suggestion = suggestUsualWeek(state.runs, new Date(now), timeZone, {
    overrides: state.overrides,
    settings: state.settings,
  });
  return { days: suggestion.days, weeks: suggestion.weeks };
}
