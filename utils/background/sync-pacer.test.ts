// The pacing of syncs: a burst of changes is one sync; writes stay within the browsers' write limits however often
// storage changes.
import { describe, expect, it } from 'vitest';
import { SYNC_DEBOUNCE_MS, SYNC_MIN_GAP_MS, SYNC_QUOTA } from '../store/sync/quota';
import { createSyncPacer } from './sync-pacer';

function simulated(writes: boolean) {
  let now = 0;
  const timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  const runs: number[] = [];
  const pacer = createSyncPacer({
    now: () => now,
    run: () => {
      runs.push(now);
      return Promise.resolve(writes);
    },
    setTimer: (callback, ms) => {
      timers.push({ at: now + ms, callback, id: ++nextId });
      return nextId;
    },
    clearTimer: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  /** Moves the clock to `to`, firing the timers due on the way. */
  async function advance(to: number) {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > to) break;
      timers.shift();
      now = due.at;
      due.callback();
      await Promise.resolve();
      await Promise.resolve();
    }
    now = to;
  }
  return { pacer, runs, advance };
}

describe('sync pacing', () => {
  it('runs once, SYNC_DEBOUNCE_MS after the last of a burst of changes', async () => {
    const { pacer, runs, advance } = simulated(true);
    for (let t = 0; t < 1_500; t += 100) {
      await advance(t);
      pacer.request();
    }
    await advance(10_000);
    expect(runs).toEqual([1_400 + SYNC_DEBOUNCE_MS]);
  });

  it('changes every second for an hour: within the write limits per minute and per hour', async () => {
    const { pacer, runs, advance } = simulated(true);
    for (let t = 0; t < 3_600_000; t += 1_000) {
      await advance(t);
      pacer.request();
    }
    await advance(3_700_000);
    // A change every second would push a debounced sync back for ever: the gap after a write bounds the wait.
    const calls = runs.length * 2; // at most a set and a remove each
    expect(runs.length).toBeGreaterThan(100);
    expect(calls).toBeLessThanOrEqual(SYNC_QUOTA.writesPerHour);
    for (const at of runs)
      expect(runs.filter((r) => r > at - 60_000 && r <= at).length * 2).toBeLessThanOrEqual(
        SYNC_QUOTA.writesPerMinute,
      );
    for (let i = 1; i < runs.length; i++)
      expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(SYNC_MIN_GAP_MS);
  });
});
