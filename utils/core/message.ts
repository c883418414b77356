// What the core tells the runner, as data: a message key and typed values, never a finished sentence. The UI words it
// in the runner's language and formats every value in the runner's units and locale (utils/views/say.ts); the
// English text of every key is in locales/en.yml. Values carry the core's own units only — seconds per kilometre,
// metres, seconds, beats per minute, shares, ISO instants — so nothing here depends on who reads it.
//
// Messages travel through extension messaging and session storage (the popup's prepared views): plain JSON, small.

/** One value in a message, tagged by what it measures (the tag decides how it is shown). */
export type MessageValue =
  /** A count or a plain whole number ("6 laps", "level 2"). The value named `count` picks the plural form. */
  | number
  /** Seconds per kilometre: "4:05/km" or "6:34/mi". */
  | { pace: number }
  /** Metres run: "14.2 km" or "8.8 mi" ("800 m" under a kilometre). */
  | { distance: number }
  /** Metres raced: a 5 km, 21 km or 42 km race; 3.1, 13.1 or 26.2 mi (race distances as runners say them). */
  | { raceDistance: number }
  /** Metres run in a week or more, in whole kilometres or miles: "62 km", "39 mi". */
  | { volume: number }
  /** Metres of a repeat on the track or road: "400 m", "1 km", "1 mi" (track reps stay in metres everywhere). */
  | { rep: number }
  /** Metres climbed: "250 m" or "820 ft". */
  | { climb: number }
  /** Metres climbed per kilometre: "32 m/km" or "169 ft/mi". */
  | { climbRate: number }
  /** Seconds, as a length of time: "1 h 52 min", "45 min", "40 s". */
  | { duration: number }
  /** Seconds of a repeat or a recovery: "20 s", "1:30 min", "8 min". */
  | { repTime: number }
  /** Beats per minute. */
  | { bpm: number }
  /** A share: 0.12 → "12 %". */
  | { percent: number }
  /** A multiple: 1.62 → "1.6×". */
  | { ratio: number }
  /** A number with one decimal (Garmin's training effect, 3.0). */
  | { decimal: number }
  /** An instant (ISO) on the runner's clock in `zone`: "18:10", "6:10 PM". */
  | { clock: string; zone: string }
  /** An instant (ISO) as a day and a clock, seen from `now`: "18:10" today, "tomorrow 18:10", "Thursday 18:10". */
  | { dayClock: string; now: string; zone: string }
  /** How long before `now` an instant (ISO) was: "40 minutes ago", "yesterday at 18:10", "10 days ago". */
  | { ago: string; now: string; zone: string }
  /** A local calendar day, YYYY-MM-DD: "Thursday, 22 Jan". */
  | { day: string }
  /** A local calendar day (YYYY-MM-DD) seen from `today`: "today", "tomorrow", "Thursday", else "Thursday, 22 Jan". */
  | { dayFrom: string; today: string }
  /** A local calendar day by its weekday: "Thursday". */
  | { weekday: string }
  /**
   * Local days by their weekdays, `today` as the word for today: "today and Thursday" (`capital`: at the start of a
   * sentence, "Today").
   */
  | { weekdays: string[]; today: string; capital?: boolean }
  /** Words that are not the product's: a run's title, shown exactly as written. */
  | { text: string }
  /** A part of the sentence that is a message of its own. */
  | { message: Message }
  /** Parts said one after another (", " or " " between them, as the sentence needs). */
  | { list: Message[]; separator: ', ' | ' ' };

export interface Message {
  /** Dot-separated words, e.g. `reason.intervals`; each has an English text in locales/en.yml. */
  key: string;
  values?: Record<string, MessageValue>;
}

/** A message; values only when there are any, so the JSON stays small. */
export function msg(key: string, values?: Record<string, MessageValue | undefined>): Message {
  if (!values) return { key };
  const kept: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) kept[name] = value;
  return Object.keys(kept).length > 0 ? { key, values: kept } : { key };
}

export const pace = (secondsPerKm: number): MessageValue => ({ pace: secondsPerKm });
export const distance = (metres: number): MessageValue => ({ distance: metres });
export const raceDistance = (metres: number): MessageValue => ({ raceDistance: metres });
export const volume = (metres: number): MessageValue => ({ volume: metres });
export const climb = (metres: number): MessageValue => ({ climb: metres });
export const climbRate = (metresPerKm: number): MessageValue => ({ climbRate: metresPerKm });
export const duration = (seconds: number): MessageValue => ({ duration: seconds });
export const repTime = (seconds: number): MessageValue => ({ repTime: seconds });
export const bpm = (beats: number): MessageValue => ({ bpm: beats });
export const percent = (share: number): MessageValue => ({ percent: share });
export const ratio = (times: number): MessageValue => ({ ratio: times });
export const decimal = (value: number): MessageValue => ({ decimal: value });
export const text = (words: string): MessageValue => ({ text: words });
export const day = (date: string): MessageValue => ({ day: date });
export const weekday = (date: string): MessageValue => ({ weekday: date });
export const weekdays = (dates: string[], today: string, capital?: boolean): MessageValue =>
  capital ? { weekdays: dates, today, capital } : { weekdays: dates, today };
export const nested = (message: Message): MessageValue => ({ message });
/** An instant as ISO text; '' for an unreadable one (the UI then shows no time rather than a wrong one). */
const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
export const clock = (ms: number, zone: string): MessageValue => ({ clock: iso(ms), zone });
export const dayClock = (ms: number, nowMs: number, zone: string): MessageValue => ({
  dayClock: iso(ms),
  now: iso(nowMs),
  zone,
});
export const ago = (thenMs: number, nowMs: number, zone: string): MessageValue => ({
  ago: iso(thenMs),
  now: iso(nowMs),
  zone,
});

/** Same key and values: messages built apart for the same evidence are one reason. */
export function sameMessage(a: Message, b: Message): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
