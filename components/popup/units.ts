import type { DistanceUnit } from '../../utils/views/units';

export type { DistanceUnit };

const METRES_PER_MILE = 1609.344;

export function formatDistanceIn(metres: number, unit: DistanceUnit): string {
  if (!Number.isFinite(metres) || metres <= 0) return '';
  const value = unit === 'mi' ? metres / METRES_PER_MILE : metres / 1000;
  return `${value.toFixed(1)} ${unit}`;
}

/** 5400 → "1:30 h", 2700 → "45 min". */
export function formatRunTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} h`;
}

/** "Tue 14:05" in the runner's language. */
export function formatWhen(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
}
