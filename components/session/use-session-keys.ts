import { useEffect } from 'preact/hooks';
import type { PlayerAction } from './player-machine';

const TEXT_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (TEXT_FIELDS.has(element.tagName) || element.isContentEditable === true);
}

/**
 * The session's keys while it plays: Space pauses or resumes, ← goes back, → moves on. Once finished, the keys are
 * the page's own again (Space presses a rating button).
 */
export function useSessionKeys(dispatch: (action: PlayerAction) => void, finished: boolean): void {
  useEffect(() => {
    if (finished) return;
    // Space always pauses or resumes (as the page says), even with a button focused: a runner who just clicked
    // "Skip" expects Space to pause, not to skip again. Enter still presses the focused button.
    const isSpace = (event: KeyboardEvent) => event.key === ' ' && !isTextField(event.target);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isSpace(event)) {
        event.preventDefault();
        if (!event.repeat) dispatch({ type: 'toggle' });
      } else if (event.key === 'ArrowRight' && !isTextField(event.target)) {
        event.preventDefault();
        dispatch({ type: 'next' });
      } else if (event.key === 'ArrowLeft' && !isTextField(event.target)) {
        event.preventDefault();
        dispatch({ type: 'back' });
      }
    };
    // A focused button would otherwise "click" on the Space key's release.
    const onKeyUp = (event: KeyboardEvent) => {
      if (isSpace(event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [dispatch, finished]);
}
