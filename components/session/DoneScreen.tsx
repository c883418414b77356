import type { Session } from '../../utils/core/types';
import { formatDuration } from '../../utils/i18n/format';
import { sessionTitle } from '../../utils/i18n/training-text';
import { RpeQuestion } from './RpeQuestion';
import { t } from '../../utils/i18n';

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
  if (session.weight === 'mobility') return t('session.countsMobility');
  if (session.weight === 'light') return t('session.countsLight');
  return t('session.countsFull');
}

/** The end of a session: logging it (with a retry when that failed), what it counts as, and how hard it felt. */
export function DoneScreen({ session, saving, completed, onRetry, onRate, onClose }: Props) {
  return (
    <main class="session-page" data-testid="session" data-state={saving}>
      <section class="done" data-testid="session-done" aria-live="polite">
        {saving === 'failed' ? (
          <>
            <h1>{t('session.notSaved')}</h1>
            <p>{t('session.notSavedText')}</p>
            <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
              {t('session.tryAgain')}
            </button>
          </>
        ) : (
          <>
            <h1>{saving === 'saved' ? t('session.logged') : t('session.saving')}</h1>
            <p data-testid="session-counts">
              {t('session.counts', {
                title: sessionTitle(session.title),
                count: session.items.length,
                duration: formatDuration(session.minutes * 60),
              })}{' '}
              {countsAs(session)}
            </p>
            {saving === 'saved' && completed && onRate && <RpeQuestion onRate={onRate} />}
            <button type="button" class="primary" data-testid="close" onClick={onClose}>
              {t('session.close')}
            </button>
          </>
        )}
      </section>
    </main>
  );
}
