// Keeps the screen on while a hold or rest timer runs, so a runner on the floor never finds a dimmed laptop. The
// lock is let go on pause, at the end and when the page is hidden (the browser drops it then anyway), and taken
// again when the page is shown while the timer still runs. Where the browser has no Wake Lock API, or refuses
// it, the player simply works without.

/** What this module uses of `navigator.wakeLock` (a test passes a fake). */
export interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}
export interface WakeLockSentinelLike {
  readonly released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}

export interface ScreenWakeLock {
  /** True while a timer runs: hold the lock (whenever the page is visible). */
  set(wanted: boolean): void;
  dispose(): void;
}

/** The browser's own Wake Lock API, where it has one (Firefox before 126 has none). */
export function browserWakeLock(): WakeLockLike | undefined {
  return (navigator as { wakeLock?: WakeLockLike }).wakeLock;
}

export function createScreenWakeLock({
  wakeLock,
  doc,
}: {
  wakeLock: WakeLockLike | undefined;
  doc: Document;
}): ScreenWakeLock {
  let wanted = false;
  let sentinel: WakeLockSentinelLike | undefined;
  let requesting = false;

  const visible = () => doc.visibilityState === 'visible';

  function acquire(): void {
    if (!wakeLock || sentinel || requesting || !visible()) return;
    requesting = true;
    let request: Promise<WakeLockSentinelLike>;
    try {
      request = wakeLock.request('screen');
    } catch {
      requesting = false;
      return;
    }
    request.then(
      (lock) => {
        requesting = false;
        // The timer may have stopped (or the page gone) while the browser answered.
        if (!wanted || !visible()) {
          lock.release().catch(() => {});
          return;
        }
        sentinel = lock;
        lock.addEventListener('release', () => {
          if (sentinel === lock) sentinel = undefined;
        });
      },
      () => {
        requesting = false; // refused (e.g. battery saver): the screen may dim, nothing else changes
      },
    );
  }

  function release(): void {
    const lock = sentinel;
    sentinel = undefined;
    if (lock && !lock.released) lock.release().catch(() => {});
  }

  const onVisibility = () => {
    if (!visible()) release();
    else if (wanted) acquire();
  };
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    set(next) {
      wanted = next;
      if (wanted) acquire();
      else release();
    },
    dispose() {
      wanted = false;
      release();
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
