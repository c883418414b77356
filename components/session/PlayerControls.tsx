import type { PlayerAction, PlayerState, Step } from './player-machine';
import { t } from '../../utils/i18n';

function pauseLabel(step: Step | undefined, state: PlayerState): string {
  if (state.running || state.remainingMs === null) return t('session.pause');
  if (step?.kind === 'work' && step.seconds && state.remainingMs === step.seconds * 1000)
    return t('session.start');
  return t('session.resume');
}

function nextLabel(step: Step | undefined): string {
  if (step?.kind === 'rest') return t('session.skipRest');
  if (step?.kind === 'work' && step.seconds) return t('session.skip');
  return t('session.doneNext');
}

interface Props {
  step: Step | undefined;
  state: PlayerState;
  isLast: boolean;
  dispatch: (action: PlayerAction) => void;
  onFinish: () => void;
  soundOn?: boolean;
  /** With it, a switch turns the countdown beeps on and off. */
  onSoundChange?: (on: boolean) => void;
}

/** Back, pause or start, next, and finish, with the keys that do the same. */
export function PlayerControls({
  step,
  state,
  isLast,
  dispatch,
  onFinish,
  soundOn = true,
  onSoundChange,
}: Props) {
  const timed = state.remainingMs !== null;
  return (
    <>
      <nav class="controls" aria-label={t('session.controls')}>
        <button
          type="button"
          data-testid="back"
          disabled={state.step === 0}
          onClick={() => dispatch({ type: 'back' })}
        >
          {t('session.back')}
        </button>
        <button
          type="button"
          data-testid="pause"
          disabled={!timed || (state.remainingMs ?? 0) <= 0}
          onClick={() => dispatch({ type: 'toggle' })}
        >
          {pauseLabel(step, state)}
        </button>
        {!isLast && (
          <button type="button" class="primary" data-testid="next" onClick={() => dispatch({ type: 'next' })}>
            {nextLabel(step)}
          </button>
        )}
        <button type="button" class={isLast ? 'primary' : undefined} data-testid="finish" onClick={onFinish}>
          {isLast ? t('session.finishLog') : t('session.finishEarly')}
        </button>
      </nav>
      <div class="player-extras">
        {onSoundChange && (
          <button
            type="button"
            role="switch"
            class="sound-switch"
            aria-checked={soundOn}
            data-testid="sound"
            onClick={() => onSoundChange(!soundOn)}
          >
            {t('session.beeps')}{' '}
            <span class="switch-state" aria-hidden="true">
              {soundOn ? t('session.on') : t('session.off')}
            </span>
          </button>
        )}
        <p class="keys muted">{t('session.keys')}</p>
      </div>
    </>
  );
}
