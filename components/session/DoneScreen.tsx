import type { Session } from '../../utils/core/types';
import { formatDuration } from '../format';
import { RpeQuestion } from './RpeQuestion';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface Props {
  session: Session;
  saving: SaveState;
  /** Played to its last exercise (not "Finish early"): only then is the runner asked how hard it felt. */
  completed: boolean;
  onRetry: () => void;
  onRate?: (rpe: number) => Promise<void>;
  onClose: () => void;
}

/** What the done screen says the logged session counts as: mobility and light work are not full strength. */
function countsAs(session: Session): string {
  if (session.weight === 'mobility')
    return 'Mobility keeps you moving well; it does not count toward your weekly sessions.';
  if (session.weight === 'light') return 'A light session: it keeps the habit without tiring your legs.';
  return 'It counts toward this week’s strength target.';
}

/** The end of a session: logging it (with a retry when that failed), what it counts as, and how hard it felt. */
export function DoneScreen({ session, saving, completed, onRetry, onRate, onClose }: Props) {
  return (
    <main class="session-page" data-testid="session" data-state={saving}>
      <section class="done" data-testid="session-done" aria-live="polite">
        {saving === 'failed' ? (
          <>
            <h1>Not saved yet</h1>
            <p>HardDay could not log this session. Your work still counts: try once more.</p>
            <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
              Try again
            </button>
          </>
        ) : (
          <>
            <h1>{saving === 'saved' ? 'Session logged. Well done.' : 'Saving…'}</h1>
            <p data-testid="session-counts">
              {session.title}: {session.items.length} exercises, about {formatDuration(session.minutes * 60)}.{' '}
              {countsAs(session)}
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
