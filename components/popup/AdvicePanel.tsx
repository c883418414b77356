import type { Advice } from '../../utils/core/types';
import { adviceHeadline } from '../../utils/i18n/advice-text';
import { countdownEnd } from './countdown';
import { formatClockInSentence, formatCountdown, spokenCountdown } from '../../utils/i18n/format';
import { t } from '../../utils/i18n';
import { useSay, type Say } from '../speak';

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

function headline(advice: Advice, now: number, logged: Props['logged'], say: Say): string {
  if (advice.kind === 'strength') return t('popup.advice.strengthOpen');
  if (advice.kind === 'foundation') return t('popup.advice.foundation');
  if (advice.kind === 'done' && logged === 'skipped') return t('popup.advice.skipped');
  return adviceHeadline(advice, now, say);
}

export function AdvicePanel({ advice, now, logged, busy, onUndo, onMarkHard }: Props) {
  const endsAt = countdownEnd(advice);
  const leftMs = endsAt ? Date.parse(endsAt) - now : 0;
  const askFeltHard = advice.kind === 'easy-day' && advice.askFeltHard === true;
  const say = useSay();
  return (
    <section
      class={`panel advice advice-${advice.kind}`}
      data-testid="advice"
      data-advice={advice.kind}
      aria-labelledby="advice-title"
    >
      <h2 id="advice-title">{headline(advice, now, logged, say)}</h2>
      {endsAt && (
        <p class="countdown-line">
          <span class="countdown" data-testid="countdown" role="timer" aria-label={spokenCountdown(leftMs)}>
            {formatCountdown(leftMs)}
          </span>
          <span class="muted">
            {advice.kind === 'foundation'
              ? t('popup.advice.leftFitsUntil', { clock: formatClockInSentence(endsAt) })
              : t('popup.advice.leftClosesAt', { clock: formatClockInSentence(endsAt) })}
          </span>
        </p>
      )}
      {askFeltHard && (
        <div class="felt-hard" role="group" aria-labelledby="felt-hard-question">
          <span id="felt-hard-question">
            <strong>{t('common.feltHard')}</strong> {t('common.feltHardThen')}
          </span>
          <button type="button" class="primary" data-testid="felt-hard" disabled={busy} onClick={onMarkHard}>
            {t('common.markHard')}
          </button>
        </div>
      )}
      {logged && (
        <p class="logged" data-testid="logged" data-status={logged}>
          <span>{logged === 'done' ? t('popup.advice.loggedDone') : t('popup.advice.loggedSkipped')}</span>
          <button
            type="button"
            class="link"
            data-testid="log-undo"
            aria-label={t('popup.advice.undoLabel')}
            disabled={busy}
            onClick={onUndo}
          >
            {t('popup.advice.undo')}
          </button>
        </p>
      )}
      {advice.reasons.length > 0 && (
        <details class="why">
          <summary>{t('popup.advice.why')}</summary>
          <ul class="reasons">
            {advice.reasons.map((reason, index) => (
              <li key={index}>{say(reason)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
