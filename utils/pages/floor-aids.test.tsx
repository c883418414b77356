// The player on the floor, with fake timers: beeps at −3, −2, −1 s and the end of each hold and rest, the mute
// switch, and the screen kept on only while a timer runs (and the page is visible).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Player } from '@/components/session/Player';
import type { Session } from '../core/types';
import { FakeAudioContext, FakeWakeLock, setVisibility } from '../../test/support/fake-floor';
import { useFloorAids } from './floor-aids';
import { createSessionSound, TONES } from './session-sound';
import { createScreenWakeLock } from './wake-lock';

const COUNT = TONES.count.hz;
const END = TONES.end.hz;

const session: Session = {
  id: 'floor',
  title: { kind: 'training.title.mobilityCore' },
  focus: 'core',
  level: 2,
  minutes: 5,
  items: [
    {
      exerciseId: 'side-plank',
      variant: { name: 'Side plank', dose: { sets: 2, seconds: 10 }, cues: ['Hips high'] },
      restS: 6,
    },
    { exerciseId: 'squat', variant: { name: 'Squat', dose: { sets: 1, reps: 12 }, cues: [] }, restS: 5 },
  ],
};

let root: HTMLElement;
let audio: FakeAudioContext | undefined;
let wakeLock: FakeWakeLock;
const onSoundChange = vi.fn();

/** What the session container does: the aids hook's callback and the beeps switch, around the player. */
function Page({ initialSound = true }: { initialSound?: boolean }) {
  const [soundOn, setSoundOn] = useState(initialSound);
  const onTimer = useFloorAids(soundOn, {
    createSound: () =>
      createSessionSound({
        on: initialSound,
        createContext: () => {
          audio = new FakeAudioContext();
          return audio.asAudio();
        },
      }),
    createWakeLock: () => createScreenWakeLock({ wakeLock, doc: document }),
  });
  return (
    <Player
      session={session}
      exercises={{}}
      onFinish={() => Promise.resolve()}
      onClose={() => {}}
      onTimer={onTimer}
      soundOn={soundOn}
      onSoundChange={(on) => {
        onSoundChange(on);
        setSoundOn(on);
      }}
    />
  );
}

const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const press = (key: string) =>
  act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
/** Moves the clock, then lets promises (the wake lock's answer) settle. */
const advance = async (ms: number) => {
  await act(() => void vi.advanceTimersByTime(ms));
  await act(() => Promise.resolve());
};
/** Audio-clock seconds of now. */
const clock = () => audio!.currentTime;

beforeEach(() => {
  vi.useFakeTimers();
  audio = undefined;
  wakeLock = new FakeWakeLock();
  onSoundChange.mockClear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  setVisibility(document, 'visible');
  vi.useRealTimers();
});

describe('the player on the floor', () => {
  it('beeps at −3, −2, −1 s and the end of a hold and of the rest after it', async () => {
    act(() => render(<Page />, root));
    expect(q('timer')!.textContent).toBe('0:10');
    await advance(2000); // a hold waits for Start: no beeps, no lock
    expect(audio).toBeUndefined();
    expect(wakeLock.sentinels).toHaveLength(0);

    press(' '); // Start: the key press opens the audio, the hold's beeps are placed
    await advance(0);
    const start = clock();
    expect(audio!.heard()).toEqual([
      [start + 7, COUNT],
      [start + 8, COUNT],
      [start + 9, COUNT],
      [start + 10, END],
    ]);
    expect(wakeLock.held).toBe(1);

    await advance(10_250); // the hold ends, the 6 s rest counts down by itself
    expect(q('rest')).not.toBeNull();
    const heard = audio!.heard();
    expect(heard.slice(0, 4)).toEqual([
      [start + 7, COUNT],
      [start + 8, COUNT],
      [start + 9, COUNT],
      [start + 10, END],
    ]);
    const restStart = start + 10; // the tick at the hold's end started the rest
    expect(heard.slice(4)).toEqual([
      [restStart + 3, COUNT],
      [restStart + 4, COUNT],
      [restStart + 5, COUNT],
      [restStart + 6, END],
    ]);
    expect(wakeLock.held).toBe(1); // still counting: the screen stays on
    expect(wakeLock.sentinels).toHaveLength(1);
  });

  it('pause drops the beeps still ahead and lets the screen go; resume places them again', async () => {
    act(() => render(<Page />, root));
    press(' ');
    await advance(0);
    const start = clock();
    await advance(4000);
    press(' '); // pause with 6 s left
    await advance(0);
    expect(q('pause')!.textContent).toBe('Resume');
    expect(audio!.heard()).toEqual([]);
    expect(wakeLock.held).toBe(0);

    await advance(30_000);
    expect(audio!.heard()).toEqual([]);
    press(' ');
    await advance(0);
    const resumed = clock();
    expect(resumed).toBeCloseTo(start + 34, 5);
    expect(audio!.heard()).toEqual([
      [resumed + 3, COUNT],
      [resumed + 4, COUNT],
      [resumed + 5, COUNT],
      [resumed + 6, END],
    ]);
    expect(wakeLock.held).toBe(1);
    expect(wakeLock.sentinels).toHaveLength(2);
  });

  it('skipping a running rest or finishing drops its beeps and lets the screen go', async () => {
    act(() => render(<Page />, root));
    press(' ');
    await advance(10_250);
    expect(q('rest')).not.toBeNull();
    const beforeSkip = audio!.heard().length;
    press('ArrowRight'); // skip the rest: the next hold waits for Start
    await advance(0);
    expect(audio!.heard()).toHaveLength(beforeSkip - 4);
    expect(wakeLock.held).toBe(0);

    press(' ');
    await advance(1000);
    expect(wakeLock.held).toBe(1);
    await act(() => q('finish')!.click());
    await advance(0);
    expect(q('session-done')).not.toBeNull();
    expect(wakeLock.held).toBe(0);
    expect(audio!.heard()).toHaveLength(beforeSkip - 4); // the hold's four beeps were dropped
  });

  it('lets the screen go while the page is hidden and takes it again when shown, if the timer still runs', async () => {
    act(() => render(<Page />, root));
    press(' ');
    await advance(1000);
    expect(wakeLock.held).toBe(1);
    setVisibility(document, 'hidden');
    expect(wakeLock.held).toBe(0);
    await advance(1000);
    setVisibility(document, 'visible');
    await advance(0);
    expect(wakeLock.held).toBe(1);
    expect(wakeLock.sentinels).toHaveLength(2);

    press(' '); // paused while hidden: shown again, nothing is taken
    await advance(0);
    setVisibility(document, 'hidden');
    setVisibility(document, 'visible');
    await advance(0);
    expect(wakeLock.held).toBe(0);
    expect(wakeLock.sentinels).toHaveLength(2);
  });

  it('the beeps switch mutes them at once and says so; switched on mid-hold, the rest of the beeps come back', async () => {
    act(() => render(<Page />, root));
    const toggle = q('sound')!;
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toBe('Beeps on');

    press(' ');
    await advance(1000);
    await act(() => toggle.click());
    expect(onSoundChange).toHaveBeenLastCalledWith(false);
    expect(q('sound')!.getAttribute('aria-checked')).toBe('false');
    expect(q('sound')!.textContent).toBe('Beeps off');
    expect(audio!.heard()).toEqual([]);
    expect(wakeLock.held).toBe(1); // muting does not stop the timer

    await advance(7500); // 1.5 s left
    await act(() => q('sound')!.click());
    const now = clock();
    expect(audio!.heard()).toEqual([
      [now + 0.5, COUNT],
      [now + 1.5, END],
    ]);
  });

  it('muted from the start, it never even opens the audio; Space and the arrows work as before', async () => {
    act(() => render(<Page initialSound={false} />, root));
    expect(q('sound')!.getAttribute('aria-checked')).toBe('false');
    press(' ');
    await advance(10_250);
    expect(q('rest')).not.toBeNull();
    expect(audio).toBeUndefined();
    press('ArrowLeft');
    expect(q('exercise-name')!.textContent).toBe('Side plank');
    press('ArrowRight');
    await advance(0);
    expect(q('rest')).not.toBeNull();
    expect(wakeLock.held).toBe(1);
  });

  it('lets everything go when the page closes', async () => {
    act(() => render(<Page />, root));
    press(' ');
    await advance(1000);
    act(() => render(null, root));
    expect(wakeLock.held).toBe(0);
    expect(audio!.closed).toBe(true);
    setVisibility(document, 'hidden');
    setVisibility(document, 'visible');
    await advance(0);
    expect(wakeLock.sentinels).toHaveLength(1);
  });
});
