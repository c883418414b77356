import { useEffect, useMemo, useReducer } from 'preact/hooks';
import type { Session } from '../../utils/core/types';
import {
  buildSteps,
  initialState,
  reduce,
  type PlayerAction,
  type PlayerState,
  type Step,
} from './player-machine';

const TICK_MS = 250;

/**
 * Runs the player machine against the clock. Ticks measure real elapsed time, so a throttled background tab
 * still counts down correctly; the interval exists only while a timer is running.
 */
export function usePlayer(session: Pick<Session, 'items'>): {
  steps: Step[];
  state: PlayerState;
  dispatch: (action: PlayerAction) => void;
} {
  const steps = useMemo(() => buildSteps(session), [session]);
  const [state, dispatch] = useReducer(
    (current: PlayerState, action: PlayerAction) => reduce(steps, current, action),
    steps,
    initialState,
  );
  useEffect(() => {
    if (!state.running) return;
    let last = Date.now();
    const id = setInterval(() => {
      const now = Date.now();
      dispatch({ type: 'tick', elapsedMs: now - last });
      last = now;
    }, TICK_MS);
    return () => clearInterval(id);
  }, [state.running, state.step]);
  return { steps, state, dispatch };
}
