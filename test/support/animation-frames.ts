import { vi } from 'vitest';

/**
 * Animation frames the test hands out itself: `requestAnimationFrame` only queues (a spy, restored by
 * `vi.restoreAllMocks`), and `next()` runs what is queued, as the browser's next frame would. `settle()` lets a
 * MutationObserver deliver the batch the test just made.
 */
export function manualFrames() {
  let queued: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => queued.push(callback));
  return {
    pending: () => queued.length,
    next() {
      const due = queued;
      queued = [];
      for (const callback of due) callback(performance.now());
    },
    settle: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  };
}
