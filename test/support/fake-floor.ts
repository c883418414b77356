// Fakes for the session player's floor aids: an AudioContext whose clock is the (fake) `Date.now()` and which
// records every tone, and a `navigator.wakeLock` that records requests and releases.
import type { AudioLike } from '../../utils/pages/session-sound';
import type { WakeLockLike, WakeLockSentinelLike } from '../../utils/pages/wake-lock';

class FakeParam {
  value = 0;
  readonly events: { method: string; value: number; at: number }[] = [];
  setValueAtTime(value: number, at: number) {
    this.events.push({ method: 'set', value, at });
    return this;
  }
  exponentialRampToValueAtTime(value: number, at: number) {
    this.events.push({ method: 'ramp', value, at });
    return this;
  }
}

export class FakeOscillator {
  type = 'sine';
  readonly frequency = new FakeParam();
  startAt: number | undefined;
  /** Every stop() call's time (undefined: at once). */
  readonly stops: (number | undefined)[] = [];
  gain: FakeGain | undefined;
  connect<T>(node: T): T {
    if (node instanceof FakeGain) this.gain = node;
    return node;
  }
  start(at = 0) {
    this.startAt = at;
  }
  stop(at?: number) {
    this.stops.push(at);
  }
  get hz(): number {
    return this.frequency.events[0]?.value ?? this.frequency.value;
  }
  /** Dropped before it sounded: stopped at once or cut off from the speakers. */
  get cancelled(): boolean {
    return this.stops.includes(undefined) || this.gain?.connected === false;
  }
}

export class FakeGain {
  readonly gain = new FakeParam();
  connected = true;
  connect<T>(node: T): T {
    return node;
  }
  disconnect() {
    this.connected = false;
  }
}

export class FakeAudioContext {
  state: AudioContextState = 'running';
  readonly destination = {} as AudioDestinationNode;
  readonly oscillators: FakeOscillator[] = [];
  closed = false;
  /** The audio clock starts at 0 when the context is made and follows `Date.now()` (fake timers move both). */
  private readonly origin = Date.now();
  get currentTime(): number {
    return this.state === 'running' ? (Date.now() - this.origin) / 1000 : 0;
  }
  createOscillator() {
    const oscillator = new FakeOscillator();
    this.oscillators.push(oscillator);
    return oscillator as unknown as OscillatorNode;
  }
  createGain() {
    return new FakeGain() as unknown as GainNode;
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    this.state = 'closed';
    return Promise.resolve();
  }
  /** The tones still due or played (not cancelled), as [audio-clock seconds, Hz]. */
  heard(): [number, number][] {
    return this.oscillators.filter((o) => !o.cancelled).map((o) => [round(o.startAt ?? NaN), o.hz]);
  }
  asAudio(): AudioLike {
    return this as unknown as AudioLike;
  }
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export class FakeSentinel implements WakeLockSentinelLike {
  released = false;
  private readonly listeners: (() => void)[] = [];
  release() {
    if (!this.released) {
      this.released = true;
      this.listeners.forEach((listener) => listener());
    }
    return Promise.resolve();
  }
  addEventListener(_type: 'release', listener: () => void) {
    this.listeners.push(listener);
  }
}

export class FakeWakeLock implements WakeLockLike {
  readonly sentinels: FakeSentinel[] = [];
  refuse = false;
  request(type: 'screen') {
    if (type !== 'screen') throw new TypeError(type);
    if (this.refuse) return Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    const sentinel = new FakeSentinel();
    this.sentinels.push(sentinel);
    return Promise.resolve(sentinel);
  }
  /** Locks granted and not released. */
  get held(): number {
    return this.sentinels.filter((s) => !s.released).length;
  }
}

/** Makes `document.visibilityState` answer `state` and fires `visibilitychange`. */
export function setVisibility(doc: Document, state: DocumentVisibilityState): void {
  Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => state });
  doc.dispatchEvent(new Event('visibilitychange'));
}
