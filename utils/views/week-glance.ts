import type { Effort, Message, RunKind } from '../core/types';
import type { HistoryWeek } from '../core/week';

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
  /** Why the target is what it is (the phase, the runner's choice, a spike in volume). */
  targetReasons: Message[];
}

/**
 * One week's bar in the history chart: the core's HistoryWeek cut to what the chart draws (it travels in messages
 * and in the prepared popup view, so it stays small).
 */
export type HistoryBar = Pick<HistoryWeek, 'startDate' | 'done' | 'target'> & {
  current: HistoryWeek['isCurrent'];
  /** Metres run that week (absent in views prepared before it was added). */
  distanceM?: HistoryWeek['distanceM'];
};
