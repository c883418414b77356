import { t } from '../../utils/i18n';

/** Where the runner is: "Exercise 2 of 6 · set 1 of 3" and a bar of the whole session done so far. */
export function SessionProgress({ label, percent }: { label: string; percent: number }) {
  return (
    <div class="progress" data-testid="progress">
      <span>{label}</span>
      <div
        class="bar"
        role="progressbar"
        aria-label={t('session.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
