import type { Variant } from '../../utils/core/types';

/** "3 × 10", "3 × 10 each side", "2 × 30 s", "2 × 20 s each side". */
export function formatDose(dose: Variant['dose']): string {
  const sets = Math.max(1, Math.round(dose.sets) || 1);
  const amount = dose.seconds ? `${dose.seconds} s` : dose.reps ? `${dose.reps}` : 'as many as feel good';
  const side = dose.perSide ? ' each side' : '';
  return `${sets} × ${amount}${side}`;
}

/** Countdown display, rounded up so it reaches 0:00 exactly when the time is over: 29 100 ms → "0:30". */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
