// Display helpers shared by the popup, card and session page. Pure: the caller passes the clock.

export function formatTimeLeft(ms: number, withSeconds = false): string {
  if (!(ms > 0)) return '0 min';
  const totalS = Math.floor(ms / 1000);
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  if (withSeconds) {
    const mm = String(m).padStart(2, '0');
    const ss = String(s).padStart(2, '0');
    return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
  }
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return m > 0 ? `${m} min` : 'under a minute';
}

export function formatClock(iso: string, locale?: string): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

export const KIND_LABEL = {
  race: 'Race',
  long: 'Long run',
  intervals: 'Intervals',
  tempo: 'Tempo',
  hills: 'Hills',
  easy: 'Easy run',
  recovery: 'Recovery run',
} as const;
