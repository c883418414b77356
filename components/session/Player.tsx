// The guided session page: it plays the session's steps (usePlayer), logs it at the end and hands each part of the
// screen to its own component — header, progress, the step, the controls, and the done screen.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../utils/core/types';
import type { ExerciseInfo } from '../../utils/views/session-model';
import { words } from '../../utils/i18n/training-text';
import { DoneScreen, type SaveState } from './DoneScreen';
import { exerciseIndex, progressFraction, runningTimer, type RunningTimer } from './player-machine';
import { PlayerControls } from './PlayerControls';
import { SessionHeader } from './SessionHeader';
import { SessionProgress } from './SessionProgress';
import { sideText, StepView } from './StepView';
import { usePlayer } from './use-player';
import { useSessionKeys } from './use-session-keys';
import { t } from '../../utils/i18n';

interface Props {
  session: Session;
  /** Exercise names, patterns and targets by id (the variant carries the level's own name and dose). */
  exercises: Record<string, ExerciseInfo>;
  /** e.g. "after your tempo run on Tue 14:05". */
  context?: string;
  /** Why this session was chosen, when the link did not name one. */
  notice?: string;
  /** Logs the session; the done screen shows once it resolves. */
  onFinish: () => Promise<void>;
  /**
   * Saves how hard the logged session felt (1–10). Asked once, after a session played to its last exercise and
   * logged; the runner may skip it.
   */
  onRate?: (rpe: number) => Promise<void>;
  onClose: () => void;
  /**
   * Told whenever a hold or rest timer starts, stops (pause, skip, its end, finish) or moves to the next step, with
   * the time left: the page beeps the last seconds and keeps the screen on from it.
   */
  onTimer?: (timer: RunningTimer) => void;
  /** The countdown beeps are on; with `onSoundChange`, the player shows their on/off switch. */
  soundOn?: boolean;
  onSoundChange?: (on: boolean) => void;
}

export function Player({
  session,
  exercises,
  context,
  notice,
  onFinish,
  onRate,
  onClose,
  onTimer,
  soundOn = true,
  onSoundChange,
}: Props) {
  const { steps, state, dispatch } = usePlayer(session);
  const timerListener = useRef(onTimer);
  timerListener.current = onTimer;
  // Only a start, a stop or a new step is news: the time left in between follows from the clock.
  useEffect(() => {
    timerListener.current?.(runningTimer(state));
  }, [state.step, state.running, state.finished]);
  const [saving, setSaving] = useState<SaveState>('idle');
  /** Finished on the last step (not "Finish early"): only then is the runner asked how hard it felt. */
  const [completed, setCompleted] = useState(false);
  const step = steps[state.step];
  const itemIndex = exerciseIndex(steps, state);
  const item = session.items[itemIndex];
  const info = item ? exercises[item.exerciseId] : undefined;
  const isLast = state.step >= steps.length - 1;

  const save = () => {
    if (saving === 'saving' || saving === 'saved') return;
    setSaving('saving');
    onFinish().then(
      () => setSaving('saved'),
      () => setSaving('failed'),
    );
  };
  const finish = () => {
    setCompleted(isLast);
    dispatch({ type: 'finish' });
    save();
  };
  useSessionKeys(dispatch, state.finished);

  if (state.finished) {
    return (
      <DoneScreen
        session={session}
        saving={saving}
        completed={completed}
        onRetry={save}
        onRate={onRate}
        onClose={onClose}
      />
    );
  }

  const position = { exercise: itemIndex + 1, total: session.items.length };
  return (
    <main class="session-page" data-testid="session" data-step={state.step} data-step-kind={step?.kind}>
      <SessionHeader session={session} context={context} notice={notice} />
      <SessionProgress
        label={
          step?.kind === 'work'
            ? t('session.progress', { ...position, set: step.set, sets: step.sets })
            : t('session.progressRest', position)
        }
        percent={Math.round(progressFraction(steps, state) * 100)}
      />
      <StepView step={step} item={item} level={session.level} info={info} state={state} />
      <PlayerControls
        step={step}
        state={state}
        isLast={isLast}
        dispatch={dispatch}
        onFinish={finish}
        soundOn={soundOn}
        onSoundChange={onSoundChange}
      />
      <p class="visually-hidden" aria-live="polite">
        {step?.kind === 'rest'
          ? t('session.restNext', { name: item ? words(item.variant.name) : '' })
          : step?.kind === 'work'
            ? `${t('session.announce', { name: item ? words(item.variant.name) : '', set: step.set, sets: step.sets })}${sideText(step)}`
            : item
              ? words(item.variant.name)
              : ''}
      </p>
    </main>
  );
}
