import type { Advice } from '../../utils/core/types';

/** The instant a live countdown runs to: the strength window's end, or the foundation session's cut-off. */
export function countdownEnd(advice: Advice | undefined): string | undefined {
  if (advice?.kind === 'strength') return advice.windowEnds;
  if (advice?.kind === 'foundation') return advice.until;
  return undefined;
}

/** Always h:mm:ss, so the display keeps its width as the hours run out: 8 130 000 ms → "2:15:30". */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The same span in words for screen readers: "2 hours 15 minutes left". */
export function spokenCountdown(ms: number): string {
  const totalMin = Math.max(0, Math.floor(ms / 60_000));
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  const parts = [];
  if (h > 0) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m > 0 || h === 0)
    parts.push(h === 0 && m === 0 ? 'under a minute' : `${m} minute${m === 1 ? '' : 's'}`);
  return `${parts.join(' ')} left`;
}
