import type { PlayerAction, PlayerState, Step } from './player-machine';

function pauseLabel(step: Step | undefined, state: PlayerState): string {
  if (state.running || state.remainingMs === null) return 'Pause';
  if (step?.kind === 'work' && step.seconds && state.remainingMs === step.seconds * 1000) return 'Start';
  return 'Resume';
}

function nextLabel(step: Step | undefined): string {
  if (step?.kind === 'rest') return 'Skip rest';
  if (step?.kind === 'work' && step.seconds) return 'Skip';
  return 'Done, next';
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
      <nav class="controls" aria-label="Session controls">
        <button
          type="button"
          data-testid="back"
          disabled={state.step === 0}
          onClick={() => dispatch({ type: 'back' })}
        >
          Back
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
          {isLast ? 'Finish and log' : 'Finish early'}
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
            Beeps{' '}
            <span class="switch-state" aria-hidden="true">
              {soundOn ? 'on' : 'off'}
            </span>
          </button>
        )}
        <p class="keys muted">Keyboard: Space pauses or resumes, ← goes back, → moves on.</p>
      </div>
    </>
  );
}
