// Locale-free number formatting for the reasons the core writes (the same text on every machine). Only the reasons
// use it; the UI's formatter is components/format.ts (it takes formatDuration from here, so a length of time reads
// the same in a reason and beside it). Issue 13 turns the reasons into structured messages and this file goes.

import { dayNumber, localClockOf, localDateOf } from './time';

/** 6720 → "1 h 52 min"; 2700 → "45 min"; 40 → "40 s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown time';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.round(total / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Seconds per km → "3:52/km". */
export function formatPace(secondsPerKm: number): string {
  if (!Number.isFinite(secondsPerKm) || secondsPerKm <= 0) return 'unknown pace';
  const total = Math.round(secondsPerKm);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}/km`;
}

/** Metres → "14.2 km" (or "800 m" under one kilometre). */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return 'unknown distance';
  if (metres < 1000) return `${Math.round(metres)} m`;
  return formatKm(metres, 1);
}

/** Metres in kilometres to a chosen precision: (21 097, 0) → "21 km", (5000, 1) → "5.0 km". */
export function formatKm(metres: number, decimals: 0 | 1): string {
  return `${(metres / 1000).toFixed(decimals)} km`;
}

/** 1.6123 → "1.6×". */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(1)}×`;
}

/**
 * How long ago, as people say it: "40 min ago" and "5 h ago" on the same day, "yesterday at 18:10", then whole
 * days ("10 days ago") — never "249 h 45 min".
 */
export function formatAgo(thenMs: number, nowMs: number, timeZone: string): string {
  if (!Number.isFinite(thenMs) || !Number.isFinite(nowMs) || thenMs > nowMs) return 'at an unknown time';
  const days = dayNumber(localDateOf(nowMs, timeZone)) - dayNumber(localDateOf(thenMs, timeZone));
  if (days === 0) {
    const minutes = Math.round((nowMs - thenMs) / 60_000);
    if (minutes < 1) return 'just now';
    if (minutes < 60) return `${minutes} min ago`;
    return `${Math.round(minutes / 60)} h ago`;
  }
  if (days === 1) return `yesterday at ${localClockOf(thenMs, timeZone)}`;
  if (days < 14) return `${days} days ago`;
  const weeks = Math.round(days / 7);
  return weeks < 9 ? `${weeks} weeks ago` : `${Math.round(days / 30.4)} months ago`;
}
