import type { Effort, RunKind } from '../core/types';

/** One day of the current week as the glance shows it. */
export interface DayGlance {
  /** YYYY-MM-DD (local). */
  date: string;
  isToday: boolean;
  isFuture: boolean;
  runs: { effort: Effort; kind: RunKind; title: string }[];
  strength: ('done' | 'skipped')[];
}

export interface WeekGlance {
  days: DayGlance[];
  /** Strength sessions done this week. */
  done: number;
  target: number;
  /** e.g. "Off-season: 2–3 a week". */
  targetReason: string;
}

export interface HistoryWeek {
  /** YYYY-MM-DD of the week's first day. */
  startDate: string;
  done: number;
  target: number;
  current: boolean;
  /** Metres run that week (absent in views prepared before it was added). */
  distanceM?: number;
}
