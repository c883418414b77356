import { describe, expect, it } from 'vitest';
import type { Session, Variant } from '../../utils/core/types';
import {
  buildSteps,
  exerciseIndex,
  initialState,
  reduce,
  runningTimer,
  type PlayerState,
} from './player-machine';

const variant = (dose: Variant['dose']): Variant => ({ name: 'Move', dose, cues: [] });

const session: Pick<Session, 'items'> = {
  items: [
    { exerciseId: 'side-plank', variant: variant({ sets: 2, seconds: 20, perSide: true }), restS: 30 },
    { exerciseId: 'squat', variant: variant({ sets: 2, reps: 10 }), restS: 45 },
  ],
};

describe('buildSteps', () => {
  it('lists each side of a timed hold, with rests between sets but not between sides', () => {
    const steps = buildSteps(session);
    expect(
      steps.map((s) => (s.kind === 'rest' ? `rest${s.seconds}` : `${s.item}.${s.set}${s.side ?? ''}`)),
    ).toEqual(['0.1left', '0.1right', 'rest30', '0.2left', '0.2right', 'rest30', '1.1', 'rest45', '1.2']);
  });

  it('never ends with a rest and never starts with one', () => {
    const steps = buildSteps(session);
    expect(steps[0]?.kind).toBe('work');
    expect(steps[steps.length - 1]?.kind).toBe('work');
  });
});

describe('reduce', () => {
  const steps = buildSteps(session);
  const run = (state: PlayerState, ...actions: Parameters<typeof reduce>[2][]) =>
    actions.reduce((s, a) => reduce(steps, s, a), state);

  it('waits for start on a hold, counts down, then rests by itself', () => {
    let state = initialState(steps);
    expect(state).toMatchObject({ step: 0, remainingMs: 20_000, running: false });
    state = run(state, { type: 'tick', elapsedMs: 5000 });
    expect(state.remainingMs).toBe(20_000);
    state = run(state, { type: 'toggle' }, { type: 'tick', elapsedMs: 5000 });
    expect(state).toMatchObject({ remainingMs: 15_000, running: true });
    state = run(state, { type: 'toggle' }, { type: 'tick', elapsedMs: 5000 });
    expect(state).toMatchObject({ remainingMs: 15_000, running: false });
    state = run(state, { type: 'toggle' }, { type: 'tick', elapsedMs: 15_000 });
    // Left side over: straight to the right side (no rest between sides), waiting for start.
    expect(state).toMatchObject({ step: 1, remainingMs: 20_000, running: false });
    state = run(state, { type: 'toggle' }, { type: 'tick', elapsedMs: 20_000 });
    expect(state).toMatchObject({ step: 2, remainingMs: 30_000, running: true });
  });

  it('starts the next hold at once when a rest runs out', () => {
    const state = run(
      { step: 2, remainingMs: 1000, running: true, finished: false },
      { type: 'tick', elapsedMs: 1000 },
    );
    expect(state).toMatchObject({ step: 3, remainingMs: 20_000, running: true });
  });

  it('has no clock on a reps step; next moves on and back returns to the previous exercise step', () => {
    let state = run(initialState(steps), { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(state.step).toBe(3);
    state = run(state, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(steps[state.step]).toMatchObject({ kind: 'work', item: 1, set: 1 });
    expect(state.remainingMs).toBeNull();
    expect(run(state, { type: 'toggle' })).toEqual(state);
    expect(exerciseIndex(steps, state)).toBe(1);
    state = run(state, { type: 'next' });
    expect(steps[state.step]?.kind).toBe('rest');
    expect(exerciseIndex(steps, state)).toBe(1);
    state = run(state, { type: 'back' });
    expect(steps[state.step]).toMatchObject({ kind: 'work', item: 1, set: 1 });
  });

  it('stays on the last step and only finish ends the session', () => {
    const last = steps.length - 1;
    let state = run({ step: last, remainingMs: null, running: false, finished: false }, { type: 'next' });
    expect(state.step).toBe(last);
    state = run(state, { type: 'finish' });
    expect(state.finished).toBe(true);
    expect(run(state, { type: 'back' })).toBe(state);
  });

  it('back on the first step stays there', () => {
    expect(run(initialState(steps), { type: 'back' }).step).toBe(0);
  });
});

describe('runningTimer', () => {
  it('runs only while a timer counts down, never once finished', () => {
    expect(runningTimer({ step: 2, remainingMs: 4000, running: true, finished: false })).toEqual({
      step: 2,
      running: true,
      remainingMs: 4000,
    });
    expect(runningTimer({ step: 2, remainingMs: 4000, running: true, finished: true }).running).toBe(false);
    expect(runningTimer({ step: 2, remainingMs: 0, running: true, finished: false }).running).toBe(false);
    expect(runningTimer({ step: 3, remainingMs: null, running: false, finished: false })).toEqual({
      step: 3,
      running: false,
      remainingMs: 0,
    });
  });
});
