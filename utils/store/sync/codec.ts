// The sync doc as items of the browser's sync storage, compact and within its quotas, and back. Pure.
//
//   meta              { f: 1 }                       the format, so an older HardDay never overwrites a newer one's
//   settings, prefs   [editTime, value]
//   fix, fix.1 …      [[runKey, 'h' | 'e' | '', editTime], …]   corrections ('' = cleared)
//   gone, gone.1 …    [[entryKey, editTime], …]                 removed sessions
//   log.2026-03, log.2026-03.1 …   one month of the strength log: [[date, sessionId, runId | 0, status, dt?], …]
//
// A log entry's date is the milliseconds since the month began (as the month of its key) when it is an ISO instant
// that reads back the same, else the date as written; status is the rating plus 100 for a skipped session (0: no
// rating); dt is its edit time minus the time it was logged, left out when 0 (almost always). Edit times are
// seconds. When everything does not fit, the newest months are synced and the oldest left out (`oldestMonth`).
import * as v from 'valibot';
import type { Effort, StrengthEntry } from '../../core/types';
import { entryKey } from '../merge';
import { PrefsSchema, RunKeySchema, SettingsSchema, StrengthEntrySchema } from '../schemas';
import { joinDocs, loggedAt, type EditTime, type Stamped, type SyncDoc } from './doc';
import { ITEM_BUDGET, itemBytes } from './quota';

export const SYNC_FORMAT = 1;

/** Every key HardDay writes to sync storage: anything else there is left alone. */
const OUR_KEY = /^(meta|settings|prefs|fix(\.\d+)?|gone(\.\d+)?|log\.\d{4}-\d{2}(\.\d+)?)$/;
export const isSyncKey = (key: string) => OUR_KEY.test(key);

const monthStartMs = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

type Row = unknown[];

function encodeEntry(entry: StrengthEntry, t: EditTime, month: string): Row {
  const ms = Date.parse(entry.date);
  const instant = !Number.isNaN(ms) && entry.date.length > 10 && new Date(ms).toISOString() === entry.date;
  const row: Row = [
    instant ? ms - monthStartMs(month) : entry.date,
    entry.sessionId,
    entry.runId ?? 0,
    (entry.status === 'skipped' ? 100 : 0) + (entry.rpe ?? 0),
  ];
  const dt = t - loggedAt(entry);
  if (dt !== 0) row.push(dt);
  return row;
}

const EditTimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const EntryRowSchema = v.tuple([
  v.union([v.pipe(v.number(), v.integer()), v.string()]),
  v.string(),
  v.union([v.string(), v.literal(0)]),
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(110)),
]);
const DtSchema = v.pipe(v.number(), v.integer());

function decodeEntry(row: unknown, month: string): Stamped<StrengthEntry> | null {
  if (!Array.isArray(row) || row.length < 4 || row.length > 5) return null;
  const head = v.safeParse(EntryRowSchema, row.slice(0, 4));
  const dt = row.length === 5 ? v.safeParse(DtSchema, row[4]) : ({ success: true, output: 0 } as const);
  if (!head.success || !dt.success) return null;
  const [date, sessionId, runId, status] = head.output;
  const rating = status % 100;
  const candidate = {
    date: typeof date === 'number' ? new Date(monthStartMs(month) + date).toISOString() : date,
    sessionId,
    ...(runId === 0 ? {} : { runId }),
    status: status >= 100 ? 'skipped' : 'done',
    ...(rating ? { rpe: rating } : {}),
  };
  const entry = v.safeParse(StrengthEntrySchema, candidate);
  if (!entry.success || !entry.output.date.startsWith(month)) return null;
  const t = loggedAt(entry.output) + dt.output;
  return t >= 0 ? { v: entry.output, t } : null;
}

/** Rows into items `${base}`, `${base}.1`, … each within the per-item budget. */
function chunked(base: string, rows: Row[]): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  let part: Row[] = [];
  let index = 0;
  let bytes = 0;
  const keyOf = (i: number) => (i === 0 ? base : `${base}.${i}`);
  for (const row of rows) {
    const rowBytes = itemBytes('', row) + 1;
    if (part.length && bytes + rowBytes > ITEM_BUDGET) {
      out[keyOf(index)] = part;
      index += 1;
      part = [];
      bytes = 0;
    }
    if (!part.length) bytes = itemBytes(keyOf(index), []);
    part.push(row);
    bytes += rowBytes;
  }
  if (part.length) out[keyOf(index)] = part;
  return out;
}

const byFirst = (a: Row, b: Row) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);

export interface Encoded {
  items: Record<string, unknown>;
  bytes: number;
  /** The oldest month of the log that is synced, when older ones did not fit. */
  oldestMonth?: string;
  /** Log entries left out (their months did not fit). */
  leftOut: number;
  /** False when even the settings, preferences and corrections alone do not fit: nothing should be written. */
  fits: boolean;
}

/** The doc as sync items within `budgetBytes`: settings, preferences and corrections first, then the newest months. */
export function encodeDoc(doc: SyncDoc, budgetBytes: number): Encoded {
  const items: Record<string, unknown> = { meta: { f: SYNC_FORMAT } };
  if (doc.settings) items.settings = [doc.settings.t, doc.settings.v];
  if (doc.prefs) items.prefs = [doc.prefs.t, doc.prefs.v];
  const code = (e: Effort | null) => (e === 'hard' ? 'h' : e === 'easy' ? 'e' : '');
  Object.assign(
    items,
    chunked(
      'fix',
      Object.entries(doc.fixes)
        .map(([k, s]): Row => [k, code(s.v), s.t])
        .sort(byFirst),
    ),
    chunked(
      'gone',
      Object.entries(doc.gone)
        .map(([k, t]): Row => [k, t])
        .sort(byFirst),
    ),
  );
  let bytes = 0;
  for (const [key, value] of Object.entries(items)) bytes += itemBytes(key, value);
  if (bytes > budgetBytes) return { items, bytes, leftOut: Object.keys(doc.log).length, fits: false };

  const months = new Map<string, [StrengthEntry, EditTime][]>();
  for (const { v: entry, t } of Object.values(doc.log)) {
    const month = entry.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), [entry, t]]);
  }
  const newestFirst = [...months.keys()].sort().reverse();
  let leftOut = 0;
  let oldestMonth: string | undefined;
  let full = false;
  for (const month of newestFirst) {
    const entries = months.get(month)!;
    if (!full) {
      const rows = entries
        .sort(([a], [b]) => (entryKey(a) < entryKey(b) ? -1 : 1))
        .map(([entry, t]) => encodeEntry(entry, t, month));
      const chunks = chunked(`log.${month}`, rows);
      let monthBytes = 0;
      for (const [key, value] of Object.entries(chunks)) monthBytes += itemBytes(key, value);
      if (bytes + monthBytes <= budgetBytes) {
        Object.assign(items, chunks);
        bytes += monthBytes;
        continue;
      }
      full = true;
      oldestMonth = newestFirst[newestFirst.indexOf(month) - 1];
    }
    leftOut += entries.length;
  }
  return { items, bytes, leftOut, fits: true, ...(full ? { oldestMonth: oldestMonth ?? '' } : {}) };
}

export type Decoded = { ok: true; doc: SyncDoc } | { ok: false; reason: 'newer-format' };

const rows = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const StampedValue = v.tuple([EditTimeSchema, v.unknown()]);

/** The doc in sync storage. Anything unreadable (an item cut short, a hand edit) is skipped, never thrown. */
export function decodeItems(raw: Record<string, unknown>): Decoded {
  const meta = raw.meta as { f?: unknown } | undefined;
  if (meta && typeof meta.f === 'number' && meta.f > SYNC_FORMAT)
    return { ok: false, reason: 'newer-format' };
  const doc: SyncDoc = { settings: null, prefs: null, fixes: {}, log: {}, gone: {} };
  const stamped = <T>(value: unknown, schema: v.GenericSchema<unknown, T>): Stamped<T> | null => {
    const pair = v.safeParse(StampedValue, value);
    if (!pair.success || typeof pair.output[1] !== 'object' || pair.output[1] === null) return null;
    const parsed = v.safeParse(schema, pair.output[1]);
    return parsed.success ? { t: pair.output[0], v: parsed.output } : null;
  };
  doc.settings = stamped(raw.settings, SettingsSchema);
  doc.prefs = stamped(raw.prefs, PrefsSchema);
  let found = doc;
  for (const [key, value] of Object.entries(raw)) {
    const part: SyncDoc = { settings: null, prefs: null, fixes: {}, log: {}, gone: {} };
    if (/^fix(\.\d+)?$/.test(key)) {
      for (const row of rows(value)) {
        const fix = v.safeParse(v.tuple([RunKeySchema, v.picklist(['h', 'e', '']), EditTimeSchema]), row);
        if (!fix.success) continue;
        const [k, e, t] = fix.output;
        const effort: Effort | null = e === 'h' ? 'hard' : e === 'e' ? 'easy' : null;
        part.fixes[k] = { v: effort, t };
      }
    } else if (/^gone(\.\d+)?$/.test(key)) {
      for (const row of rows(value)) {
        const gone = v.safeParse(v.tuple([v.pipe(v.string(), v.maxLength(300)), EditTimeSchema]), row);
        if (gone.success) part.gone[gone.output[0]] = gone.output[1];
      }
    } else {
      const month = /^log\.(\d{4}-\d{2})(\.\d+)?$/.exec(key)?.[1];
      if (!month) continue;
      for (const row of rows(value)) {
        const entry = decodeEntry(row, month);
        if (entry) part.log[entryKey(entry.v)] = entry;
      }
    }
    // Joined piece by piece: a key in two items (a write cut short) keeps its newer edit.
    found = joinDocs(found, part);
  }
  return { ok: true, doc: found };
}
