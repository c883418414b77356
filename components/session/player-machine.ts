// The guided player as a pure state machine: the session becomes a list of steps (each set of each exercise, with
// rests between), and every user action or clock tick is a transition. The timer hook only feeds it elapsed time.

import type { Session, Variant } from '../../utils/core/types';

export type Side = 'left' | 'right';

export interface WorkStep {
  kind: 'work';
  /** Index into session.items. */
  item: number;
  set: number;
  sets: number;
  side?: Side;
  /** A timed hold: seconds to count down. Without it the step is counted reps, finished by hand. */
  seconds?: number;
  reps?: number;
}

export interface RestStep {
  kind: 'rest';
  /** The item that comes next, so the rest screen can show what to get ready for. */
  nextItem: number;
  seconds: number;
}

export type Step = WorkStep | RestStep;

export interface PlayerState {
  step: number;
  /** Milliseconds left on the current step's timer; null for a step counted in reps. */
  remainingMs: number | null;
  running: boolean;
  finished: boolean;
}

export type PlayerAction =
  | { type: 'tick'; elapsedMs: number }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'finish' };

const MIN_REST_S = 5;

function workSteps(item: number, variant: Variant): WorkStep[] {
  const { sets, reps, seconds, perSide } = variant.dose;
  const setCount = Math.max(1, Math.round(sets) || 1);
  const steps: WorkStep[] = [];
  for (let set = 1; set <= setCount; set += 1) {
    // A timed hold on each side is two holds in a row; reps per side are one step ("10 each side").
    const sides: (Side | undefined)[] = seconds && perSide ? ['left', 'right'] : [undefined];
    for (const side of sides) {
      steps.push({ kind: 'work', item, set, sets: setCount, side, seconds: seconds || undefined, reps });
    }
  }
  return steps;
}

/** Every set of every exercise in order, with the item's rest after each set except the very last one. */
export function buildSteps(session: Pick<Session, 'items'>): Step[] {
  const steps: Step[] = [];
  session.items.forEach((entry, item) => {
    const work = workSteps(item, entry.variant);
    work.forEach((step, i) => {
      const previous = steps[steps.length - 1];
      const sameSetOtherSide = i > 0 && step.side === 'right' && work[i - 1]?.set === step.set;
      if (previous && !sameSetOtherSide) {
        const restS = session.items[previous.kind === 'work' ? previous.item : item]?.restS ?? 0;
        steps.push({ kind: 'rest', nextItem: item, seconds: Math.max(MIN_REST_S, Math.round(restS)) });
      }
      steps.push(step);
    });
  });
  return steps;
}

function enter(steps: Step[], index: number): PlayerState {
  const step = steps[index];
  if (!step) return { step: index, remainingMs: null, running: false, finished: false };
  if (step.kind === 'rest')
    return { step: index, remainingMs: step.seconds * 1000, running: true, finished: false };
  // A hold waits for the runner to get into position and press start; reps need no clock at all.
  return {
    step: index,
    remainingMs: step.seconds ? step.seconds * 1000 : null,
    running: false,
    finished: false,
  };
}

export function initialState(steps: Step[]): PlayerState {
  return enter(steps, 0);
}

function previousWork(steps: Step[], from: number): number {
  for (let i = from - 1; i >= 0; i -= 1) if (steps[i]?.kind === 'work') return i;
  return 0;
}

export function reduce(steps: Step[], state: PlayerState, action: PlayerAction): PlayerState {
  if (state.finished) return state;
  const last = steps.length - 1;
  switch (action.type) {
    case 'tick': {
      if (!state.running || state.remainingMs === null) return state;
      const remainingMs = state.remainingMs - Math.max(0, action.elapsedMs);
      if (remainingMs > 0) return { ...state, remainingMs };
      // Time is up: move on by itself, except after the last step, which waits for "Finish".
      if (state.step >= last) return { ...state, remainingMs: 0, running: false };
      const after = enter(steps, state.step + 1);
      // Coming out of a rest straight into a hold: the rest was the get-ready time, so the hold starts at once.
      const fromRest = steps[state.step]?.kind === 'rest';
      return fromRest && after.remainingMs !== null ? { ...after, running: true } : after;
    }
    case 'toggle':
      if (state.remainingMs === null || state.remainingMs <= 0) return state;
      return { ...state, running: !state.running };
    case 'next':
      return state.step >= last ? state : enter(steps, state.step + 1);
    case 'back':
      return enter(steps, previousWork(steps, state.step));
    case 'finish':
      return { ...state, running: false, finished: true };
  }
}

/** "Exercise 2 of 6": the exercise the current step belongs to (a rest counts toward the one coming up). */
export function exerciseIndex(steps: Step[], state: PlayerState): number {
  const step = steps[state.step];
  if (!step) return 0;
  return step.kind === 'work' ? step.item : step.nextItem;
}

/** Fraction of steps completed, 0 … 1. */
export function progressFraction(steps: Step[], state: PlayerState): number {
  if (state.finished || steps.length === 0) return 1;
  return state.step / steps.length;
}

/** A hold or rest timer as the page outside the player sees it: running or not, and how long it has left. */
export interface RunningTimer {
  step: number;
  running: boolean;
  /** Milliseconds left; 0 for a step without a clock. */
  remainingMs: number;
}

/** The timer of this state: running only while it counts down (never once the session is finished). */
export function runningTimer(state: PlayerState): RunningTimer {
  const remainingMs = Math.max(0, state.remainingMs ?? 0);
  return { step: state.step, running: state.running && !state.finished && remainingMs > 0, remainingMs };
}
