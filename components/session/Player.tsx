import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../utils/core/types';
import type { ExerciseInfo } from '../../utils/views/session-model';
import { RpeQuestion } from './RpeQuestion';
import { formatDuration, formatTimer } from '../format';
import { formatDose } from './dose';
import { ExerciseFigure } from './ExerciseFigure';
import { exerciseIndex, progressFraction, type PlayerState, type Step } from './player-machine';
import { usePlayer } from './use-player';

interface Props {
  session: Session;
  /** Exercise names and patterns by id (the variant carries the level's own name and dose). */
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
}

const TEXT_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (TEXT_FIELDS.has(element.tagName) || element.isContentEditable === true);
}

function sideText(step: Step): string {
  return step.kind === 'work' && step.side ? ` · ${step.side} side` : '';
}

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

/** Warm-up drills and the cool-down are labelled; the main work needs no label. */
const PART_LABEL = { 'warm-up': 'Warm-up', 'cool-down': 'Cool-down' } as const;

/** What the done screen says the logged session counts as: mobility and light work are not full strength. */
function countsAs(session: Session): string {
  if (session.weight === 'mobility')
    return 'Mobility keeps you moving well; it does not count toward your weekly sessions.';
  if (session.weight === 'light') return 'A light session: it keeps the habit without tiring your legs.';
  return 'It counts toward this week’s strength target.';
}

export function Player({ session, exercises, context, notice, onFinish, onRate, onClose }: Props) {
  const { steps, state, dispatch } = usePlayer(session);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  /** Finished on the last step (not "Finish early"): only then is the runner asked how hard it felt. */
  const [completed, setCompleted] = useState(false);
  const step = steps[state.step];
  const itemIndex = exerciseIndex(steps, state);
  const item = session.items[itemIndex];
  const info = item ? exercises[item.exerciseId] : undefined;
  const isLast = state.step >= steps.length - 1;
  const timed = state.remainingMs !== null;

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
  const finished = state.finished;

  useEffect(() => {
    // Once finished, the keys are the page's own again (Space presses a rating button).
    if (finished) return;
    // Space always pauses or resumes (as the page says), even with a button focused: a runner who just clicked
    // "Skip" expects Space to pause, not to skip again. Enter still presses the focused button.
    const isSpace = (event: KeyboardEvent) => event.key === ' ' && !isTextField(event.target);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isSpace(event)) {
        event.preventDefault();
        if (!event.repeat) dispatch({ type: 'toggle' });
      } else if (event.key === 'ArrowRight' && !isTextField(event.target)) {
        event.preventDefault();
        dispatch({ type: 'next' });
      } else if (event.key === 'ArrowLeft' && !isTextField(event.target)) {
        event.preventDefault();
        dispatch({ type: 'back' });
      }
    };
    // A focused button would otherwise "click" on the Space key's release.
    const onKeyUp = (event: KeyboardEvent) => {
      if (isSpace(event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [dispatch, finished]);

  if (state.finished) {
    return (
      <main class="session-page" data-testid="session" data-state={saving}>
        <section class="done" data-testid="session-done" aria-live="polite">
          {saving === 'failed' ? (
            <>
              <h1>Not saved yet</h1>
              <p>HardDay could not log this session. Your work still counts: try once more.</p>
              <button type="button" class="primary" data-testid="retry" onClick={save}>
                Try again
              </button>
            </>
          ) : (
            <>
              <h1>{saving === 'saved' ? 'Session logged. Well done.' : 'Saving…'}</h1>
              <p data-testid="session-counts">
                {session.title}: {session.items.length} exercises, about{' '}
                {formatDuration(session.minutes * 60)}. {countsAs(session)}
              </p>
              {saving === 'saved' && completed && onRate && <RpeQuestion onRate={onRate} />}
              <button type="button" class="primary" data-testid="close" onClick={onClose}>
                Close this tab
              </button>
            </>
          )}
        </section>
      </main>
    );
  }

  const progressLabel = `Exercise ${itemIndex + 1} of ${session.items.length}`;
  const setLabel = step?.kind === 'work' ? ` · set ${step.set} of ${step.sets}` : ' · rest';
  const percent = Math.round(progressFraction(steps, state) * 100);

  return (
    <main class="session-page" data-testid="session" data-step={state.step} data-step-kind={step?.kind}>
      <header class="session-head">
        <h1>{session.title}</h1>
        <p class="muted">
          {session.focus} · about {formatDuration(session.minutes * 60)}
          {context ? ` · ${context}` : ''}
        </p>
        {notice && (
          <p class="notice" data-testid="session-notice">
            {notice}
          </p>
        )}
        {session.notes?.map((note) => (
          <p key={note} class="note" data-testid="session-note">
            {note}
          </p>
        ))}
      </header>

      <div class="progress" data-testid="progress">
        <span>
          {progressLabel}
          {setLabel}
        </span>
        <div
          class="bar"
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>

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
          {timed && (
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
        <button type="button" class={isLast ? 'primary' : undefined} data-testid="finish" onClick={finish}>
          {isLast ? 'Finish and log' : 'Finish early'}
        </button>
      </nav>
      <p class="keys muted">Keyboard: Space pauses or resumes, ← goes back, → moves on.</p>
      <p class="visually-hidden" aria-live="polite">
        {step?.kind === 'rest'
          ? `Rest. Up next: ${item?.variant.name ?? ''}`
          : `${item?.variant.name ?? ''}${setLabel}${step ? sideText(step) : ''}`}
      </p>
    </main>
  );
}
