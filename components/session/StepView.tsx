import type { SessionItem } from '../../utils/core/types';
import type { ExerciseInfo } from '../../utils/views/session-model';
import { formatTimer } from '../format';
import { formatDose } from './dose';
import { ExerciseFigure } from './ExerciseFigure';
import type { PlayerState, Step } from './player-machine';

/** Warm-up drills and the cool-down are labelled; the main work needs no label. */
const PART_LABEL = { 'warm-up': 'Warm-up', 'cool-down': 'Cool-down' } as const;

/** " · left side" on a one-sided set, else nothing. */
export function sideText(step: Step): string {
  return step.kind === 'work' && step.side ? ` · ${step.side} side` : '';
}

interface Props {
  step: Step | undefined;
  item: SessionItem | undefined;
  info: ExerciseInfo | undefined;
  state: PlayerState;
}

/** The exercise in front of the runner: its figure, name, dose, timer, cues and easier option (or the rest before it). */
export function StepView({ step, item, info, state }: Props) {
  return (
    <section class={`step step-${step?.kind ?? 'work'}`} aria-labelledby="exercise-name">
      {item && (
        <ExerciseFigure
          exerciseId={item.exerciseId}
          name={info?.name ?? item.variant.name}
          pattern={info?.pattern}
        />
      )}
      <div class="step-text">
        {step?.kind === 'rest' && (
          <p class="rest-label" data-testid="rest">
            Rest, then up next:
          </p>
        )}
        {item?.part && item.part !== 'main' && (
          <p class="muted part-label" data-testid="part">
            {PART_LABEL[item.part]}
          </p>
        )}
        <h2 id="exercise-name" data-testid="exercise-name">
          {item?.variant.name ?? 'Exercise'}
        </h2>
        {info && info.name !== item?.variant.name && (
          <p class="muted">A version of the {info.name.toLowerCase()}</p>
        )}
        {item && (
          <p class="step-dose" data-testid="dose">
            {formatDose(item.variant.dose)}
            {step && sideText(step)}
          </p>
        )}
        {state.remainingMs !== null && (
          <p
            class={state.running ? 'timer running' : 'timer'}
            data-testid="timer"
            role="timer"
            aria-label={step?.kind === 'rest' ? 'Rest time left' : 'Hold time left'}
          >
            {formatTimer(state.remainingMs ?? 0)}
          </p>
        )}
        {item && item.variant.cues.length > 0 && (
          <ul class="cues" data-testid="cues">
            {item.variant.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        )}
        {item?.variant.easier && (
          <p class="easier" data-testid="easier">
            <strong>Easier option:</strong> {item.variant.easier}
          </p>
        )}
      </div>
    </section>
  );
}
