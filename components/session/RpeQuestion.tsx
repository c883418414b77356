import { useState } from 'preact/hooks';

/** Words for points on the scale (the others are read as their number alone). */
const WORDS: Record<number, string> = {
  1: 'very easy',
  3: 'easy',
  5: 'moderate',
  7: 'hard',
  9: 'very hard',
  10: 'as hard as it gets',
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
        Noted: {state.rpe} out of 10. HardDay uses it to suggest when to change level.
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
      <legend>How hard did that feel?</legend>
      <p class="muted" id="rpe-hint">
        Tap a number: 1 is very easy, 10 is as hard as it gets.
      </p>
      <div class="rpe-scale">
        {SCALE.map((n) => (
          <button
            key={n}
            type="button"
            data-testid={`rpe-${n}`}
            aria-label={WORDS[n] ? `${n}, ${WORDS[n]}` : String(n)}
            disabled={state.kind === 'saving'}
            onClick={() => rate(n)}
          >
            {n}
          </button>
        ))}
      </div>
      {state.kind === 'failed' && (
        <p class="status error" role="alert" data-testid="rpe-error">
          That rating could not be saved. Tap a number to try again.
        </p>
      )}
      <button type="button" class="link" data-testid="rpe-skip" onClick={() => setSkipped(true)}>
        Skip this question
      </button>
    </fieldset>
  );
}
