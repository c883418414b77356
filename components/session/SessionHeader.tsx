import type { Session } from '../../utils/core/types';
import type { ContentKey } from '../../utils/core/types';
import { formatDuration } from '../../utils/i18n/format';
import { t } from '../../utils/i18n';
import { sessionTitle, words } from '../../utils/i18n/training-text';

/** What this session is: its title, focus and length, why it was chosen, and its safety notes. */
export function SessionHeader({
  session,
  context,
  notice,
}: {
  session: Session;
  context?: string;
  notice?: ContentKey;
}) {
  return (
    <header class="session-head">
      <h1>{sessionTitle(session.title)}</h1>
      <p class="muted">
        {context
          ? t('session.factsContext', {
              focus: words(session.focus),
              duration: formatDuration(session.minutes * 60),
              context,
            })
          : t('session.facts', {
              focus: words(session.focus),
              duration: formatDuration(session.minutes * 60),
            })}
      </p>
      {notice && (
        <p class="notice" data-testid="session-notice">
          {words(notice)}
        </p>
      )}
      {session.notes?.map((note) => (
        <p key={note} class="note" data-testid="session-note">
          {words(note)}
        </p>
      ))}
    </header>
  );
}
