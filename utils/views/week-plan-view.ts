// The next 7 days as the popup and History show them: the core's week plan cut to what a list needs (it travels in a
// message, so it stays small), and the usual week HardDay suggests from the runner's last 6 weeks.

import {
  buildSession,
  effectivePhase,
  entryDate,
  isFullSessionEntry,
  isMasters,
  planWeek,
  suggestUsualWeek,
  SUGGESTION_WEEKS,
  type Advice,
  type PlannedDay,
  type SessionKind,
  type UsualDay,
  type WeekSlot,
} from '../core';
import type { Message } from '../core/message';
import type { ContentKey, RunKind, Session, SessionTitle, Settings, StrengthEntry } from '../core/types';
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
  /** The session that fits the window (days with a window only): what the calendar event is called and holds. */
  session?: PlannedSessionView;
}

/** A planned session in brief: enough to name it and say what it is, not its exercises. */
export interface PlannedSessionView {
  id: string;
  title: SessionTitle;
  focus: ContentKey;
  minutes: number;
}

export interface WeekPlanView {
  days: PlanDayView[];
  /** What moved against the usual week, and why. */
  moved: Message[];
  usualSource: 'settings' | 'suggested' | 'none';
  /** How many weeks of runs a suggested usual week looks at. */
  suggestionWeeks?: number;
  /** The IANA zone the week was planned in: a calendar file writes its times there. */
  timeZone: string;
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
      ...sessionField(plannedSession(day, plan.today, state, timeZone)),
    })),
    moved: plan.moved,
    usualSource: plan.usual.source,
    suggestionWeeks: SUGGESTION_WEEKS,
    timeZone,
  };
}

const sessionField = (session: Session | null) =>
  session
    ? {
        session: {
          id: session.id,
          title: session.title,
          focus: session.focus,
          minutes: session.minutes,
        },
      }
    : {};

/**
 * The session a planned window holds. Today it is the one the day's advice offers (the popup shows the same); on a
 * day ahead it is built as the session page would build it then: after the usual hard or long run, the foundation
 * session, or the taper's light session, in the training block of that day.
 */
function plannedSession(
  day: PlannedDay,
  today: Advice,
  state: StoredState,
  timeZone: string,
): Session | null {
  if (!day.until) return null;
  if (day.isToday && 'session' in today && today.session) return today.session;
  const kind = sessionKindOf(day);
  if (!kind) return null;
  const at = new Date(Date.parse(day.from ?? day.until));
  if (!Number.isFinite(at.getTime())) return null;
  const settings: Settings = state.settings;
  const phase = effectivePhase(at, settings, timeZone).phase;
  return buildSession({
    kind,
    level: settings.level,
    phase,
    now: at,
    equipment: settings.equipment,
    timeZone,
    masters: isMasters(settings.birthYear, at),
    firstSessionDate: firstFullSessionDate(state.log, timeZone),
  });
}

function sessionKindOf(day: PlannedDay): SessionKind | null {
  if (day.slot === 'foundation') return 'foundation';
  // A light day with a window is the taper's (after a race the light day has no window).
  if (day.slot === 'light') return 'taper';
  if (day.slot !== 'strength') return null;
  if (!day.after) return 'hard';
  return day.after.source === 'actual' ? day.after.kind : day.after.day;
}

function firstFullSessionDate(log: readonly StrengthEntry[], timeZone: string): string | undefined {
  let first: string | undefined;
  for (const entry of log) {
    if (!isFullSessionEntry(entry)) continue;
    const date = entryDate(entry, timeZone);
    if (date && (first === undefined || date < first)) first = date;
  }
  return first;
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
