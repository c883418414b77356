import type { Session } from '../../utils/core/types';
import { LEVEL_TEXT } from '../levels';
import { formatDuration } from '../format';
import { formatDose } from '../session/dose';

interface Props {
  session: Session;
  /** A button is waiting for the background. */
  busy?: boolean;
  onStart: () => void;
  onDone: () => void;
  onSkip: () => void;
}

export function SessionPreview({ session, busy, onStart, onDone, onSkip }: Props) {
  return (
    <section
      class="panel session-preview"
      data-testid="session-preview"
      data-session={session.id}
      aria-labelledby="session-title"
    >
      <h2 id="session-title">{session.title}</h2>
      <p class="muted">
        {session.focus} · about {formatDuration(session.minutes * 60)} · {LEVEL_TEXT[session.level].name}
      </p>
      <ol class="exercise-list">
        {session.items.map((item) => (
          <li key={item.exerciseId}>
            <span>{item.variant.name}</span>
            <span class="dose">{formatDose(item.variant.dose)}</span>
          </li>
        ))}
      </ol>
      {session.notes?.map((note) => (
        <p key={note} class="note" data-testid="session-note">
          {note}
        </p>
      ))}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="start-session"
          aria-label="Start the guided session"
          onClick={onStart}
        >
          Start
        </button>
        <button
          type="button"
          data-testid="log-done"
          aria-label="Done: log this session"
          disabled={busy}
          onClick={onDone}
        >
          Done
        </button>
        <button
          type="button"
          data-testid="log-skip"
          aria-label="Skip this session"
          disabled={busy}
          onClick={onSkip}
        >
          Skip
        </button>
      </div>
    </section>
  );
}
