// Export → reset → import restores exactly; hostile files (wrong types, huge arrays, prototype-pollution keys at any
// depth) are rejected with a message, storage is unchanged, and Object.prototype is never polluted.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/core/types';
import { hostileValue } from './support/hostile';
import { allPaths, applyJsonMutation, jsonMutation, type JsonPath } from './support/mutate-json';
import { validRun, validState, type ValidState } from './support/store-arbitraries';
import { bump, report, SEED } from './support/tally';
import { createRepository, type Repository } from '../../utils/store/repository';
import * as schemas from '../../utils/store/schemas';
import { readStoredState } from '../../utils/store/snapshot';

let repo: Repository;
let snapshot: { readStoredState: () => ReturnType<typeof readStoredState> };

const NOW = new Date('2026-03-03T00:00:00Z');
const counts = {
  roundTrips: 0,
  hostileFiles: 0,
  rejectedByKind: {} as Record<string, number>,
  acceptedByKind: {} as Record<string, number>,
  storageChangedOnReject: 0,
  prototypePolluted: 0,
};
afterAll(() => report('store-import', [], { 'store-import': counts }));

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();
function expectNoPollution(): void {
  const polluted =
    Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTO_NAMES.join() ||
    Object.getOwnPropertyNames(Array.prototype).sort().join() !== ARRAY_PROTO_NAMES.join() ||
    ({} as Record<string, unknown>).polluted !== undefined;
  if (polluted) counts.prototypePolluted += 1;
  expect(polluted).toBe(false);
}

beforeAll(async () => {
  fakeBrowser.reset();
  repo = createRepository();
  snapshot = { readStoredState: () => readStoredState(repo.items) };
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  expectNoPollution();
  vi.restoreAllMocks();
});

async function store(state: ValidState): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(state));
}
const raw = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const exported = async () => JSON.parse(JSON.stringify(await repo.exportAll(NOW))) as Record<string, unknown>;

describe('export → reset → import', () => {
  it('restores exactly, for any valid state', async () => {
    await fc.assert(
      fc.asyncProperty(validState, async (state) => {
        counts.roundTrips += 1;
        await store(state);
        const before = await snapshot.readStoredState();
        const rawBefore = await raw();
        const file = await exported();
        await repo.resetAll();
        const blank = await snapshot.readStoredState();
        expect(blank.settings).toEqual(DEFAULT_SETTINGS);
        expect([blank.runs, blank.log, blank.overrides]).toEqual([[], [], {}]);
        expect(await repo.importAll(file)).toEqual({ ok: true });
        expect(await snapshot.readStoredState()).toEqual(before);
        const rawAfter = await raw();
        for (const key of ['settings', 'prefs', 'runs', 'strengthLog', 'overrides']) {
          expect(rawAfter[key]).toEqual(rawBefore[key]);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);
});

/** Paths of the objects and arrays inside a file, at most `maxDepth` below the top. */
function containerPaths(file: unknown, maxDepth: number): JsonPath[] {
  return allPaths(file).filter((path) => {
    if (path.length > maxDepth) return false;
    const target = path.reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], file);
    return !!target && typeof target === 'object';
  });
}
const at = (file: unknown, path: JsonPath) =>
  path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], file) as Record<
    string,
    unknown
  >;

/** Adds an own key (as JSON.parse makes `__proto__`) to the object at `path`. */
function addOwnKey(file: unknown, path: JsonPath, name: string, value: unknown): void {
  Object.defineProperty(at(file, path), name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const POLLUTERS = [
  ['__proto__', { polluted: 'yes' }],
  ['constructor', { prototype: { polluted: 'yes' } }],
  ['prototype', { polluted: 'yes' }],
] as const;

const hostile = fc.oneof(
  fc.record({ kind: fc.constant('pollution-key' as const), pick: fc.nat(), which: fc.nat(2) }),
  fc.record({
    kind: fc.constant('huge-array' as const),
    which: fc.constantFrom('runs', 'strengthLog'),
    extra: fc.nat(3000),
  }),
  fc.record({
    kind: fc.constant('wrong-type' as const),
    mutations: fc.array(jsonMutation, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('not-an-export' as const),
    value: fc.oneof(hostileValue, fc.constant({ format: 'other' })),
  }),
);

describe('hostile import files', () => {
  it('are rejected with a message and change nothing (or, if harmless, import only valid data)', async () => {
    await fc.assert(
      fc.asyncProperty(validState, validState, hostile, async (current, other, attack) => {
        counts.hostileFiles += 1;
        await store(other);
        let file: unknown = await exported();
        const mustReject = attack.kind !== 'wrong-type';
        if (attack.kind === 'pollution-key') {
          const paths = containerPaths(file, 8);
          const [name, value] = POLLUTERS[attack.which]!;
          addOwnKey(file, paths[attack.pick % paths.length]!, name, structuredClone(value));
        } else if (attack.kind === 'huge-array') {
          const list = (file as Record<string, unknown[]>)[attack.which]!;
          const filler =
            attack.which === 'runs'
              ? fc.sample(validRun(), { seed: attack.extra, numRuns: 1 })[0]
              : {
                  date: '2026-03-01',
                  sessionId: 'x',
                  status: 'done',
                };
          const limit = attack.which === 'runs' ? schemas.MAX_STORED_RUNS : schemas.MAX_LOG_ENTRIES;
          for (let i = list.length; i <= limit + attack.extra; i++)
            list.push({ ...(filler as object), id: `f${i}` });
        } else if (attack.kind === 'wrong-type') {
          const box = { value: file };
          const paths = allPaths(file);
          for (const m of attack.mutations) applyJsonMutation(box, paths[m.pick % paths.length]!, m);
          file = box.value;
        } else file = attack.value;

        await store(current);
        const before = await raw();
        const result = await repo.importAll(file);
        if (result.ok) {
          expect(mustReject).toBe(false);
          bump(counts.acceptedByKind, attack.kind);
          const state = await snapshot.readStoredState();
          expect(v.is(schemas.StrictSettingsSchema, state.settings)).toBe(true);
          expect(v.is(schemas.RunsSchema, state.runs)).toBe(true);
          expect(v.is(schemas.LogSchema, state.log)).toBe(true);
          expect(v.is(schemas.OverridesSchema, state.overrides)).toBe(true);
          // Nothing the file carried beyond the schemas reached storage.
          expect(JSON.stringify(await raw())).not.toMatch(/polluted/);
        } else {
          bump(counts.rejectedByKind, attack.kind);
          expect(result.message).toMatch(/\w{3,}/);
          const after = await raw();
          if (JSON.stringify(after) !== JSON.stringify(before)) counts.storageChangedOnReject += 1;
          expect(after).toEqual(before);
        }
        expectNoPollution();
      }),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  it.each([
    ['__proto__ from JSON.parse at the top', '{"__proto__":{"polluted":"yes"},"format":"hardday-export"}'],
    ['__proto__ inside a run', '{"runs":[{"__proto__":{"polluted":"yes"}}]}'],
    ['constructor.prototype in settings', '{"settings":{"constructor":{"prototype":{"polluted":"yes"}}}}'],
  ])('rejects %s', async (_name, patch) => {
    await store(fc.sample(validState, { seed: SEED, numRuns: 1 })[0]!);
    const file = { ...(await exported()) };
    for (const [key, value] of Object.entries(JSON.parse(patch) as Record<string, unknown>)) {
      if (key === '__proto__') Object.defineProperty(file, key, { value, enumerable: true });
      else file[key] = value;
    }
    const before = await raw();
    const result = await repo.importAll(file);
    expect(result).toMatchObject({ ok: false });
    expect(await raw()).toEqual(before);
  });
});

/** A file nested `depth` levels deep in `place`, with a `__proto__` key at the bottom. */
function deepPolluted(depth: number): unknown {
  let node: unknown = JSON.parse('{"__proto__":{"polluted":"yes"}}');
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
}

describe('findings of the hardening run, fixed (regression tests)', () => {
  it('BUG-3: a pollution key deeper than 8 levels is not detected and the file is accepted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 8, max: 40 }),
        fc.constantFrom('quarantine', 'run-extra', 'settings-extra'),
        async (depth, place) => {
          await store(fc.sample(validState, { seed: depth, numRuns: 1 })[0]!);
          const file = await exported();
          if (place === 'quarantine') file.quarantine = [deepPolluted(depth)];
          else if (place === 'run-extra')
            (file.runs as unknown[]).push({
              ...fc.sample(validRun(), { seed: depth, numRuns: 1 })[0],
              notes: deepPolluted(depth),
            });
          else (file.settings as Record<string, unknown>).notes = deepPolluted(depth);
          expect(await repo.importAll(file)).toMatchObject({ ok: false });
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('BUG-4 (fixed): import is one storage write, so a failing write leaves everything as it was', async () => {
    await store(fc.sample(validState, { seed: 1, numRuns: 1 })[0]!);
    const file = await exported();
    await store({
      ...fc.sample(validState, { seed: 2, numRuns: 1 })[0]!,
      settings: { ...DEFAULT_SETTINGS, level: 3 },
    });
    const before = await raw();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes += 1;
      if (writes >= 1) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await repo.importAll(file).catch(() => undefined);
    vi.restoreAllMocks();
    expect(writes).toBe(1);
    expect(await raw()).toEqual(before);
  });

  it('BUG-5: an export holding a corrupted quarantine cannot be imported back', async () => {
    await store(fc.sample(validState, { seed: 3, numRuns: 1 })[0]!);
    await fakeBrowser.storage.local.set({ quarantine: { key: 'local:settings', value: 'x' } });
    expect(await repo.importAll(await exported())).toEqual({ ok: true });
  });

  it('BUG-6: stored runs valid for storage (401–800) make an export that import rejects', async () => {
    const runs = fc
      .sample(validRun('manual'), { seed: 4, numRuns: 450 })
      .map((r, i) => ({ ...r, id: `r${i}` }));
    expect(v.is(schemas.RunsSchema, runs)).toBe(true);
    await fakeBrowser.storage.local.set({ runs });
    expect(await repo.importAll(await exported())).toEqual({ ok: true });
  });
});
