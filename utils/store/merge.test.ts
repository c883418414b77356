// Properties of the import merge: idempotent, commutative in the data, never drops a run, session or correction
// present on either side, and the newer edit wins.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runKey } from '../core/runs';
import type { StrengthEntry } from '../core/types';
import {
  validEntry,
  validOverrides,
  validPrefs,
  validRuns,
  validSettings,
} from '../../test/hardening/support/store-arbitraries';
import { entryKey, mergeStates, previewImport, type ImportState, type MergeSide } from './merge';

const SEED = 20261201;

/** A log as HardDay writes it: one entry per key. */
const uniqueLog = fc.uniqueArray(validEntry, { maxLength: 15, selector: entryKey });
const state: fc.Arbitrary<ImportState> = fc.record({
  settings: validSettings,
  prefs: validPrefs,
  runs: validRuns,
  strengthLog: uniqueLog,
  overrides: validOverrides,
  quarantine: fc.constant([]),
});
/** Two sides that share some runs, sessions and corrections (changed or not), as a backup and the live data do. */
const sides = fc
  .tuple(state, state, fc.integer({ min: 0, max: 2e12 }), fc.integer({ min: 0, max: 2e12 }), fc.boolean())
  .map(([a, b, atA, atB, share]): [MergeSide, MergeSide] => {
    const shared = share
      ? {
          ...b,
          runs: [
            ...b.runs,
            ...a.runs.slice(0, 3).map((run, i) => (i === 1 ? { ...run, title: `${run.title}!` } : run)),
          ],
          strengthLog: [...b.strengthLog, ...a.strengthLog.slice(0, 3)],
        }
      : b;
    const dedupe = <T>(list: T[], key: (t: T) => string) => [
      ...new Map(list.map((x) => [key(x), x])).values(),
    ];
    return [
      { state: a, at: atA },
      {
        state: {
          ...shared,
          runs: dedupe(shared.runs, runKey),
          strengthLog: dedupe(shared.strengthLog, entryKey),
        },
        at: atB,
      },
    ];
  });

const sorted = <T>(list: T[], key: (t: T) => string) => [...list].sort((x, y) => (key(x) < key(y) ? -1 : 1));
const data = (s: ImportState) => ({
  runs: sorted(s.runs, runKey),
  strengthLog: sorted(s.strengthLog, entryKey),
  overrides: s.overrides,
});

describe('mergeStates', () => {
  it('never drops a run, session or correction present on either side', () => {
    fc.assert(
      fc.property(sides, fc.constantFrom('mine' as const, 'file' as const), ([mine, file], choice) => {
        const merged = mergeStates(mine, file, choice);
        const runKeys = new Set(merged.runs.map(runKey));
        const entryKeys = new Set(merged.strengthLog.map(entryKey));
        for (const run of [...mine.state.runs, ...file.state.runs])
          expect(runKeys.has(runKey(run))).toBe(true);
        for (const entry of [...mine.state.strengthLog, ...file.state.strengthLog])
          expect(entryKeys.has(entryKey(entry))).toBe(true);
        for (const key of [...Object.keys(mine.state.overrides), ...Object.keys(file.state.overrides)])
          expect(merged.overrides[key]).toBeDefined();
        expect(merged.runs).toHaveLength(runKeys.size);
        expect(merged.strengthLog).toHaveLength(entryKeys.size);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is idempotent: merging a side again, or a state with itself, changes nothing', () => {
    fc.assert(
      fc.property(sides, ([mine, file]) => {
        const once = mergeStates(mine, file, 'mine');
        const at = Math.max(mine.at, file.at);
        expect(data(mergeStates({ state: once, at }, file, 'mine'))).toEqual(data(once));
        expect(data(mergeStates({ state: once, at }, mine, 'mine'))).toEqual(data(once));
        expect(data(mergeStates(mine, mine, 'mine'))).toEqual(data(mine.state));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is commutative in the data; settings and preferences follow the runner’s choice', () => {
    fc.assert(
      fc.property(sides, ([mine, file]) => {
        const ab = mergeStates(mine, file, 'mine');
        const ba = mergeStates(file, mine, 'file');
        expect(data(ab)).toEqual(data(ba));
        expect(ab.settings).toEqual(mine.state.settings);
        expect(ba.settings).toEqual(mine.state.settings);
        expect(mergeStates(mine, file, 'file').prefs).toEqual(file.state.prefs);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps the newer edit of a session and of a run', () => {
    const entry: StrengthEntry = {
      date: '2026-11-02T10:00:00Z',
      sessionId: 's',
      runId: 'strava:1',
      status: 'skipped',
    };
    const later: StrengthEntry = { ...entry, date: '2026-11-02T11:00:00Z', status: 'done', rpe: 6 };
    const run = {
      source: 'strava' as const,
      id: '1',
      title: 'Lunch Run',
      sport: 'run' as const,
      start: '2026-11-02T07:00:00Z',
      elapsedS: 3000,
    };
    const base = { settings: {} as never, prefs: {} as never, overrides: {}, quarantine: [] };
    const live = { ...base, runs: [{ ...run, title: 'Intervals 6x800' }], strengthLog: [entry] };
    const backup = {
      ...base,
      runs: [{ ...run, laps: [{ distanceM: 800, movingS: 160 }] }],
      strengthLog: [later],
    };
    const merged = mergeStates({ state: live, at: 2000 }, { state: backup, at: 1000 }, 'mine');
    expect(merged.strengthLog).toEqual([later]); // logged later, whichever side holds it
    expect(merged.runs).toEqual([
      { ...run, title: 'Intervals 6x800', laps: [{ distanceM: 800, movingS: 160 }] },
    ]);
  });
});

describe('previewImport', () => {
  it('counts new, same, conflicting and only-mine items and gives the file’s date range', () => {
    const run = (id: string, start: string, title = 'Run') => ({
      source: 'strava' as const,
      id,
      title,
      sport: 'run' as const,
      start,
      elapsedS: 3000,
    });
    const settings = {
      level: 1,
      phase: 'auto',
      windowHours: 3,
      weekStartsOn: 1,
      equipment: 'bodyweight',
    } as const;
    const prefs = fc.sample(validPrefs, { seed: 1, numRuns: 1 })[0]!;
    const mine: ImportState = {
      settings,
      prefs,
      runs: [
        run('1', '2026-11-01T07:00:00Z'),
        run('2', '2026-11-02T07:00:00Z'),
        run('9', '2026-11-20T07:00:00Z'),
      ],
      strengthLog: [{ date: '2026-11-20T10:00:00Z', sessionId: 'x', runId: 'strava:9', status: 'done' }],
      overrides: {},
      quarantine: [],
    };
    const file: ImportState = {
      ...mine,
      settings: { ...settings, level: 2 },
      runs: [
        run('1', '2026-11-01T07:00:00Z'),
        run('2', '2026-11-02T07:00:00Z', 'Renamed'),
        run('3', '2026-10-03T07:00:00Z'),
      ],
      strengthLog: [],
      overrides: { 'strava:1': 'hard' },
    };
    const preview = previewImport(mine, file, '2026-11-03T00:00:00Z', []);
    expect(preview.runs).toEqual({ new: 1, same: 1, conflicting: 1, onlyMine: 1 });
    expect(preview.sessions).toEqual({ new: 0, same: 0, conflicting: 0, onlyMine: 1 });
    expect(preview.corrections).toEqual({ new: 1, same: 0, conflicting: 0, onlyMine: 0 });
    expect(preview.settingsDiffer).toEqual(['level']);
    expect(preview.range).toEqual({ from: '2026-10-03', to: '2026-11-02' });
  });
});
