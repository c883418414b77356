// Every stored item given corrupted or foreign values: repairStorage repairs it to a valid value, keeps a copy of
// what was there in the quarantine (carried by exports), never throws, and leaves valid values alone.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedGarbage, validState } from './support/store-arbitraries';
import { bump, report, SEED } from './support/tally';
import { createRepository, type Repository } from '../../utils/store/repository';
import * as schemas from '../../utils/store/schemas';
import { readStoredState } from '../../utils/store/snapshot';

let repo: Repository;
let items: Repository['items'];

const KEYS = ['settings', 'prefs', 'runs', 'strengthLog', 'overrides'] as const;
type Key = (typeof KEYS)[number];
const NOW = new Date('2026-03-02T10:00:00Z');

const counts = {
  statesTried: 0,
  valuesCorrupted: 0,
  valuesRepaired: 0,
  valuesLeftAlone: 0,
  repairedByKey: {} as Record<string, number>,
  threw: 0,
};
afterAll(() => report('store-repair', [], { 'store-repair': counts }));

beforeAll(async () => {
  fakeBrowser.reset();
  repo = createRepository();
  items = repo.items;
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

/** Whether the repository must repair `raw` under `key`: any field or list item a read would fall back on or drop. */
function unreadable(key: Key, raw: unknown): boolean {
  const value = raw ?? items.ALL_ITEMS.find((item) => item.key === `local:${key}`)?.fallback;
  switch (key) {
    case 'settings':
      return !v.is(schemas.StrictSettingsSchema, value);
    case 'prefs':
      return !v.is(schemas.StrictPrefsSchema, value);
    case 'runs':
      return !v.is(schemas.StrictRunsSchema, value);
    case 'strengthLog':
      return !v.is(schemas.StrictLogSchema, value);
    case 'overrides':
      return !v.safeParse(schemas.OverridesSchema, value).success;
  }
}

/** A fully valid stored value (no field that a read would have to fall back on). */
function fullyValid(key: Key, value: unknown): boolean {
  if (key === 'settings') return v.is(schemas.StrictSettingsSchema, value);
  if (key === 'prefs') return v.is(schemas.StrictPrefsSchema, value);
  return !unreadable(key, value);
}

async function stored(): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

const slot = fc.oneof(
  { weight: 3, arbitrary: storedGarbage.map((value) => ({ kind: 'garbage' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'absent' as const, value: undefined }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'valid' as const, value: undefined }) },
);

describe('repairStorage on corrupted and foreign values', () => {
  it('repairs every unreadable item to a valid value, keeps a copy, leaves valid ones alone, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        validState,
        fc.record(Object.fromEntries(KEYS.map((k) => [k, slot]))),
        async (valid, slots) => {
          fakeBrowser.reset();
          counts.statesTried += 1;
          const raw: Record<string, unknown> = {};
          for (const key of KEYS) {
            const s = slots[key] as { kind: string; value: unknown };
            if (s.kind === 'absent') continue;
            raw[key] = structuredClone(s.kind === 'valid' ? valid[key] : s.value);
          }
          await fakeBrowser.storage.local.set(structuredClone(raw));
          const before = await stored();
          const expected = KEYS.filter((key) => unreadable(key, before[key]));
          counts.valuesCorrupted += expected.length;

          let repaired: string[];
          try {
            repaired = await repo.repairStorage(NOW);
          } catch (error) {
            counts.threw += 1;
            throw error;
          }
          expect(repaired.sort()).toEqual(expected.map((k) => `local:${k}`).sort());
          counts.valuesRepaired += repaired.length;
          counts.valuesLeftAlone += KEYS.length - repaired.length;
          for (const key of expected) bump(counts.repairedByKey, key);

          const after = await stored();
          const quarantine = (after.quarantine ?? []) as { key: string; at: string; value: unknown }[];
          expect(quarantine.map((q) => q.key).sort()).toEqual(expected.map((k) => `local:${k}`).sort());
          for (const key of KEYS) {
            if (expected.includes(key)) {
              expect(fullyValid(key, after[key])).toBe(true);
              expect(quarantine.find((q) => q.key === `local:${key}`)?.value).toStrictEqual(before[key]);
            } else {
              expect(after[key]).toStrictEqual(before[key]);
            }
          }
          // Every context reads valid values, and a second pass finds nothing left to repair.
          const state = await readStoredState(items);
          expect(v.is(schemas.StrictSettingsSchema, state.settings)).toBe(true);
          expect(v.is(schemas.RunsSchema, state.runs)).toBe(true);
          expect(await repo.repairStorage(NOW)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  it('repairs on a fresh module load too (items defined again, as after a browser restart)', async () => {
    for (const key of KEYS) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ [key]: 'garbage from another extension' });
      const fresh = createRepository();
      expect(await fresh.repairStorage(NOW)).toEqual([`local:${key}`]);
      const after = await stored();
      expect(after.quarantine).toEqual([
        { key: `local:${key}`, at: NOW.toISOString(), value: 'garbage from another extension' },
      ]);
    }
  });

  it('keeps at most 20 quarantined copies, newest last', async () => {
    for (let i = 0; i < 25; i++) {
      await fakeBrowser.storage.local.set({ overrides: { [`bad key ${i}`]: 'hard' } });
      expect(await repo.repairStorage(NOW)).toEqual(['local:overrides']);
    }
    const quarantine = (await stored()).quarantine as { value: Record<string, string> }[];
    expect(quarantine).toHaveLength(20);
    expect(Object.keys(quarantine.at(-1)!.value)).toEqual(['bad key 24']);
  });
});

describe('findings of the hardening run, fixed (regression tests)', () => {
  it('BUG-1: a corrupted quarantine makes repairStorage throw and leaves the broken item unrepaired', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom<unknown>(0, 1, true, {}, { length: 3 }), fc.object({ maxDepth: 1 })),
        async (quarantine) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set({ quarantine, settings: 'broken' });
          await expect(repo.repairStorage(NOW)).resolves.toEqual(['local:settings']);
          expect(v.is(schemas.StrictSettingsSchema, (await stored()).settings)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('BUG-2: a prefs field of the wrong type is read as its default but never repaired nor kept', async () => {
    const prefs = { ...schemas.DEFAULT_PREFS, units: 42, reminderMinutesBefore: 'soon' };
    await fakeBrowser.storage.local.set({ prefs });
    expect(await repo.repairStorage(NOW)).toEqual(['local:prefs']);
    expect((await stored()).quarantine).toEqual([
      { key: 'local:prefs', at: NOW.toISOString(), value: prefs },
    ]);
  });
});
