// The one place the core's messages (utils/core/message.ts) become text: each typed value is formatted in the
// runner's units (metric or imperial) and the UI's locale with Intl, then put into the message's translated text.
// Pure: the caller passes the locale, the units and the translation (utils/platform.ts `speaker` for the popup and
// options pages and the background, which says the card's reasons so the card carries no formatter; components get
// `say` through components/speak.tsx).

import type { Message, MessageValue } from '../core/message';

export type UnitSystem = 'metric' | 'imperial';

/**
 * The translated text of `key` with `{name}` placeholders filled; `count` picks the plural form. Same contract as
 * @wxt-dev/i18n's `t(key, count, substitutions)`.
 */
export type Translate = (key: string, count: number | undefined, values: Record<string, string>) => string;

export interface Speaker {
  /** BCP 47 locale for numbers and dates, e.g. 'en-GB', 'de'. */
  locale: string;
  units: UnitSystem;
  t: Translate;
}

const METRES_PER_MILE = 1609.344;
const FEET_PER_METRE = 3.280_84;
const DAY_MS = 86_400_000;

// Intl formatters are costly to build (the first one in a page most of all) and cheap to reuse.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone: the browser's own zone rather than no text.
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: undefined });
    }
    dateFormats.set(key, format);
  }
  return format;
}

const whole = (s: Speaker, n: number) => numberFormat(s.locale, { maximumFractionDigits: 0 }).format(n);
const decimals = (s: Speaker, n: number, min: number, max: number) =>
  numberFormat(s.locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(n);
const inUnit = (s: Speaker, n: number, unit: string, min: number, max: number) =>
  numberFormat(s.locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  }).format(n);

const unknown = (s: Speaker) => s.t('common.unit.unknown', undefined, {});
const twoDigits = (n: number) => String(n).padStart(2, '0');

// ── Distances, paces and climbs in the runner's units ────────────────────────────────────────────────────────────

/** 14 200 m → "14.2 km" / "8.8 mi"; under a kilometre "800 m" (metric). */
export function sayDistance(s: Speaker, metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return unknown(s);
  if (s.units === 'imperial') return inUnit(s, metres / METRES_PER_MILE, 'mile', 1, 1);
  if (metres < 1000) return inUnit(s, Math.round(metres), 'meter', 0, 0);
  return inUnit(s, metres / 1000, 'kilometer', 1, 1);
}

/**
 * A repeat as runners name it: track distances stay metric everywhere ("400 m", "1 km" — "6 × 1K" in the US too);
 * with miles, a repeat of about a whole mile is "1 mi".
 */
export function sayRep(s: Speaker, metres: number): string {
  if (!Number.isFinite(metres) || metres <= 0) return unknown(s);
  const miles = Math.round(metres / METRES_PER_MILE);
  if (s.units === 'imperial' && miles >= 1 && Math.abs(metres - miles * METRES_PER_MILE) <= 0.03 * metres)
    return inUnit(s, miles, 'mile', 0, 0);
  if (metres < 1000) return inUnit(s, metres, 'meter', 0, 0);
  return inUnit(s, metres / 1000, 'kilometer', 0, 1);
}

/** A race as runners name it: 5 km, 7.5 km, 21 km, 42 km; 3.1, 13.1, 26.2 mi. */
export function sayRaceDistance(s: Speaker, metres: number): string {
  if (!Number.isFinite(metres) || metres <= 0) return unknown(s);
  if (s.units === 'imperial') return inUnit(s, metres / METRES_PER_MILE, 'mile', 0, 1);
  return inUnit(s, metres / 1000, 'kilometer', 0, metres < 10_000 ? 1 : 0);
}

/** Weekly volume in whole kilometres or miles. */
export function sayVolume(s: Speaker, metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return unknown(s);
  return s.units === 'imperial'
    ? inUnit(s, metres / METRES_PER_MILE, 'mile', 0, 0)
    : inUnit(s, metres / 1000, 'kilometer', 0, 0);
}

/** Seconds per kilometre → "4:05/km" or "6:34/mi". */
export function sayPace(s: Speaker, secondsPerKm: number): string {
  if (!Number.isFinite(secondsPerKm) || secondsPerKm <= 0) return unknown(s);
  const imperial = s.units === 'imperial';
  const total = Math.round(imperial ? (secondsPerKm * METRES_PER_MILE) / 1000 : secondsPerKm);
  const time = `${Math.floor(total / 60)}:${twoDigits(total % 60)}`;
  return s.t(imperial ? 'common.unit.pace.mi' : 'common.unit.pace.km', undefined, { time });
}

/** Metres climbed → "250 m" / "820 ft". */
export function sayClimb(s: Speaker, metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return unknown(s);
  return s.units === 'imperial'
    ? inUnit(s, Math.round(metres * FEET_PER_METRE), 'foot', 0, 0)
    : inUnit(s, Math.round(metres), 'meter', 0, 0);
}

/** Metres per kilometre → "32 m/km" / "169 ft/mi". */
export function sayClimbRate(s: Speaker, metresPerKm: number): string {
  if (!Number.isFinite(metresPerKm)) return unknown(s);
  const imperial = s.units === 'imperial';
  const n = whole(s, imperial ? (metresPerKm * FEET_PER_METRE * METRES_PER_MILE) / 1000 : metresPerKm);
  return s.t(imperial ? 'common.unit.climbRate.mi' : 'common.unit.climbRate.km', undefined, { n });
}

// ── Lengths of time ──────────────────────────────────────────────────────────────────────────────────────────────

/** 6720 → "1 h 52 min"; 2700 → "45 min"; 40 → "40 s". */
export function sayDuration(s: Speaker, seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return unknown(s);
  const total = Math.round(seconds);
  if (total < 60) return s.t('common.unit.duration.s', undefined, { s: whole(s, total) });
  const minutes = Math.round(total / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return s.t('common.unit.duration.min', undefined, { min: whole(s, m) });
  return m === 0
    ? s.t('common.unit.duration.h', undefined, { h: whole(s, h) })
    : s.t('common.unit.duration.hMin', undefined, { h: whole(s, h), min: whole(s, m) });
}

/** A repeat or a recovery: 20 → "20 s", 60 → "1 min", 90 → "1:30 min", 480 → "8 min". */
export function sayRepTime(s: Speaker, seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return unknown(s);
  const total = Math.round(seconds);
  if (total < 60) return s.t('common.unit.duration.s', undefined, { s: whole(s, total) });
  if (total % 60 === 0 || total >= 600)
    return s.t('common.unit.duration.min', undefined, { min: whole(s, Math.round(total / 60)) });
  const time = `${Math.floor(total / 60)}:${twoDigits(total % 60)}`;
  return s.t('common.unit.duration.minSec', undefined, { time });
}

// ── Clock times and days ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * An instant on the runner's clock in `zone`, as a sentence says it (every clock value sits in a sentence): "18:10" /
 * "6:10 PM"; in Spanish with its article, which follows the hour shown: "la 1:10", "las 13:10", "las 0:10"
 * (common.time.clock, a plural counted by that hour: the number the time starts with, as in every locale that
 * needs the article), so a template says "a {clock}", "hasta {clock}".
 */
export function sayClock(s: Speaker, iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return unknown(s);
  const clock = dateFormat(s.locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(ms);
  return s.t('common.time.clock', parseInt(clock, 10) || 0, { clock });
}

/** The local calendar day (YYYY-MM-DD) of an instant in `zone` (the card carries no date library for this). */
const localDate = (ms: number, zone: string) =>
  dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(ms);
const dayNumberOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** "18:10" the same day, "tomorrow 18:10", "Thursday 18:10" within the week, else "Thursday 22 January 18:10". */
export function sayDayClock(s: Speaker, iso: string, nowIso: string, zone: string): string {
  const ms = Date.parse(iso);
  const nowMs = Date.parse(nowIso);
  if (!Number.isFinite(ms) || !Number.isFinite(nowMs)) return unknown(s);
  const clock = sayClock(s, iso, zone);
  const date = localDate(ms, zone);
  const ahead = dayNumberOf(date) - dayNumberOf(localDate(nowMs, zone));
  if (ahead === 0) return s.t('common.time.todayAt', undefined, { clock });
  if (ahead === 1) return s.t('common.time.tomorrowAt', undefined, { clock });
  const weekday = ahead > 1 && ahead < 7 ? sayWeekday(s, date) : sayDay(s, date);
  return s.t('common.time.weekdayAt', undefined, { weekday, clock });
}

/** "just now", "40 minutes ago", "yesterday at 18:10", "10 days ago", "3 weeks ago", "2 months ago". */
export function sayAgo(s: Speaker, iso: string, nowIso: string, zone: string): string {
  const thenMs = Date.parse(iso);
  const nowMs = Date.parse(nowIso);
  if (!Number.isFinite(thenMs) || !Number.isFinite(nowMs) || thenMs > nowMs) return unknown(s);
  const days = dayNumberOf(localDate(nowMs, zone)) - dayNumberOf(localDate(thenMs, zone));
  const relative = (n: number, unit: Intl.RelativeTimeFormatUnit) =>
    new Intl.RelativeTimeFormat(s.locale, { numeric: 'always' }).format(-n, unit);
  if (days === 0) {
    const minutes = Math.round((nowMs - thenMs) / 60_000);
    if (minutes < 1) return s.t('common.time.justNow', undefined, {});
    return minutes < 60 ? relative(minutes, 'minute') : relative(Math.round(minutes / 60), 'hour');
  }
  if (days === 1) return s.t('common.time.yesterdayAt', undefined, { clock: sayClock(s, iso, zone) });
  if (days < 14) return relative(days, 'day');
  const weeks = Math.round(days / 7);
  return weeks < 9 ? relative(weeks, 'week') : relative(Math.round(days / 30.4), 'month');
}

/**
 * A local date (YYYY-MM-DD) as a sentence says it: "Monday 20 July" / "Montag, 20. März" / "lundi 20 mars" /
 * "lunes 20 de marzo" / "maandag 20 maart". Spanish running text drops the comma Intl writes after the weekday (that
 * comma belongs to a letter's date line; a sentence says "el lunes 20 de marzo").
 */
export function sayDay(s: Speaker, date: string): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(ms)) return unknown(s);
  const text = dateFormat(s.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(ms);
  return s.locale.toLowerCase().startsWith('es') ? text.replace(', ', ' ') : text;
}

/**
 * A local date seen from the local date `today`, as a noun after "from": "today", "tomorrow", "Thursday" within the
 * week, else its date with the article the language puts there ("el 20 de marzo", "le 20 mars": common.time.dateSubject).
 */
export function sayDayFrom(s: Speaker, date: string, today: string): string {
  const ahead = dayNumberOf(date) - dayNumberOf(today);
  if (!Number.isFinite(ahead)) return unknown(s);
  if (ahead === 0) return s.t('common.time.today', undefined, {});
  if (ahead === 1) return s.t('common.time.tomorrow', undefined, {});
  // A weekday as a noun after "from" (Spanish "desde el jueves", German "ab Donnerstag").
  return ahead > 1 && ahead < 7
    ? s.t('common.time.weekdaySubject', undefined, { weekday: sayWeekday(s, date) })
    : s.t('common.time.dateSubject', undefined, { date: sayDay(s, date) });
}

/** A local date's weekday: "Thursday". */
export function sayWeekday(s: Speaker, date: string): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  if (!Number.isFinite(ms)) return unknown(s);
  return dateFormat(s.locale, { weekday: 'long', timeZone: 'UTC' }).format(ms);
}

/**
 * "today and on Thursday", "on Monday, on Wednesday and on Friday" in the locale's own list style, each day as that
 * language says a day in a sentence: "today", "tomorrow", "yesterday", a day of the week ahead with its own
 * preposition ("on Thursday", "el jueves", "am Donnerstag": common.time.onWeekday) and an earlier one as the last of
 * its name ("last Wednesday": common.time.lastWeekday), so a Wednesday behind and one ahead never read the same.
 * `capital`: the days are the sentence's subject at its start ("El jueves suele ser…": common.time.weekdaySubject),
 * with a capital letter.
 */
export function sayWeekdays(s: Speaker, dates: readonly string[], today: string, capital = false): string {
  const names = dates.map((date) => {
    const ahead = dayNumberOf(date) - dayNumberOf(today);
    // "Yesterday is usually…" would not do as a subject: the subject keeps the weekday.
    const word =
      ahead === 0 ? 'today' : ahead === 1 ? 'tomorrow' : ahead === -1 && !capital ? 'yesterday' : '';
    const form = capital ? 'weekdaySubject' : ahead < 0 ? 'lastWeekday' : 'onWeekday';
    return s.t(`common.time.${word || form}`, undefined, { weekday: sayWeekday(s, date) });
  });
  let text: string;
  try {
    text = new Intl.ListFormat(s.locale, { type: 'conjunction' }).format(names);
  } catch {
    text = names.join(', ');
  }
  return capital ? text.charAt(0).toLocaleUpperCase(s.locale) + text.slice(1) : text;
}

// ── Messages ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function sayValue(s: Speaker, value: MessageValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? whole(s, value) : unknown(s);
  if (!value || typeof value !== 'object') return '';
  if ('pace' in value) return sayPace(s, value.pace);
  if ('distance' in value) return sayDistance(s, value.distance);
  if ('raceDistance' in value) return sayRaceDistance(s, value.raceDistance);
  if ('volume' in value) return sayVolume(s, value.volume);
  if ('rep' in value) return sayRep(s, value.rep);
  if ('climb' in value) return sayClimb(s, value.climb);
  if ('climbRate' in value) return sayClimbRate(s, value.climbRate);
  if ('duration' in value) return sayDuration(s, value.duration);
  if ('repTime' in value) return sayRepTime(s, value.repTime);
  if ('bpm' in value) return s.t('common.unit.bpm', undefined, { n: whole(s, value.bpm) });
  if ('percent' in value)
    return numberFormat(s.locale, { style: 'percent', maximumFractionDigits: 0 }).format(value.percent);
  if ('ratio' in value) return s.t('common.unit.ratio', undefined, { n: decimals(s, value.ratio, 1, 1) });
  if ('decimal' in value) return decimals(s, value.decimal, 1, 1);
  if ('dayClock' in value) return sayDayClock(s, value.dayClock, value.now, value.zone);
  if ('ago' in value) return sayAgo(s, value.ago, value.now, value.zone);
  if ('clock' in value) return sayClock(s, value.clock, value.zone);
  if ('dayFrom' in value) return sayDayFrom(s, value.dayFrom, value.today);
  if ('day' in value) return sayDay(s, value.day);
  if ('weekdays' in value) return sayWeekdays(s, value.weekdays, value.today, value.capital === true);
  if ('weekday' in value) return sayWeekday(s, value.weekday);
  if ('text' in value) return String(value.text);
  if ('message' in value) return say(s, value.message);
  if ('list' in value) return value.list.map((part) => say(s, part)).join(value.separator);
  return '';
}

/** The message in the runner's language, units and number formats. */
export function say(s: Speaker, message: Message): string {
  if (!message || typeof message.key !== 'string') return '';
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = sayValue(s, value);
  const count = message.values?.count;
  return s.t(message.key, typeof count === 'number' ? count : undefined, values);
}
