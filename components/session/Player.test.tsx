import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../utils/core/types';
import { useLocale } from '../../test/support/i18n';
import { Player } from './Player';

// Real message keys of the library, rendered in English by the test setup (test/support/i18n.ts).
const session: Session = {
  id: 'test-session',
  title: { kind: 'training.title.intervals', block: 'training.block.strength', week: 2 },
  focus: 'training.focus.strength',
  level: 1,
  minutes: 12,
  items: [
    {
      exerciseId: 'side-plank-twist',
      variant: {
        name: 'exercise.sidePlankTwist.l1.name',
        dose: { sets: 1, seconds: 10 },
        cues: ['exercise.sidePlankTwist.l1.cues.0'],
        easier: 'exercise.sidePlankTwist.l1.easier',
      },
      restS: 20,
    },
    {
      exerciseId: 'bodyweight-squat',
      variant: {
        name: 'exercise.bodyweightSquat.l2.name',
        dose: { sets: 1, reps: 12 },
        cues: ['exercise.bodyweightSquat.l2.cues.1'],
      },
      restS: 30,
    },
  ],
};
const exercises = {
  'side-plank-twist': {
    name: 'exercise.sidePlankTwist.name',
    targets: ['target.obliques', 'target.deepTrunk'],
  },
  'bodyweight-squat': { name: 'exercise.bodyweightSquat.name' },
};

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
  it('shows the session in words: title, focus, the level’s own name, cues, easier option and targets', () => {
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
    expect(root.querySelector('h1')!.textContent).toBe('Strength after intervals · strength block, week 2');
    expect(root.querySelector('.session-head .muted')!.textContent).toMatch(
      /^Strength: harder single-leg moves with a slow lowering, then core · about/,
    );
    expect(q('variant-of')!.textContent).toBe('Side plank with twist, level 1');
    expect(q('cues')!.textContent).toBe('Elbow directly under the shoulder');
    expect(q('targets')!.textContent).toBe('Works: obliques and deep trunk muscles');
    expect(q('exercise-figure')!.getAttribute('aria-label')).toBe('Drawing: Side plank from the knees');
  });

  it('speaks the browser’s language: German words for the same session', () => {
    useLocale('de-DE');
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
    expect(root.querySelector('h1')!.textContent).toBe('Kraft nach Intervallen · Kraftblock, Woche 2');
    expect(q('exercise-name')!.textContent).toBe('Seitstütz auf den Knien');
    expect(q('variant-of')!.textContent).toBe('Seitstütz mit Rotation, Level 1');
    expect(q('cues')!.textContent).toBe('Ellbogen direkt unter der Schulter');
    expect(q('easier')!.textContent).toContain('Kürzer halten, mit kurzen Pausen');
    expect(q('targets')!.textContent).toBe('Trainiert: seitliche Bauchmuskeln und tiefe Rumpfmuskulatur');
  });

  it('runs a hold with the keyboard, rests by itself and logs on finish', async () => {
    const onFinish = vi.fn(() => Promise.resolve());
    act(() =>
      render(<Player session={session} exercises={exercises} onFinish={onFinish} onClose={() => {}} />, root),
    );
    expect(q('exercise-name')!.textContent).toBe('Side plank from the knees');
    expect(q('progress')!.textContent).toContain('Exercise 1 of 2');
    expect(q('dose')!.textContent).toBe('1 × 10 s');
    expect(q('timer')!.textContent).toBe('0:10');
    expect(q('easier')!.textContent).toBe('Easier option: Shorter holds with short breaks');

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
    expect(q('exercise-name')!.textContent).toBe('Bodyweight squat');
    expect(q('progress')!.textContent).toContain('Exercise 2 of 2');
    await advance(20_250);
    expect(q('rest')).toBeNull();
    expect(q('timer')).toBeNull(); // reps, no clock
    expect(q('next')).toBeNull(); // last step
    expect(q('finish')!.textContent).toBe('Finish and log');

    press('ArrowLeft');
    expect(q('exercise-name')!.textContent).toBe('Side plank from the knees');
    expect(q('timer')!.textContent).toBe('0:10');
    press('ArrowRight');
    press('ArrowRight');
    expect(q('exercise-name')!.textContent).toBe('Bodyweight squat');

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
    expect(q('exercise-name')!.textContent).toBe('Side plank from the knees');
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
          session={{
            ...session,
            weight,
            ...(weight === 'mobility' ? { title: { kind: 'training.title.mobility' } } : {}),
          }}
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
