// The sync items: round trip, the quota with years of sessions, the newest months first when it is full.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Effort, type StrengthEntry } from '../../core/types';
import {
  validEntry,
  validOverrides,
  validPrefs,
  validSettings,
} from '../../../test/hardening/support/store-arbitraries';
import { entryKey } from '../merge';
import { DEFAULT_PREFS } from '../schemas';
import { decodeItems, encodeDoc } from './codec';
import { docState, localDoc, type SyncDoc } from './doc';
import { ITEM_BUDGET, SYNC_BUDGET_SHARE, SYNC_QUOTA, itemBytes, totalBytes } from './quota';

const BUDGET = SYNC_QUOTA.bytes * SYNC_BUDGET_SHARE;
const DAY = 86_400_000;

/**
 * `years` of a committed runner's log: 3 sessions a week after runs (Mon, Wed, Sat evenings), each rated, plus one
 * correction a week — about what HardDay logs for a runner who trains all year.
 */
function yearsOfSessions(years: number, end = Date.UTC(2026, 11, 1)) {
  const log: StrengthEntry[] = [];
  const overrides: Record<string, Effort> = {};
  const start = end - years * 365 * DAY;
  let runId = 14_000_000_000;
  for (let day = start; day < end; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (![1, 3, 6].includes(weekday)) continue;
    runId += 1_234_567;
    const levelWeek = `w${String(new Date(day).getUTCFullYear() % 100).padStart(2, '0')}${String(1 + (Math.floor((day - start) / (7 * DAY)) % 52)).padStart(2, '0')}`;
    log.push({
      date: new Date(day + 18.5 * 3_600_000 + (runId % 997) * 1000 + (runId % 1000)).toISOString(),
      sessionId: `s2-L2-${weekday === 6 ? 'long' : 'intervals'}-strength-${levelWeek}`,
      runId: `strava:${runId}`,
      status: runId % 11 === 0 ? 'skipped' : 'done',
      rpe: 4 + (runId % 5),
    });
    if (weekday === 3) overrides[`strava:${runId}`] = runId % 2 ? 'hard' : 'easy';
  }
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      raceDate: '2027-04-18',
      sessionsPerWeek: 2,
      birthYear: 1984,
      maxHr: 186,
    },
    prefs: { ...DEFAULT_PREFS, units: 'metric' as const },
    overrides,
    log,
  };
}

const docOf = (state: ReturnType<typeof yearsOfSessions>): SyncDoc =>
  localDoc(state, null, Math.floor(Date.UTC(2026, 11, 1) / 1000));

describe('sync items', () => {
  it('read back the same doc (any valid log, corrections, settings and preferences)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEntry, { maxLength: 30, selector: entryKey }),
        validOverrides,
        validSettings,
        validPrefs,
        (log, overrides, settings, prefs) => {
          const doc = localDoc({ log, overrides, settings, prefs }, null, 1_780_000_000);
          const encoded = encodeDoc(doc, BUDGET);
          const decoded = decodeItems(JSON.parse(JSON.stringify(encoded.items)) as Record<string, unknown>);
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(docState(decoded.doc, docState(doc, { log: [], overrides: {}, settings, prefs }))).toEqual(
            docState(doc, { log: [], overrides: {}, settings, prefs }),
          );
          for (const [key, value] of Object.entries(encoded.items))
            expect(itemBytes(key, value)).toBeLessThanOrEqual(ITEM_BUDGET);
        },
      ),
    );
  });

  it('a year of sessions (3 a week, rated, a correction a week) takes an eighth of the quota', () => {
    const year = yearsOfSessions(1);
    expect(year.log).toHaveLength(157);
    const encoded = encodeDoc(docOf(year), BUDGET);
    expect(encoded.leftOut).toBe(0);
    expect(encoded.oldestMonth).toBeUndefined();
    expect(totalBytes(encoded.items)).toBe(encoded.bytes);
    // Measured: 12,524 bytes (12.2 % of Chrome's and Firefox's 102,400; 157 sessions, 52 corrections).
    expect(encoded.bytes).toBeGreaterThan(11_000);
    expect(encoded.bytes).toBeLessThan(13_000);
    expect(Object.keys(encoded.items).length).toBeLessThan(SYNC_QUOTA.items);
  });

  it('seven years fit; with ten the newest months are synced and the oldest stay on this computer', () => {
    const seven = encodeDoc(docOf(yearsOfSessions(7)), BUDGET);
    expect(seven.leftOut).toBe(0);
    expect(seven.bytes).toBeLessThanOrEqual(BUDGET);

    const ten = yearsOfSessions(10);
    const encoded = encodeDoc(docOf(ten), BUDGET);
    expect(encoded.fits).toBe(true);
    expect(encoded.bytes).toBeLessThanOrEqual(BUDGET);
    expect(encoded.leftOut).toBeGreaterThan(0);
    const months = Object.keys(encoded.items)
      .filter((k) => k.startsWith('log.'))
      .map((k) => k.slice(4, 11));
    expect(encoded.oldestMonth).toBe([...months].sort()[0]);
    // Everything from the oldest synced month on is there, nothing older.
    const decoded = decodeItems(encoded.items);
    if (!decoded.ok) throw new Error('not readable');
    const synced = Object.values(decoded.doc.log).map((s) => s.v.date);
    expect(synced).toHaveLength(ten.log.length - encoded.leftOut);
    expect(ten.log.filter((e) => e.date.slice(0, 7) >= encoded.oldestMonth!)).toHaveLength(synced.length);
  });

  it('skips unreadable items and rows instead of failing', () => {
    const year = yearsOfSessions(1);
    const encoded = encodeDoc(docOf(year), BUDGET);
    const [month] = Object.keys(encoded.items).filter((k) => k.startsWith('log.'));
    const broken = {
      ...encoded.items,
      settings: 'nonsense',
      [month!]: [['x'], null, ...(encoded.items[month!] as unknown[]).slice(1)],
      'fix.1': { not: 'rows' },
    };
    const decoded = decodeItems(broken);
    if (!decoded.ok) throw new Error('not readable');
    expect(decoded.doc.settings).toBeNull();
    expect(Object.keys(decoded.doc.log).length).toBe(year.log.length - 1);
  });

  it('refuses to read what a newer HardDay wrote', () => {
    expect(decodeItems({ meta: { f: 2 } })).toEqual({ ok: false, reason: 'newer-format' });
  });
});
