import type { Level, SessionItem } from '../../utils/core/types';
import type { ExerciseInfo } from '../../utils/views/session-model';
import { formatTimer } from '../../utils/i18n/format';
import { targetList, words } from '../../utils/i18n/training-text';
import { formatDose } from './dose';
import { ExerciseFigure } from './ExerciseFigure';
import type { PlayerState, Step } from './player-machine';
import { t } from '../../utils/i18n';

/** Warm-up drills and the cool-down are labelled; the main work needs no label. */
const partLabel = (part: 'warm-up' | 'cool-down') =>
  part === 'warm-up' ? t('session.warmUp') : t('session.coolDown');

/** " · left side" on a one-sided set, else nothing. */
export function sideText(step: Step): string {
  if (step.kind !== 'work' || !step.side) return '';
  return step.side === 'left' ? t('session.leftSide') : t('session.rightSide');
}

interface Props {
  step: Step | undefined;
  item: SessionItem | undefined;
  level: Level;
  info: ExerciseInfo | undefined;
  state: PlayerState;
}

/** The exercise in front of the runner: its figure, name, dose, timer, cues and easier option (or the rest before it). */
export function StepView({ step, item, level, info, state }: Props) {
  return (
    <section class={`step step-${step?.kind ?? 'work'}`} aria-labelledby="exercise-name">
      {item && (
        <ExerciseFigure
          exerciseId={item.exerciseId}
          level={level}
          name={words(item.variant.name)}
          pattern={info?.pattern}
        />
      )}
      <div class="step-text">
        {step?.kind === 'rest' && (
          <p class="rest-label" data-testid="rest">
            {t('session.restThenNext')}
          </p>
        )}
        {item?.part && item.part !== 'main' && (
          <p class="muted part-label" data-testid="part">
            {partLabel(item.part)}
          </p>
        )}
        <h2 id="exercise-name" data-testid="exercise-name">
          {item ? words(item.variant.name) : t('session.exercise')}
        </h2>
        {info && item && words(info.name) !== words(item.variant.name) && (
          <p class="muted" data-testid="variant-of">
            {t('training.variantOf', { name: words(info.name), level })}
          </p>
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
            aria-label={step?.kind === 'rest' ? t('session.restLeft') : t('session.holdLeft')}
          >
            {formatTimer(state.remainingMs ?? 0)}
          </p>
        )}
        {item && item.variant.cues.length > 0 && (
          <ul class="cues" data-testid="cues">
            {item.variant.cues.map((cue) => (
              <li key={cue}>{words(cue)}</li>
            ))}
          </ul>
        )}
        {item?.variant.easier && (
          <p class="easier" data-testid="easier">
            <strong>{t('session.easier')}</strong> {words(item.variant.easier)}
          </p>
        )}
        {info?.targets && info.targets.length > 0 && (
          <p class="muted targets" data-testid="targets">
            {t('training.works', { targets: targetList(info.targets) })}
          </p>
        )}
      </div>
    </section>
  );
}
