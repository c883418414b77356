// The UI's one formatter: every duration, distance, clock time, date and run-kind name the popup, card, history,
// options and session page show is written here (components and utils/pages import it; the views hand over numbers
// and ISO strings). Pure: the caller passes the clock. The language and unit work that follows lands here too.
//
// One style per purpose:
// - A length of time in text (a run's time, the time left, a session or a hold): "40 s", "45 min", "1 h 5 min".
//   It is the style of the core's reasons (utils/views/say.ts), so the card never says it two ways.
// - A clock that ticks: digits, "m:ss". The strength window's countdown always shows its hours ("0:45:00") so its
//   width holds as the hours run out, and rounds down like a clock; an exercise timer rounds up, so it reads 0:00
//   exactly when the hold is over.
// - A countdown said aloud (screen readers): words, "2 hours 15 minutes left".
// - A distance: one decimal in the runner's unit and the locale's digits, "6.2 mi", "12,0 km".
// - A clock time and a day on extension pages: the browser's locale ("6:30 PM", "Tue 14:05", "Nov 10"). The in-page
//   card formats no date at all: the background says its headline (the first locale date format costs a page about
//   15 ms).
// Paces, climbs and the numbers inside the core's reasons are formatted by utils/views/say.ts; the toolbar badge's four-character time
// ("2:14", "45m") lives with the background, which may not import components.

import type { RunKind, UnitSystem } from '../core/types';
import { t, tDynamic, tn, uiLocale } from './index';

/** "Tempo run", "Intervals": a run's kind on its own, as a heading or a badge, in the runner's language. */
export const runKindName = (kind: RunKind): string => tDynamic(`common.runKind.name.${kind}`);

const METRES_PER_MILE = 1609.344;

// ── Lengths of time ──────────────────────────────────────────────────────────────────────────────────────────────

const whole = (n: number) => new Intl.NumberFormat(uiLocale()).format(n);

/** 6720 → "1 h 52 min"; 2700 → "45 min"; 40 → "40 s" (the style of the reasons, utils/views/say.ts), in the UI language. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return t('common.unit.unknown');
  const total = Math.round(seconds);
  if (total < 60) return t('common.unit.duration.s', { s: whole(total) });
  const minutes = Math.round(total / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('common.unit.duration.min', { min: whole(m) });
  return m === 0
    ? t('common.unit.duration.h', { h: whole(h) })
    : t('common.unit.duration.hMin', { h: whole(h), min: whole(m) });
}

/** A run's moving time: 5400 → "1 h 30 min"; nothing when unknown. */
export function formatRunTime(seconds: number): string {
  return Number.isFinite(seconds) && seconds > 0 ? formatDuration(seconds) : '';
}

/** Time left in a sentence, in whole minutes as the countdown beside it shows them: "2 h 15 min", "under a minute". */
export function formatTimeLeft(ms: number): string {
  if (!(ms > 0)) return t('common.unit.duration.min', { min: whole(0) });
  if (ms < 60_000) return t('common.time.underAMinute');
  return formatDuration(Math.floor(ms / 60_000) * 60);
}

// ── Clocks that tick ─────────────────────────────────────────────────────────────────────────────────────────────

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The strength window's countdown, always h:mm:ss: 8 130 000 ms → "2:15:30", 59 999 ms → "0:00:59". */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 3600)}:${twoDigits(Math.floor((total % 3600) / 60))}:${twoDigits(total % 60)}`;
}

/** An exercise or rest timer, m:ss rounded up so it reaches 0:00 exactly when the time is over: 29 100 ms → "0:30". */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${twoDigits(total % 60)}`;
}

/** The countdown in words for screen readers, in the runner's language: "2 hours 15 minutes left". */
export function spokenCountdown(ms: number, locale = uiLocale()): string {
  const totalMin = Math.max(0, Math.floor(ms / 60_000));
  if (totalMin === 0) return tn('common.time.spokenLeft', 1, { time: t('common.time.underAMinute') });
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  const inWords = (n: number, unit: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  const parts = [...(h > 0 ? [inWords(h, 'hour')] : []), ...(m > 0 ? [inWords(m, 'minute')] : [])];
  // The verb agrees with the first number said ("queda 1 hora", "quedan 2 horas").
  return tn('common.time.spokenLeft', h > 0 ? h : m, { time: parts.join(' ') });
}

// ── Distances ────────────────────────────────────────────────────────────────────────────────────────────────────

/** 10 000 m → "10.0 km" or "6.2 mi" ("10,0 km" in German); nothing when unknown. */
export function formatDistanceIn(metres: number, unit: UnitSystem): string {
  if (!Number.isFinite(metres) || metres <= 0) return '';
  const imperial = unit === 'imperial';
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: imperial ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(imperial ? metres / METRES_PER_MILE : metres / 1000);
}

// ── Clock times and dates in the browser's locale (extension pages) ───────────────────────────────────────────────
// The locale is the one the messages speak (utils/i18n uiLocale), so a German page writes German dates.

export function formatClock(iso: string, locale = uiLocale()): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

/**
 * A clock time inside a sentence ("closes at {clock}", "until {until}"): the same text, and in Spanish with the
 * article its hour takes ("la 1:10", "las 21:30"; common.time.clock). A bare time (a "18:10–21:00" window) stays
 * `formatClock`.
 */
export function formatClockInSentence(iso: string, locale = uiLocale()): string {
  const clock = formatClock(iso, locale);
  return tn('common.time.clock', parseInt(clock, 10) || 0, { clock });
}

/** "Tue 14:05" in the runner's language. */
export function formatWhen(iso: string, locale = uiLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

// Local calendar dates (YYYY-MM-DD) are built at noon UTC and shown in UTC, so the label never slips a day whatever
// the machine's zone.
const atNoon = (date: string) => new Date(`${date}T12:00:00Z`);
const localeDate = (date: string, locale: string, options: Intl.DateTimeFormatOptions) =>
  atNoon(date).toLocaleDateString(locale, { ...options, timeZone: 'UTC' });

export const weekdayShort = (date: string, locale = uiLocale()) =>
  localeDate(date, locale, { weekday: 'short' });
export const weekdayLong = (date: string, locale = uiLocale()) =>
  localeDate(date, locale, { weekday: 'long' });
/** "Nov 10" / "10 Nov" depending on the locale. */
export const dayMonth = (date: string, locale = uiLocale()) =>
  localeDate(date, locale, { day: 'numeric', month: 'short' });
/** "11/10" / "10.11." depending on the locale: short enough for a chart axis. */
export const dayMonthNumeric = (date: string, locale = uiLocale()) =>
  localeDate(date, locale, { day: 'numeric', month: 'numeric' });
