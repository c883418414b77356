// HardDay's pure training core: no DOM, no browser APIs, no network, no system clock (`now` is always an input).

export * from './types';
export { classifyRun, isHardKind } from './classify';
export { planDay, normalizeSettings, overrideFor, withOverride, entryDate, LOOKBACK_MS } from './plan';
export { EXERCISES, exerciseById } from './exercises';
export {
  buildSession,
  sessionById,
  blockFor,
  sessionMinutes,
  SECONDS_PER_REP,
  SETUP_S_PER_EXERCISE,
  COACH_NOTE,
} from './sessions';
export type { BuildSessionInput } from './sessions';
export { effectivePhase, weeklyTarget } from './phase';
export type { PhaseInfo, WeeklyTarget } from './phase';
export { runKey, runKeys, runEnd, runEndMs, dedupeRuns, isOwnRun } from './runs';
export {
  addDays,
  weekBounds,
  isoWeekOf,
  localDateOf,
  localClockOf,
  parseInstant,
  startOfLocalDay,
} from './time';
export type { WeekBounds, LocalDate } from './time';
export { weekSummary, historyWeeks } from './week';
export type { WeekInput, WeekSummary, DaySummary, DayRun, HistoryWeek } from './week';
export { runView } from './view';
export type { CardState, CardView, RunViewInput } from './view';
export { formatDuration, formatPace, formatDistance } from './format';
export { titleHint } from './title-words';
