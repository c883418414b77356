// The day types of the runner's usual week, and reading a stored one (the setting is edited in options).

export const USUAL_DAYS = ['hard', 'long', 'easy', 'rest'] as const;
export type UsualDay = (typeof USUAL_DAYS)[number];
/** Seven days, Sunday first (index = weekday, as `weekdayOf` counts). */
export type UsualWeek = UsualDay[];

export function isUsualDay(value: unknown): value is UsualDay {
  return typeof value === 'string' && (USUAL_DAYS as readonly string[]).includes(value);
}

/** A stored usual week, or undefined when it is not seven known day types. */
export function normalizeUsualWeek(value: unknown): UsualWeek | undefined {
  if (!Array.isArray(value) || value.length !== 7 || !value.every(isUsualDay)) return undefined;
  return [...value];
}

export const isHardUsualDay = (day: UsualDay | undefined): day is 'hard' | 'long' =>
  day === 'hard' || day === 'long';
