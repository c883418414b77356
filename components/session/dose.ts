import type { Variant } from '../../utils/core/types';
import { formatDuration } from '../format';

/** "3 × 10", "3 × 10 each side", "2 × 30 s", "2 × 20 s each side". */
export function formatDose(dose: Variant['dose']): string {
  const sets = Math.max(1, Math.round(dose.sets) || 1);
  const amount = dose.seconds
    ? formatDuration(dose.seconds)
    : dose.reps
      ? `${dose.reps}`
      : 'as many as feel good';
  const side = dose.perSide ? ' each side' : '';
  return `${sets} × ${amount}${side}`;
}
