import type { Session } from '../../utils/core/types';
import { levelName } from '../../utils/i18n/levels';
import { formatDuration } from '../../utils/i18n/format';
import { formatDose } from '../session/dose';
import { t } from '../../utils/i18n';
import { sessionTitle, words } from '../../utils/i18n/training-text';

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
      <h2 id="session-title">{sessionTitle(session.title)}</h2>
      <p class="muted">
        {t('popup.session.facts', {
          focus: words(session.focus),
          duration: formatDuration(session.minutes * 60),
          level: levelName(session.level),
        })}
      </p>
      <ol class="exercise-list">
        {session.items.map((item) => (
          <li key={item.exerciseId}>
            <span>{words(item.variant.name)}</span>
            <span class="dose">{formatDose(item.variant.dose)}</span>
          </li>
        ))}
      </ol>
      {session.notes?.map((note) => (
        <p key={note} class="note" data-testid="session-note">
          {words(note)}
        </p>
      ))}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="start-session"
          aria-label={t('popup.session.startLabel')}
          onClick={onStart}
        >
          {t('common.start')}
        </button>
        <button
          type="button"
          data-testid="log-done"
          aria-label={t('popup.session.doneLabel')}
          disabled={busy}
          onClick={onDone}
        >
          {t('popup.session.done')}
        </button>
        <button
          type="button"
          data-testid="log-skip"
          aria-label={t('popup.session.skipLabel')}
          disabled={busy}
          onClick={onSkip}
        >
          {t('popup.session.skip')}
        </button>
      </div>
    </section>
  );
}
