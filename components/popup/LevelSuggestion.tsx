import type { LevelSuggestionView } from '../../utils/views/popup-model';
import { useState } from 'preact/hooks';
import type { Level } from '../../utils/core/types';
import { t } from '../../utils/i18n';
import { useSay } from '../speak';

interface Props {
  suggestion: LevelSuggestionView;
  busy?: boolean;
  onSwitch: (level: Level) => void;
  onDismiss: () => void;
}

/** Suggests a level change with its reason; the runner decides: one tap switches, "Not now" puts it away. */
export function LevelSuggestion({ suggestion, busy, onSwitch, onDismiss }: Props) {
  const [dismissed, setDismissed] = useState(false);
  const say = useSay();
  if (dismissed) return null;
  const { direction, to, reason } = suggestion;
  return (
    <section
      class="panel level-suggestion"
      data-testid="level-suggestion"
      data-direction={direction}
      aria-labelledby="level-suggestion-title"
    >
      <h2 id="level-suggestion-title">
        {direction === 'up' ? t('popup.levelSuggestion.up') : t('popup.levelSuggestion.down')}
      </h2>
      <p data-testid="level-suggestion-reason">{say(reason)}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="level-suggestion-switch"
          disabled={busy}
          onClick={() => onSwitch(to)}
        >
          {t('popup.levelSuggestion.switch', { level: to })}
        </button>
        <button
          type="button"
          data-testid="level-suggestion-dismiss"
          onClick={() => {
            setDismissed(true);
            onDismiss();
          }}
        >
          {t('popup.levelSuggestion.notNow')}
        </button>
      </div>
    </section>
  );
}
