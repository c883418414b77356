import type { Session } from '../../utils/core/types';
import { mobilityLabel } from '../../utils/i18n/advice-text';
import { t } from '../../utils/i18n';

interface Props {
  session: Session;
  onStart: () => void;
}

/** The short mobility routine that fits any day (never counted as strength): one line and a Start button. */
export function MobilityOffer({ session, onStart }: Props) {
  return (
    <section
      class="panel mobility"
      data-testid="mobility"
      data-session={session.id}
      aria-label={t('popup.mobility.label')}
    >
      <p>
        <strong>{mobilityLabel(session)}</strong>
        <span class="muted"> {t('popup.mobility.fits')}</span>
      </p>
      <button
        type="button"
        data-testid="mobility-start"
        aria-label={t('common.mobilityStart', { minutes: session.minutes })}
        onClick={onStart}
      >
        {t('common.start')}
      </button>
    </section>
  );
}
