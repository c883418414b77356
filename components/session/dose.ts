import type { Variant } from '../../utils/core/types';
import { formatDuration } from '../../utils/i18n/format';
import { t } from '../../utils/i18n';

/** "3 × 10", "3 × 10 each side", "2 × 30 s", "2 × 20 s each side". */
export function formatDose(dose: Variant['dose']): string {
  const sets = Math.max(1, Math.round(dose.sets) || 1);
  const amount = dose.seconds
    ? formatDuration(dose.seconds)
    : dose.reps
      ? `${dose.reps}`
      : t('session.asManyAsFeelGood');
  return dose.perSide ? t('session.doseEachSide', { sets, amount }) : t('session.dose', { sets, amount });
}
