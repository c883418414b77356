// Two tabs and the popup logging, recording and correcting at once: hundreds of interleaved writes lose nothing.
// The single-writer queue applies writes in the order they were called, so the concurrent result must equal the
// same calls made one after another, and every individual write must be visible in the end.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Effort, Run, Settings, StrengthEntry } from '../../utils/core/types';
import { report, SEED } from './support/tally';
import { createRepository, type Repository } from '../../utils/store/repository';
import { readStoredState } from '../../utils/store/snapshot';

let repo: Repository;
let snapshot: { readStoredState: () => ReturnType<typeof readStoredState> };

const counts = { rounds: 0, writes: 0, byType: {} as Record<string, number>, lost: 0 };
afterAll(() => report('store-concurrency', [], { 'store-concurrency': counts }));

beforeAll(async () => {
  fakeBrowser.reset();
  repo = createRepository();
  snapshot = { readStoredState: () => readStoredState(repo.items) };
});

const ids = fc.integer({ min: 1, max: 60 }).map(String);
const run = fc
  .record({
    source: fc.constantFrom('strava' as const, 'garmin' as const),
    id: ids,
    title: fc.string({ maxLength: 20 }),
    day: fc.integer({ min: 1, max: 28 }),
    laps: fc.boolean(),
    owned: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ source, id, title, day, laps, owned }): Run => ({
    source,
    id,
    title,
    sport: 'run',
    start: `2026-03-${String(day).padStart(2, '0')}T07:00:00.000Z`,
    elapsedS: 1800 + Number(id),
    ...(laps ? { laps: [{ distanceM: 1000, movingS: 240 + Number(id) }] } : {}),
    ...(owned === undefined ? {} : { ownedByViewer: owned }),
  }));

type Op =
  | { type: 'record'; runs: Run[] }
  | { type: 'log'; entry: StrengthEntry }
  | { type: 'override'; key: string; effort: Effort | null }
  | { type: 'settings'; patch: Partial<Settings> }
  | { type: 'undo'; runId: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(run, { minLength: 1, maxLength: 3 })
      .map((runs) => ({ type: 'record' as const, runs })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ n: fc.nat(1_000_000), runId: fc.option(ids, { nil: undefined }), done: fc.boolean() })
      .map(({ n, runId, done }) => ({
        type: 'log' as const,
        entry: {
          date: new Date(Date.UTC(2026, 2, 1) + n * 1000).toISOString(),
          sessionId: `s${n % 7}`,
          ...(runId ? { runId: `strava:${runId}` } : {}),
          status: done ? ('done' as const) : ('skipped' as const),
        },
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ id: ids, effort: fc.constantFrom<Effort | null>('hard', 'easy', null) })
      .map(({ id, effort }) => ({ type: 'override' as const, key: `strava:${id}`, effort })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          level: fc.constantFrom(1, 2, 3),
          windowHours: fc.constantFrom(1, 2, 3, 4.5),
          weekStartsOn: fc.constantFrom(0, 1),
        },
        { requiredKeys: [] },
      )
      .map((patch) => ({ type: 'settings' as const, patch: patch as Partial<Settings> })),
  },
  { weight: 1, arbitrary: ids.map((id) => ({ type: 'undo' as const, runId: `strava:${id}` })) },
);

function exec(o: Op): Promise<unknown> {
  switch (o.type) {
    case 'record':
      return repo.recordRuns(o.runs);
    case 'log':
      return repo.logStrength(o.entry);
    case 'override':
      return repo.setOverride(o.key, o.effort);
    case 'settings':
      return repo.updateSettings(o.patch);
    case 'undo':
      return repo.removeStrengthEntry(o.runId);
  }
}

/** One actor (a tab, the popup): its messages in order, sometimes waiting for the answer, sometimes not. */
async function actor(
  ops: { op: Op; wait: boolean; yields: number }[],
  called: Op[],
  pending: Promise<unknown>[],
) {
  for (const { op: o, wait, yields } of ops) {
    for (let i = 0; i < yields; i++) await (i % 3 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
    called.push(o);
    const done = exec(o);
    pending.push(done);
    if (wait) await done;
  }
}

const step = fc.record({ op, wait: fc.boolean(), yields: fc.nat(4) });

describe('concurrent writers', () => {
  it('two tabs and the popup writing at once end exactly where the same writes made in turn end', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(
          fc.array(step, { minLength: 60, maxLength: 140 }),
          fc.array(step, { minLength: 60, maxLength: 140 }),
          fc.array(step, { minLength: 30, maxLength: 80 }),
        ),
        async (actors) => {
          counts.rounds += 1;
          fakeBrowser.reset();
          const called: Op[] = [];
          const pending: Promise<unknown>[] = [];
          await Promise.all(actors.map((ops) => actor(ops, called, pending)));
          await Promise.all(pending);
          const concurrent = await snapshot.readStoredState();
          counts.writes += called.length;
          for (const o of called) counts.byType[o.type] = (counts.byType[o.type] ?? 0) + 1;

          // Independent of the replay: the last correction of each run wins, every recorded run is kept.
          const lastEffort = new Map<string, Effort | null>();
          for (const o of called) if (o.type === 'override') lastEffort.set(o.key, o.effort);
          for (const [key, effort] of lastEffort) expect(concurrent.overrides[key]).toBe(effort ?? undefined);
          const recorded = new Set(
            called.flatMap((o) => (o.type === 'record' ? o.runs.map((r) => `${r.source}:${r.id}`) : [])),
          );
          const kept = new Set(concurrent.runs.map((r) => `${r.source}:${r.id}`));
          for (const key of recorded) if (!kept.has(key)) counts.lost += 1;
          expect([...recorded].filter((key) => !kept.has(key))).toEqual([]);

          fakeBrowser.reset();
          for (const o of called) await exec(o);
          expect(concurrent).toEqual(await snapshot.readStoredState());
        },
      ),
      { seed: SEED, numRuns: 25 },
    );
    expect(counts.writes).toBeGreaterThan(25 * 150);
  }, 60_000);

  it('control: the same check catches lost writes when two writers bypass the shared queue', async () => {
    fakeBrowser.reset();
    const other = createRepository();
    const keys = Array.from({ length: 40 }, (_, i) => `strava:${i}`);
    await Promise.all(keys.map((key, i) => (i % 2 ? repo : other).setOverride(key, 'hard')));
    const kept = Object.keys((await snapshot.readStoredState()).overrides);
    expect(kept.length).toBeLessThan(keys.length);
  });
});
