import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** Words for points on the scale (the others are read as their number alone). */
const WORDS: Record<number, () => string> = {
  1: () => t('session.rpe.word1'),
  3: () => t('session.rpe.word3'),
  5: () => t('session.rpe.word5'),
  7: () => t('session.rpe.word7'),
  9: () => t('session.rpe.word9'),
  10: () => t('session.rpe.word10'),
};

const SCALE = Array.from({ length: 10 }, (_, i) => i + 1);

type State =
  { kind: 'asking' } | { kind: 'saving'; rpe: number } | { kind: 'failed' } | { kind: 'done'; rpe: number };

/**
 * "How hard did that feel?" once, after a logged session: one tap on 1–10 saves it, "Skip" puts the question away.
 * Plain buttons, so Tab, Enter and Space reach and press them.
 */
export function RpeQuestion({ onRate }: { onRate: (rpe: number) => Promise<void> }) {
  const [state, setState] = useState<State>({ kind: 'asking' });
  const [skipped, setSkipped] = useState(false);
  if (skipped) return null;
  if (state.kind === 'done') {
    return (
      <p class="rpe-thanks" data-testid="rpe-saved" role="status">
        {t('session.rpe.noted', { rpe: state.rpe })}
      </p>
    );
  }
  const rate = (rpe: number) => {
    if (state.kind === 'saving') return;
    setState({ kind: 'saving', rpe });
    onRate(rpe).then(
      () => setState({ kind: 'done', rpe }),
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <fieldset class="rpe" data-testid="rpe" aria-describedby="rpe-hint">
      <legend>{t('session.rpe.question')}</legend>
      <p class="muted" id="rpe-hint">
        {t('session.rpe.hint')}
      </p>
      <div class="rpe-scale">
        {SCALE.map((n) => (
          <button
            key={n}
            type="button"
            data-testid={`rpe-${n}`}
            aria-label={WORDS[n] ? t('session.rpe.point', { n, word: WORDS[n]() }) : String(n)}
            disabled={state.kind === 'saving'}
            onClick={() => rate(n)}
          >
            {n}
          </button>
        ))}
      </div>
      {state.kind === 'failed' && (
        <p class="status error" role="alert" data-testid="rpe-error">
          {t('session.rpe.failed')}
        </p>
      )}
      <button type="button" class="link" data-testid="rpe-skip" onClick={() => setSkipped(true)}>
        {t('session.rpe.skip')}
      </button>
    </fieldset>
  );
}
