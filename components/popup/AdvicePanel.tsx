import type { Advice } from '../../utils/core/types';
import { adviceHeadline } from '../advice-text';
import { countdownEnd } from './countdown';
import { formatClock, formatCountdown, spokenCountdown } from '../format';

interface Props {
  advice: Advice;
  /** Epoch ms; ticks every second while the window is open. */
  now: number;
  /** This run's entry in the strength log. */
  logged?: 'done' | 'skipped';
  busy?: boolean;
  onUndo: () => void;
  /** "Felt hard? Mark it hard": the runner's correction of this run to hard. */
  onMarkHard: () => void;
}

function headline(advice: Advice, now: number, logged: Props['logged']): string {
  if (advice.kind === 'strength') return 'Strength window open';
  if (advice.kind === 'foundation') return 'Rest day: time for your foundation session';
  if (advice.kind === 'done' && logged === 'skipped') return 'Strength skipped for this run.';
  return adviceHeadline(advice, now);
}

export function AdvicePanel({ advice, now, logged, busy, onUndo, onMarkHard }: Props) {
  const endsAt = countdownEnd(advice);
  const leftMs = endsAt ? Date.parse(endsAt) - now : 0;
  const askFeltHard = advice.kind === 'easy-day' && advice.askFeltHard === true;
  return (
    <section
      class={`panel advice advice-${advice.kind}`}
      data-testid="advice"
      data-advice={advice.kind}
      aria-labelledby="advice-title"
    >
      <h2 id="advice-title">{headline(advice, now, logged)}</h2>
      {endsAt && (
        <p class="countdown-line">
          <span class="countdown" data-testid="countdown" role="timer" aria-label={spokenCountdown(leftMs)}>
            {formatCountdown(leftMs)}
          </span>
          <span class="muted">
            left · {advice.kind === 'foundation' ? 'fits until' : 'closes at'} {formatClock(endsAt)}
          </span>
        </p>
      )}
      {askFeltHard && (
        <div class="felt-hard" role="group" aria-labelledby="felt-hard-question">
          <span id="felt-hard-question">
            <strong>Felt hard?</strong> Then strength fits after it.
          </span>
          <button type="button" class="primary" data-testid="felt-hard" disabled={busy} onClick={onMarkHard}>
            Mark it hard
          </button>
        </div>
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
