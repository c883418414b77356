import type { Classification, Effort, Run } from '../../utils/core/types';
import { formatDistanceIn, formatRunTime, formatWhen, runKindName } from '../format';
import type { DistanceUnit } from '../../utils/views/units';

interface Props {
  run: Run;
  classification: Classification;
  overridden: boolean;
  /** The run is the activity open in the current tab (else: the latest one seen). */
  fromTab: boolean;
  unit: DistanceUnit;
  onCorrect: (effort: Effort | null) => void;
}

export function RunSummary({ run, classification, overridden, fromTab, unit, onCorrect }: Props) {
  const { effort, kind, reasons } = classification;
  const facts = [
    formatWhen(run.start),
    formatDistanceIn(run.distanceM ?? 0, unit),
    formatRunTime(run.movingS ?? run.elapsedS),
  ]
    .filter(Boolean)
    .join(' · ');
  const source =
    run.source === 'manual' ? 'Logged by hand' : fromTab ? 'The run in this tab' : 'Your latest run';
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
        {run.title.trim() || 'Run'}
      </h2>
      {facts && <p class="muted run-facts">{facts}</p>}
      <p class="verdict">
        <span class={`badge ${effort}`} data-testid="effort">
          {effort === 'hard' ? 'Hard day' : 'Easy day'}
        </span>
        <span class="kind" data-testid="kind">
          {runKindName(kind)}
        </span>
        {overridden && <span class="muted"> · your call</span>}
      </p>
      <ul class="reasons" data-testid="reasons">
        {reasons.slice(0, 4).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div class="correct" role="group" aria-labelledby="correct-label">
        <span id="correct-label">{overridden ? 'You said:' : 'Not right? It was'}</span>
        <button
          type="button"
          data-testid="correct-easy"
          aria-pressed={overridden && effort === 'easy'}
          onClick={() => onCorrect('easy')}
        >
          Easy
        </button>
        <button
          type="button"
          data-testid="correct-hard"
          aria-pressed={overridden && effort === 'hard'}
          onClick={() => onCorrect('hard')}
        >
          Hard
        </button>
        {overridden && (
          <button type="button" class="link" data-testid="correct-reset" onClick={() => onCorrect(null)}>
            Let HardDay decide
          </button>
        )}
      </div>
    </section>
  );
}
