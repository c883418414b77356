import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../utils/core/types';
import { Player } from './Player';

const drill = (id: string, part: 'warm-up' | 'main' | 'cool-down') => ({
  exerciseId: id,
  variant: { name: id, dose: { sets: 1, reps: 2 }, cues: ['Easy does it'] },
  restS: 5,
  part,
});
const session: Session = {
  id: 'parts',
  title: { kind: 'training.title.mobility' },
  focus: 'training.focus.mobility',
  level: 2,
  minutes: 3,
  items: [drill('leg-swings', 'warm-up'), drill('squat', 'main'), drill('calf-stretch', 'cool-down')],
  notes: ['training.note.painRule'],
};

let root: HTMLElement;
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const next = () => act(() => q('next')!.click());

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Player: session parts and notes', () => {
  it('labels the warm-up and the cool-down, and shows the notes', () => {
    act(() =>
      render(
        <Player session={session} exercises={{}} onFinish={() => Promise.resolve()} onClose={() => {}} />,
        root,
      ),
    );
    expect(q('session-note')!.textContent).toMatch(/sharp pain or pain in a joint means stop/);
    expect(q('part')!.textContent).toBe('Warm-up');
    next(); // rest
    next(); // main work
    expect(q('exercise-name')!.textContent).toBe('squat');
    expect(q('part')).toBeNull();
    next();
    next();
    expect(q('part')!.textContent).toBe('Cool-down');
  });
});
