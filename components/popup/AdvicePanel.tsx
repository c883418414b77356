import type { Advice } from '../../utils/core/types';
import { adviceHeadline } from '../advice-text';
import { formatCountdown, spokenCountdown } from './countdown';
import { formatClock } from '../format';

interface Props {
  advice: Advice;
  /** Epoch ms; ticks every second while the window is open. */
  now: number;
  /** This run's entry in the strength log. */
  logged?: 'done' | 'skipped';
  busy?: boolean;
  onUndo: () => void;
}

function headline(advice: Advice, now: number, logged: Props['logged']): string {
  if (advice.kind === 'strength') return 'Strength window open';
  if (advice.kind === 'done' && logged === 'skipped') return 'Strength skipped for this run.';
  return adviceHeadline(advice, now);
}

export function AdvicePanel({ advice, now, logged, busy, onUndo }: Props) {
  const leftMs = advice.kind === 'strength' ? Date.parse(advice.windowEnds) - now : 0;
  return (
    <section
      class={`panel advice advice-${advice.kind}`}
      data-testid="advice"
      data-advice={advice.kind}
      aria-labelledby="advice-title"
    >
      <h2 id="advice-title">{headline(advice, now, logged)}</h2>
      {advice.kind === 'strength' && (
        <p class="countdown-line">
          <span class="countdown" data-testid="countdown" role="timer" aria-label={spokenCountdown(leftMs)}>
            {formatCountdown(leftMs)}
          </span>
          <span class="muted">left · closes at {formatClock(advice.windowEnds)}</span>
        </p>
      )}
      {logged && (
        <p class="logged" data-testid="logged" data-status={logged}>
          <span>
            {logged === 'done' ? '✓ Session logged for this run' : 'You skipped strength for this run'}
          </span>
          <button
            type="button"
            class="link"
            data-testid="log-undo"
            aria-label="Undo: remove this log entry"
            disabled={busy}
            onClick={onUndo}
          >
            Undo
          </button>
        </p>
      )}
      {advice.reasons.length > 0 && (
        <details class="why">
          <summary>Why this advice</summary>
          <ul class="reasons">
            {advice.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
