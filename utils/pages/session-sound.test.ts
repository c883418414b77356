import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext } from '../../test/support/fake-floor';
import { beepPlan, createSessionSound, TONES } from './session-sound';

const COUNT = TONES.count.hz;
const END = TONES.end.hz;

let audio: FakeAudioContext;
const createContext = vi.fn(() => {
  audio = new FakeAudioContext();
  return audio.asAudio();
});

beforeEach(() => {
  vi.useFakeTimers();
  createContext.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('beepPlan', () => {
  it('is a short tone 3, 2 and 1 s before the end, and another at the end', () => {
    expect(beepPlan(10_000)).toEqual([
      { atMs: 7000, kind: 'count' },
      { atMs: 8000, kind: 'count' },
      { atMs: 9000, kind: 'count' },
      { atMs: 10_000, kind: 'end' },
    ]);
  });

  it('keeps only the beeps still ahead, and none for a timer already at zero', () => {
    expect(beepPlan(2500)).toEqual([
      { atMs: 500, kind: 'count' },
      { atMs: 1500, kind: 'count' },
      { atMs: 2500, kind: 'end' },
    ]);
    expect(beepPlan(0)).toEqual([]);
    expect(beepPlan(-5)).toEqual([]);
  });

  it('uses a different tone at the end', () => {
    expect(TONES.end.hz).not.toBe(TONES.count.hz);
    expect(TONES.end.seconds).toBeGreaterThan(TONES.count.seconds);
  });
});

describe('createSessionSound', () => {
  it('schedules the beeps on the audio clock at −3, −2, −1 s and the end', () => {
    const sound = createSessionSound({ createContext });
    sound.unlock(); // the first key press opens the audio
    vi.advanceTimersByTime(1500); // the audio clock has run for 1.5 s
    sound.timerStarted(10_000);
    expect(createContext).toHaveBeenCalledTimes(1);
    expect(audio.heard()).toEqual([
      [8.5, COUNT],
      [9.5, COUNT],
      [10.5, COUNT],
      [11.5, END],
    ]);
    // Each tone stops by itself, shortly after it starts, and fades in and out (no click).
    const [first] = audio.oscillators;
    expect(first!.stops).toEqual([8.5 + TONES.count.seconds]);
    expect(first!.gain!.gain.events.at(-1)).toMatchObject({ method: 'ramp', at: 8.5 + TONES.count.seconds });
  });

  it('drops the beeps not yet sounding when the timer stops, and places fresh ones when it resumes', () => {
    const sound = createSessionSound({ createContext });
    sound.timerStarted(5000); // beeps at 2, 3, 4 and 5 s
    vi.advanceTimersByTime(2050); // the first beep is sounding
    sound.timerStopped();
    expect(audio.heard()).toEqual([[2, COUNT]]);
    vi.advanceTimersByTime(10_000); // paused for 10 s (12.05 s on the clock), 2.95 s left
    sound.timerStarted(2950);
    expect(audio.heard()).toEqual([
      [2, COUNT],
      [13, COUNT],
      [14, COUNT],
      [15, END],
    ]);
  });

  it('lets a beep due right now sound when the timer ends, so the end tone is never cut', () => {
    const sound = createSessionSound({ createContext });
    sound.timerStarted(3000);
    vi.advanceTimersByTime(3000); // the player's tick lands right at the end
    sound.timerStopped();
    expect(audio.heard().map(([, hz]) => hz)).toEqual([COUNT, COUNT, COUNT, END]);
  });

  it('stays silent when muted, without even opening the audio', () => {
    const sound = createSessionSound({ createContext, on: false });
    sound.unlock();
    sound.timerStarted(10_000);
    expect(createContext).not.toHaveBeenCalled();
  });

  it('mute drops the pending beeps; unmute mid-timer places what is left of it', () => {
    const sound = createSessionSound({ createContext });
    sound.timerStarted(10_000);
    vi.advanceTimersByTime(1000);
    sound.setOn(false);
    expect(audio.heard()).toEqual([]);
    vi.advanceTimersByTime(7500); // 1.5 s left
    sound.setOn(true);
    expect(audio.heard()).toEqual([
      [9, COUNT],
      [10, END],
    ]);
    sound.timerStopped();
    sound.setOn(false);
    sound.setOn(true); // no timer running: nothing to place
    expect(audio.oscillators).toHaveLength(6);
  });

  it('waits for a suspended context to run, then measures from then', async () => {
    const sound = createSessionSound({ createContext });
    sound.unlock();
    audio.state = 'suspended';
    let resolveResume!: () => void;
    audio.resume = () =>
      new Promise<void>((resolve) => {
        resolveResume = () => {
          audio.state = 'running';
          resolve();
        };
      });
    sound.timerStarted(4000);
    expect(audio.oscillators).toHaveLength(0);
    vi.advanceTimersByTime(1500);
    resolveResume();
    await Promise.resolve();
    await Promise.resolve();
    // 2.5 s left once the audio runs at 1.5 s on its clock.
    expect(audio.heard()).toEqual([
      [2, COUNT],
      [3, COUNT],
      [4, END],
    ]);
  });

  it('drops a schedule still waiting for the audio once the timer stopped', async () => {
    const sound = createSessionSound({ createContext });
    sound.unlock();
    audio.state = 'suspended';
    let resolveResume!: () => void;
    audio.resume = () =>
      new Promise<void>((resolve) => {
        resolveResume = () => {
          audio.state = 'running';
          resolve();
        };
      });
    sound.timerStarted(4000);
    sound.timerStopped();
    resolveResume();
    await Promise.resolve();
    await Promise.resolve();
    expect(audio.oscillators).toHaveLength(0);
  });

  it('works silently where there is no Web Audio, and closes the audio when disposed', () => {
    const broken = createSessionSound({
      createContext: () => {
        throw new ReferenceError('AudioContext is not defined');
      },
    });
    expect(() => broken.timerStarted(5000)).not.toThrow();

    const sound = createSessionSound({ createContext });
    sound.timerStarted(5000);
    sound.dispose();
    expect(audio.closed).toBe(true);
    expect(audio.heard()).toEqual([]);
    sound.timerStarted(5000);
    expect(createContext).toHaveBeenCalledTimes(1); // none after dispose
  });
});
