import type { Classification, Effort, Run } from '../../utils/core/types';
import { formatDistanceIn, formatRunTime, formatWhen, runKindName } from '../../utils/i18n/format';
import { t } from '../../utils/i18n';
import type { UnitSystem } from '../../utils/core/types';
import { useSay } from '../speak';

interface Props {
  run: Run;
  classification: Classification;
  overridden: boolean;
  /** The run is the activity open in the current tab (else: the latest one seen). */
  fromTab: boolean;
  unit: UnitSystem;
  onCorrect: (effort: Effort | null) => void;
}

export function RunSummary({ run, classification, overridden, fromTab, unit, onCorrect }: Props) {
  const { effort, kind, reasons } = classification;
  const say = useSay();
  const facts = [
    formatWhen(run.start),
    formatDistanceIn(run.distanceM ?? 0, unit),
    formatRunTime(run.movingS ?? run.elapsedS),
  ]
    .filter(Boolean)
    .join(' · ');
  const source =
    run.source === 'manual'
      ? t('popup.run.fromManual')
      : fromTab
        ? t('popup.run.fromTab')
        : t('popup.run.latest');
  return (
    <section
      class={`panel run-summary effort-${effort}`}
      data-testid="run-summary"
      data-effort={effort}
      data-kind={kind}
      aria-labelledby="run-title"
    >
      <p class="eyebrow">{source}</p>
      <h2 id="run-title" class="run-title">
        {run.title.trim() || t('popup.run.untitled')}
      </h2>
      {facts && <p class="muted run-facts">{facts}</p>}
      <p class="verdict">
        <span class={`badge ${effort}`} data-testid="effort">
          {effort === 'hard' ? t('common.hardDay') : t('common.easyDay')}
        </span>
        <span class="kind" data-testid="kind">
          {runKindName(kind)}
        </span>
        {overridden && <span class="muted"> · {t('popup.run.yourCall')}</span>}
      </p>
      <ul class="reasons" data-testid="reasons">
        {reasons.slice(0, 4).map((reason, index) => (
          <li key={index}>{say(reason)}</li>
        ))}
      </ul>
      <div class="correct" role="group" aria-labelledby="correct-label">
        <span id="correct-label">{overridden ? t('popup.run.youSaid') : t('popup.run.notRight')}</span>
        <button
          type="button"
          data-testid="correct-easy"
          aria-pressed={overridden && effort === 'easy'}
          onClick={() => onCorrect('easy')}
        >
          {t('popup.run.easy')}
        </button>
        <button
          type="button"
          data-testid="correct-hard"
          aria-pressed={overridden && effort === 'hard'}
          onClick={() => onCorrect('hard')}
        >
          {t('popup.run.hard')}
        </button>
        {overridden && (
          <button type="button" class="link" data-testid="correct-reset" onClick={() => onCorrect(null)}>
            {t('popup.run.letDecide')}
          </button>
        )}
      </div>
    </section>
  );
}
