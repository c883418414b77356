// Locale-free number formatting for the reasons the core writes (the same text on every machine).

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
  return `${(metres / 1000).toFixed(1)} km`;
}

/** 1.6123 → "1.6×". */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(1)}×`;
}
