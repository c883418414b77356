// When the background syncs: a burst of changes (a session logged, its rating, the popup's views) becomes one sync,
// SYNC_DEBOUNCE_MS after the last change, and syncs that wrote to sync storage are SYNC_MIN_GAP_MS apart, which keeps
// HardDay well within the browsers' write limits (utils/store/sync/quota.ts). One sync at a time.
import { syncRunsAt } from '../store/sync/quota';

export interface PacerDeps {
  now: () => number;
  /** One sync; true when it wrote to sync storage. */
  run: () => Promise<boolean>;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export function createSyncPacer({ now, run, setTimer, clearTimer }: PacerDeps) {
  let lastWriteAt: number | undefined;
  let timer: unknown = null;
  let running = false;
  let firstAt: number | null = null;
  let lastAt = 0;

  const arm = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (firstAt === null || running) return;
    timer = setTimer(fire, Math.max(0, syncRunsAt(firstAt, lastAt, lastWriteAt) - now()));
  };

  async function fire() {
    timer = null;
    firstAt = null;
    running = true;
    try {
      if (await run()) lastWriteAt = now();
    } catch (error) {
      console.warn('[HardDay] sync', error);
    } finally {
      running = false;
      arm(); // a change that came in while syncing
    }
  }

  return {
    /** Something changed: sync soon (a later change pushes the sync back, within the pacing). */
    request(): void {
      lastAt = now();
      firstAt ??= lastAt;
      arm();
    },
  };
}
