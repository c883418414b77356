// The session player's beeps, for a runner on the floor who cannot watch the screen: a short tone at 3, 2 and 1
// seconds before a hold or rest ends, and a longer, higher one at its end. They are scheduled on the audio clock
// when the timer starts (so a busy or throttled page still beeps on time) and the ones not yet sounding are dropped
// when it stops. The components never touch Web Audio: the session page drives this through the player's callback.

/** A short tone this many seconds before the end. */
export const COUNTDOWN_S = [3, 2, 1] as const;

export type BeepKind = 'count' | 'end';

/** The two tones: a short one each second, a longer, higher one at the end. */
export const TONES: Record<BeepKind, { hz: number; seconds: number }> = {
  count: { hz: 880, seconds: 0.15 },
  end: { hz: 1320, seconds: 0.6 },
};

/** Loud enough from a laptop on a table, with a short ramp so the tone does not click. */
const PEAK_GAIN = 0.5;
const RAMP_S = 0.01;
/** A beep due this soon (seconds) is left to sound when the timer stops: it is as good as playing already. */
const DUE_S = 0.05;

export interface Beep {
  /** From now, in milliseconds. */
  atMs: number;
  kind: BeepKind;
}

/** The beeps left for a timer with `remainingMs` to go: −3, −2 and −1 s (those still ahead) and the end. */
export function beepPlan(remainingMs: number): Beep[] {
  if (!(remainingMs > 0)) return [];
  const plan: Beep[] = COUNTDOWN_S.map((s) => ({
    atMs: remainingMs - s * 1000,
    kind: 'count' as const,
  })).filter((beep) => beep.atMs >= 0);
  plan.push({ atMs: remainingMs, kind: 'end' });
  return plan;
}

/** What this module uses of an AudioContext (a test passes a fake). */
export type AudioLike = Pick<
  AudioContext,
  'currentTime' | 'state' | 'destination' | 'createOscillator' | 'createGain' | 'resume' | 'close'
>;

export interface SessionSound {
  /** A hold or rest timer started (or resumed) with this much left: schedule its beeps. */
  timerStarted(remainingMs: number): void;
  /** The timer paused, was skipped or ended: drop the beeps not yet sounding. */
  timerStopped(): void;
  /** The mute toggle: off drops the pending beeps, on schedules what is left of a running timer. */
  setOn(on: boolean): void;
  /** Called from a key press or click: creates or resumes the audio context while the browser allows it. */
  unlock(): void;
  dispose(): void;
}

interface Scheduled {
  oscillator: OscillatorNode;
  gain: GainNode;
  /** Audio-clock seconds. */
  at: number;
  end: number;
}

function tone(context: AudioLike, at: number, kind: BeepKind): Scheduled {
  const { hz, seconds } = TONES[kind];
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'triangle';
  oscillator.frequency.value = hz;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + RAMP_S);
  gain.gain.setValueAtTime(PEAK_GAIN, at + seconds - RAMP_S * 4);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds);
  return { oscillator, gain, at, end: at + seconds };
}

export function createSessionSound({
  createContext = () => new AudioContext(),
  now = () => Date.now(),
  on: initiallyOn = true,
}: { createContext?: () => AudioLike; now?: () => number; on?: boolean } = {}): SessionSound {
  let on = initiallyOn;
  let context: AudioLike | undefined;
  let scheduled: Scheduled[] = [];
  /** When the running timer ends (`now()` milliseconds), so unmuting mid-timer can pick up its beeps. */
  let endsAt: number | undefined;
  /** Bumped by every stop, so a schedule waiting for the context to resume is dropped if the timer stopped. */
  let generation = 0;
  let disposed = false;

  function audio(): AudioLike | undefined {
    if (disposed) return undefined;
    if (!context) {
      try {
        context = createContext();
      } catch {
        return undefined; // no Web Audio here: the player works silently
      }
    }
    if (context.state === 'suspended') context.resume().catch(() => {});
    return context;
  }

  function dropPending(): void {
    generation += 1;
    if (!context) return;
    const dueBy = context.currentTime + DUE_S;
    const kept: Scheduled[] = [];
    for (const beep of scheduled) {
      if (beep.at > dueBy) {
        try {
          beep.oscillator.stop();
        } catch {
          // Already stopped.
        }
        beep.gain.disconnect();
      } else if (beep.end > context.currentTime) {
        kept.push(beep); // sounding now: let it finish
      }
    }
    scheduled = kept;
  }

  function schedule(): void {
    const target = audio();
    if (!target) return;
    const ticket = generation;
    const place = () => {
      if (ticket !== generation || endsAt === undefined) return;
      const base = target.currentTime;
      for (const beep of beepPlan(endsAt - now()))
        scheduled.push(tone(target, base + beep.atMs / 1000, beep.kind));
    };
    // A context still waiting for the browser's permission to play keeps its clock still: place the beeps once it
    // runs, measured from then.
    if (target.state === 'running') place();
    else target.resume().then(place, () => {});
  }

  return {
    timerStarted(remainingMs) {
      dropPending();
      endsAt = now() + remainingMs;
      if (on) schedule();
    },
    timerStopped() {
      dropPending();
      endsAt = undefined;
    },
    setOn(next) {
      if (next === on) return;
      on = next;
      dropPending();
      if (on && endsAt !== undefined && endsAt > now()) schedule();
    },
    unlock() {
      if (on) audio();
    },
    dispose() {
      dropPending();
      disposed = true;
      endsAt = undefined;
      context?.close().catch(() => {});
      context = undefined;
    },
  };
}
