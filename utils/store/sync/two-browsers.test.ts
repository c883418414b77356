// Two simulated browsers, each with its own local store and its own copy of the browser's sync storage (with the
// quota rules), edit and sync in random interleavings. The browser's sync service delivers each written item to the
// other browser, late and in any order, the later write of a key winning as on the sync server. Whatever the order:
// both end with the same state, no session either logged is lost (unless the runner removed it), no write is ever
// refused for a quota, and once everything is delivered the browsers stop writing (no echo loop).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Effort, type StrengthEntry } from '../../core/types';
import { QuotaSyncArea } from '../../../test/support/sync-area';
import { entryKey } from '../merge';
import { DEFAULT_PREFS, MAX_LOG_ENTRIES } from '../schemas';
import type { SyncDoc, SyncedState } from './doc';
import { SYNC_BUDGET_SHARE, SYNC_MIN_GAP_MS, SYNC_QUOTA } from './quota';
import { syncStep } from './step';

interface Browser {
  local: SyncedState;
  base: SyncDoc | null;
  area: QuotaSyncArea;
  /** The sync-server order of the last write of each key this copy holds. */
  stamps: Map<string, number>;
  lastWriteAt?: number;
}

interface Delivery {
  to: 0 | 1;
  key: string;
  value: unknown;
  stamp: number;
}

const START = Date.UTC(2026, 2, 2, 7);
const SESSIONS = [
  's2-L1-easy-stability-w2610',
  's2-L2-intervals-strength-w2610-m',
  's2-L3-long-power-w2611-f',
];
const RUNS = ['strava:101', 'strava:102', 'garmin:201', 'garmin:202', 'manual:9'];

/** The repository's own edits, on a plain state (as utils/store/repository.ts makes them). */
const edits = {
  log(state: SyncedState, entry: StrengthEntry): SyncedState {
    const log = state.log.filter(
      (e) =>
        !(entry.runId && e.runId === entry.runId) &&
        !(e.date === entry.date && e.sessionId === entry.sessionId),
    );
    return { ...state, log: [...log, entry].slice(-MAX_LOG_ENTRIES) };
  },
  undo(state: SyncedState, runId: string): SyncedState {
    return { ...state, log: state.log.filter((e) => e.runId !== runId) };
  },
  rate(state: SyncedState, index: number, rpe: number): SyncedState {
    if (!state.log.length) return state;
    const at = index % state.log.length;
    return { ...state, log: state.log.map((e, i) => (i === at ? { ...e, rpe } : e)) };
  },
  fix(state: SyncedState, key: string, effort: Effort | null): SyncedState {
    const overrides = { ...state.overrides };
    if (effort) overrides[key] = effort;
    else delete overrides[key];
    return { ...state, overrides };
  },
};

type Op =
  | { kind: 'log'; who: 0 | 1; session: number; run: number | null; skipped: boolean }
  | { kind: 'undo'; who: 0 | 1; run: number }
  | { kind: 'rate'; who: 0 | 1; index: number; rpe: number }
  | { kind: 'fix'; who: 0 | 1; run: number; effort: Effort | null }
  | { kind: 'settings'; who: 0 | 1; level: 1 | 2 | 3 }
  | { kind: 'units'; who: 0 | 1; units: 'metric' | 'imperial' }
  | { kind: 'sync'; who: 0 | 1 }
  | { kind: 'deliver'; pick: number };

const who = fc.constantFrom(0 as const, 1 as const);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('log' as const),
    who,
    session: fc.nat(SESSIONS.length - 1),
    run: fc.option(fc.nat(RUNS.length - 1)),
    skipped: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('undo' as const), who, run: fc.nat(RUNS.length - 1) }),
  fc.record({
    kind: fc.constant('rate' as const),
    who,
    index: fc.nat(),
    rpe: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('fix' as const),
    who,
    run: fc.nat(RUNS.length - 1),
    effort: fc.constantFrom<Effort | null>('hard', 'easy', null),
  }),
  fc.record({
    kind: fc.constant('settings' as const),
    who,
    level: fc.constantFrom(1 as const, 2 as const, 3 as const),
  }),
  fc.record({
    kind: fc.constant('units' as const),
    who,
    units: fc.constantFrom('metric' as const, 'imperial' as const),
  }),
  fc.record({ kind: fc.constant('sync' as const), who }),
  fc.record({ kind: fc.constant('sync' as const), who }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
);

/** Starting states: each browser may hold sessions and corrections from before it joined sync. */
const startLog = fc.array(
  fc.record({
    day: fc.nat(20),
    session: fc.nat(SESSIONS.length - 1),
    run: fc.option(fc.nat(RUNS.length - 1)),
  }),
  { maxLength: 4 },
);

function startState(
  entries: { day: number; session: number; run: number | null }[],
  level: 1 | 2 | 3,
): SyncedState {
  let state: SyncedState = {
    settings: { ...DEFAULT_SETTINGS, level },
    prefs: DEFAULT_PREFS,
    overrides: {},
    log: [],
  };
  for (const { day, session, run } of entries) {
    state = edits.log(state, {
      date: new Date(START - (day + 1) * 86_400_000).toISOString(),
      sessionId: SESSIONS[session]!,
      ...(run === null ? {} : { runId: RUNS[run]! }),
      status: 'done',
    });
  }
  return state;
}

function world(a: SyncedState, b: SyncedState) {
  let now = START;
  const clock = () => now;
  let stamp = 0;
  const pending: Delivery[] = [];
  const browsers: [Browser, Browser] = [
    { local: a, base: null, area: new QuotaSyncArea(clock), stamps: new Map() },
    { local: b, base: null, area: new QuotaSyncArea(clock), stamps: new Map() },
  ];
  const budget = SYNC_QUOTA.bytes * SYNC_BUDGET_SHARE;

  /** One sync of browser `i`, as the background runs it once its pacing allows; true when it wrote sync storage. */
  function sync(i: 0 | 1): boolean {
    const me = browsers[i];
    // The background's pacer (utils/background/sync-pacer.ts) keeps writes SYNC_MIN_GAP_MS apart.
    if (me.lastWriteAt !== undefined && now < me.lastWriteAt + SYNC_MIN_GAP_MS) return false;
    const step = syncStep({
      local: me.local,
      base: me.base,
      remote: me.area.get(),
      nowMs: now,
      budgetBytes: budget,
    });
    me.local = { ...me.local, ...step.local };
    if (step.base) me.base = step.base;
    const keys = [...Object.keys(step.set), ...step.remove];
    if (!keys.length) return false;
    if (Object.keys(step.set).length) me.area.set(step.set);
    if (step.remove.length) me.area.remove(step.remove);
    me.lastWriteAt = now;
    for (const key of keys) {
      stamp += 1;
      me.stamps.set(key, stamp);
      pending.push({ to: i === 0 ? 1 : 0, key, value: step.set[key], stamp });
    }
    return true;
  }

  function deliver(index: number): void {
    const [d] = pending.splice(index, 1);
    if (!d) return;
    const target = browsers[d.to];
    // The sync server keeps the later write of a key: an older one arriving late changes nothing.
    if ((target.stamps.get(d.key) ?? 0) > d.stamp) return;
    target.stamps.set(d.key, d.stamp);
    target.area.receive(d.key, d.value);
  }

  return {
    browsers,
    pending,
    sync,
    deliver,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

describe('sync between two browsers', () => {
  it('converges to one state, keeps every session not removed, stays within quota and goes quiet', () => {
    fc.assert(
      fc.property(
        startLog,
        startLog,
        fc.array(fc.tuple(op, fc.integer({ min: 0, max: 40_000 })), { maxLength: 60 }),
        (startA, startB, ops) => {
          const w = world(startState(startA, 1), startState(startB, 2));
          const logged = new Set<string>();
          const removed = new Set<string>();
          // When each session was last logged or rated and last removed (ms), in any browser.
          const lastEdit = new Map<string, number>();
          const lastUndo = new Map<string, number>();
          for (const b of w.browsers) for (const e of b.local.log) logged.add(entryKey(e));

          for (const [step, wait] of ops) {
            w.advance(wait);
            if (step.kind === 'sync') {
              w.sync(step.who);
              continue;
            }
            if (step.kind === 'deliver') {
              if (w.pending.length) w.deliver(step.pick % w.pending.length);
              continue;
            }
            const me = w.browsers[step.who];
            const before = me.local;
            if (step.kind === 'log') {
              const entry: StrengthEntry = {
                date: new Date(w.now()).toISOString(),
                sessionId: SESSIONS[step.session]!,
                ...(step.run === null ? {} : { runId: RUNS[step.run]! }),
                status: step.skipped ? 'skipped' : 'done',
              };
              // Logging again after a run replaces that run's entry (same key): not a loss.
              me.local = edits.log(me.local, entry);
              logged.add(entryKey(entry));
              removed.delete(entryKey(entry));
              lastEdit.set(entryKey(entry), w.now());
            } else if (step.kind === 'undo') {
              const runId = RUNS[step.run]!;
              if (me.local.log.some((e) => e.runId === runId)) {
                removed.add(`run:${runId}`);
                // Only a session this browser has synced is known to sync as removed; one it removed before it first
                // synced is still in the other browser, and the union keeps it.
                if (me.base?.log[`run:${runId}`]) lastUndo.set(`run:${runId}`, w.now());
              }
              me.local = edits.undo(me.local, runId);
            } else if (step.kind === 'rate') {
              me.local = edits.rate(me.local, step.index, step.rpe);
              const rated = me.local.log[step.index % Math.max(me.local.log.length, 1)];
              if (rated && me.local !== before) lastEdit.set(entryKey(rated), w.now());
            } else if (step.kind === 'fix') me.local = edits.fix(me.local, RUNS[step.run]!, step.effort);
            else if (step.kind === 'settings')
              me.local = { ...me.local, settings: { ...me.local.settings, level: step.level } };
            else me.local = { ...me.local, prefs: { ...me.local.prefs, units: step.units } };
          }

          // Everything delivered, both browsers synced until neither writes any more.
          let rounds = 0;
          for (;;) {
            while (w.pending.length) w.deliver(0);
            w.advance(SYNC_MIN_GAP_MS + 1);
            const wrote = [w.sync(0), w.sync(1)];
            rounds += 1;
            if (!wrote.includes(true) && !w.pending.length) break;
            expect(rounds).toBeLessThan(8);
          }
          // Quiet: one more sync on each side writes nothing.
          w.advance(SYNC_MIN_GAP_MS + 1);
          expect([w.sync(0), w.sync(1)]).toEqual([false, false]);

          const [a, b] = w.browsers;
          expect(a.local).toEqual(b.local);
          const kept = new Set(a.local.log.map(entryKey));
          for (const key of logged) if (!removed.has(key)) expect(kept.has(key)).toBe(true);
          // A removal made well after the session's last edit anywhere stays removed: it does not come back.
          for (const [key, at] of lastUndo)
            if (at > (lastEdit.get(key) ?? 0) + 10_000) expect(kept.has(key)).toBe(false);
          expect(a.area.refusals).toEqual([]);
          expect(b.area.refusals).toEqual([]);
          expect(a.area.get()).toEqual(b.area.get());
        },
      ),
      { numRuns: 300 },
    );
  });
});
