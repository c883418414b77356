// HardDay's pure training core: no DOM, no browser APIs, no network, no system clock (`now` is always an input).

export * from './types';
export { classifyRun, isHardKind } from './classify';
export {
  planDay,
  normalizeSettings,
  clampSessionsPerWeek,
  overrideFor,
  withOverride,
  entryDate,
  profileOf,
  strengthWindow,
  LOOKBACK_MS,
} from './plan';
export { loadTrend, volumeSpike, SPIKE_RATIO } from './load';
export type { LoadTrend, LoadWeek, VolumeSpike } from './load';
export { strengthTarget } from './target';
export type { StrengthTarget } from './target';
export { levelSuggestion, EASY_RPE, HARD_RPE } from './progression';
export type { LevelSuggestion } from './progression';
export { DEFAULT_LATEST_SESSION_TIME, eveningCutoffMs, isClockTime } from './evening';
export { minGapHours, isMasters, isFullSessionEntry, MIN_GAP_HOURS, MASTERS_GAP_HOURS } from './spacing';
export { raceRecoveryOn } from './race-recovery';
export type { RaceRecovery } from './race-recovery';
export { adviceChangesAt, adviceClockInstant } from './advice-time';
export { EXERCISES, exerciseById } from './exercises';
export {
  buildSession,
  sessionById,
  sessionWeightOf,
  blockFor,
  blockWeekFor,
  strengthWeekOf,
  sessionMinutes,
  SECONDS_PER_REP,
  SETUP_S_PER_EXERCISE,
  COACH_NOTE,
  PAIN_RULE,
} from './sessions';
export type { BuildSessionInput } from './sessions';
export { effectivePhase, weeklyTarget, taperDays, raceRecoveryDays } from './phase';
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
export { msg, sameMessage } from './message';
export { titleHint } from './title-words';
export { USUAL_DAYS, isUsualDay, normalizeUsualWeek, isHardUsualDay } from './usual-day';
export type { UsualDay, UsualWeek } from './usual-day';
export { suggestUsualWeek, usualEndClocks, SUGGESTION_WEEKS } from './usual-week';
export type { UsualWeekSuggestion } from './usual-week';
export { planWeek, PLAN_DAYS } from './week-plan';
export type { WeekPlan, PlannedDay, WeekSlot, AfterRun, WeekPlanInput } from './week-plan';
