import * as v from 'valibot';
import { LEDGER_MAX, type ExportedEvent } from '../core/calendar-ledger';

// The calendar ledger as stored (local:calendarExports): what "Add to calendar" handed out for the days ahead, so a
// later file can cancel a day the plan dropped (utils/core/calendar-ledger.ts). Bookkeeping: this browser only, never
// exported or synced, forgotten on reset (a later file then simply cannot take back what an earlier one gave).

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const Instant = v.pipe(v.number(), v.finite());

export const ExportedEventSchema = v.object({
  uid: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  date: v.pipe(v.string(), v.regex(DATE)),
  startMs: Instant,
  endMs: Instant,
  summary: v.pipe(v.string(), v.maxLength(300)),
  sequence: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  digest: v.pipe(v.string(), v.maxLength(16)),
  cancelled: v.boolean(),
}) satisfies v.GenericSchema<unknown, ExportedEvent>;

export const CalendarExportsSchema = v.pipe(v.array(ExportedEventSchema), v.maxLength(LEDGER_MAX));

/** What a page sends once a file is downloaded: the file's events (a week's at most, and its cancellations). */
export const RecordExportSchema = v.object({ exported: CalendarExportsSchema });
