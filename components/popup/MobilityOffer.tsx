import type { Session } from '../../utils/core/types';
import { mobilityLabel } from '../advice-text';

interface Props {
  session: Session;
  onStart: () => void;
}

/** The short mobility routine that fits any day (never counted as strength): one line and a Start button. */
export function MobilityOffer({ session, onStart }: Props) {
  return (
    <section class="panel mobility" data-testid="mobility" data-session={session.id} aria-label="Mobility">
      <p>
        <strong>{mobilityLabel(session)}</strong>
        <span class="muted"> Fits any day; not counted as strength.</span>
      </p>
      <button
        type="button"
        data-testid="mobility-start"
        aria-label={`Start the ${session.minutes}-minute mobility routine`}
        onClick={onStart}
      >
        Start
      </button>
    </section>
  );
}
