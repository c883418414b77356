import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../utils/core/types';
import { Player } from './Player';

const session: Session = {
  id: 'test-session',
  title: 'Core first',
  focus: 'core and single-leg',
  level: 2,
  minutes: 12,
  items: [
    {
      exerciseId: 'side-plank',
      variant: {
        name: 'Side plank',
        dose: { sets: 1, seconds: 10 },
        cues: ['Hips high'],
        easier: 'Knees down',
      },
      restS: 20,
    },
    {
      exerciseId: 'squat',
      variant: { name: 'Squat', dose: { sets: 1, reps: 12 }, cues: ['Heels down'] },
      restS: 30,
    },
  ],
};
const exercises = { 'side-plank': { name: 'Side plank' }, squat: { name: 'Bodyweight squat' } };

let root: HTMLElement;
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const press = (key: string) =>
  act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const click = (id: string) => act(() => q(id)!.click());
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('Player', () => {
  it('runs a hold with the keyboard, rests by itself and logs on finish', async () => {
    const onFinish = vi.fn(() => Promise.resolve());
    act(() =>
      render(<Player session={session} exercises={exercises} onFinish={onFinish} onClose={() => {}} />, root),
    );
    expect(q('exercise-name')!.textContent).toBe('Side plank');
    expect(q('progress')!.textContent).toContain('Exercise 1 of 2');
    expect(q('dose')!.textContent).toBe('1 × 10 s');
    expect(q('timer')!.textContent).toBe('0:10');
    expect(q('easier')!.textContent).toContain('Knees down');

    await advance(3000);
    expect(q('timer')!.textContent).toBe('0:10'); // a hold waits for start

    press(' ');
    await advance(4000);
    expect(q('timer')!.textContent).toBe('0:06');
    expect(q('pause')!.textContent).toBe('Pause');

    press(' ');
    await advance(5000);
    expect(q('timer')!.textContent).toBe('0:06');
    expect(q('pause')!.textContent).toBe('Resume');

    press(' ');
    await advance(6250);
    // Hold over: rest for the next exercise, counting down by itself.
    expect(q('rest')).not.toBeNull();
    expect(q('exercise-name')!.textContent).toBe('Squat');
    expect(q('progress')!.textContent).toContain('Exercise 2 of 2');
    await advance(20_250);
    expect(q('rest')).toBeNull();
    expect(q('timer')).toBeNull(); // reps, no clock
    expect(q('next')).toBeNull(); // last step
    expect(q('finish')!.textContent).toBe('Finish and log');

    press('ArrowLeft');
    expect(q('exercise-name')!.textContent).toBe('Side plank');
    expect(q('timer')!.textContent).toBe('0:10');
    press('ArrowRight');
    press('ArrowRight');
    expect(q('exercise-name')!.textContent).toBe('Squat');

    click('finish');
    await act(() => Promise.resolve());
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(q('session-done')!.textContent).toContain('Session logged');
  });

  it('offers a retry when logging fails', async () => {
    const onFinish = vi.fn(() => Promise.reject(new Error('offline')));
    act(() =>
      render(<Player session={session} exercises={exercises} onFinish={onFinish} onClose={() => {}} />, root),
    );
    click('finish');
    await act(() => Promise.resolve());
    expect(q('session-done')!.textContent).toContain('could not log');
    click('retry');
    await act(() => Promise.resolve());
    expect(onFinish).toHaveBeenCalledTimes(2);
  });

  it('pauses with space even when a button has focus, and keeps that button from firing', () => {
    act(() =>
      render(
        <Player
          session={session}
          exercises={exercises}
          onFinish={() => Promise.resolve()}
          onClose={() => {}}
        />,
        root,
      ),
    );
    const down = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    const up = new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true });
    act(() => void q('next')!.dispatchEvent(down));
    act(() => void q('next')!.dispatchEvent(up));
    expect(q('pause')!.textContent).toBe('Pause');
    expect(q('exercise-name')!.textContent).toBe('Side plank');
    expect(down.defaultPrevented && up.defaultPrevented).toBe(true);
  });

  it('asks once how hard it felt after the last exercise, and saves a one-tap answer', async () => {
    const onRate = vi.fn(() => Promise.resolve());
    act(() =>
      render(
        <Player
          session={session}
          exercises={exercises}
          onFinish={() => Promise.resolve()}
          onRate={onRate}
          onClose={() => {}}
        />,
        root,
      ),
    );
    press('ArrowRight');
    press('ArrowRight');
    expect(q('finish')!.textContent).toBe('Finish and log');
    click('finish');
    await act(() => Promise.resolve());
    const question = q('rpe')!;
    expect(question.querySelector('legend')!.textContent).toBe('How hard did that feel?');
    const buttons = [...question.querySelectorAll<HTMLButtonElement>('.rpe-scale button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(buttons.every((b) => b.type === 'button' && !b.disabled && b.tabIndex >= 0)).toBe(true);
    expect(q('rpe-7')!.getAttribute('aria-label')).toBe('7, hard');
    expect(q('rpe-10')!.getAttribute('aria-label')).toBe('10, as hard as it gets');

    // Space is the page's own again: it no longer pauses a finished session, so it can press a rating button.
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    act(() => void q('rpe-7')!.dispatchEvent(space));
    expect(space.defaultPrevented).toBe(false);

    click('rpe-7');
    await act(() => Promise.resolve());
    expect(onRate).toHaveBeenCalledExactlyOnceWith(7);
    expect(q('rpe')).toBeNull();
    expect(q('rpe-saved')!.textContent).toContain('7 out of 10');
  });

  it('lets the runner skip the question, and keeps it when saving the answer fails', async () => {
    const onRate = vi.fn(() => Promise.reject(new Error('offline')));
    act(() =>
      render(
        <Player
          session={{ ...session, items: session.items.slice(1) }}
          exercises={exercises}
          onFinish={() => Promise.resolve()}
          onRate={onRate}
          onClose={() => {}}
        />,
        root,
      ),
    );
    click('finish');
    await act(() => Promise.resolve());
    click('rpe-3');
    await act(() => Promise.resolve());
    expect(q('rpe-error')!.textContent).toContain('could not be saved');
    expect((q('rpe-3') as HTMLButtonElement).disabled).toBe(false);
    click('rpe-skip');
    expect(q('rpe')).toBeNull();
    expect(q('rpe-saved')).toBeNull();
    expect(q('session-done')!.textContent).toContain('Session logged');
  });

  it('does not ask after "Finish early"', async () => {
    const onRate = vi.fn(() => Promise.resolve());
    act(() =>
      render(
        <Player
          session={session}
          exercises={exercises}
          onFinish={() => Promise.resolve()}
          onRate={onRate}
          onClose={() => {}}
        />,
        root,
      ),
    );
    expect(q('finish')!.textContent).toBe('Finish early');
    click('finish');
    await act(() => Promise.resolve());
    expect(q('session-done')!.textContent).toContain('Session logged');
    expect(q('rpe')).toBeNull();
  });

  it.each([
    ['mobility', /Mobility keeps you moving well; it does not count toward your weekly sessions/],
    ['light', /light session/],
    ['full', /counts toward this week’s strength target/],
  ] as const)('says what a %s session counts as once logged', async (weight, words) => {
    act(() =>
      render(
        <Player
          session={{ ...session, weight }}
          exercises={exercises}
          onFinish={() => Promise.resolve()}
          onClose={() => {}}
        />,
        root,
      ),
    );
    click('finish');
    await act(() => Promise.resolve());
    const text = q('session-counts')!.textContent!;
    expect(text).toMatch(words);
    if (weight === 'mobility') expect(q('session-done')!.textContent).not.toMatch(/strength/i);
  });
});
