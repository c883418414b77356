import { useEffect, useState } from 'preact/hooks';
import type { CalendarExports } from '@/components/history/calendar-exports';
import type { ExportedEvent } from '../core/calendar-ledger';
import { sendMessage } from '../messaging/protocol';

// The calendar ledger for a page that offers "Add to calendar" (popup, History). The background reads it through its
// schema and is its only writer; the page asks for it when it opens and again after each of its own downloads (the
// background merges every page's downloads by UID, so a page that missed another's still adds, never erases).
// Asking, rather than reading storage here, keeps the schema and the storage wrapper out of the popup's budget.

const warn = (error: unknown) => console.warn('HardDay calendar', error);

/** What earlier files handed out (empty until read) and how a download is recorded. */
export function useCalendarExports(): CalendarExports {
  const [ledger, setLedger] = useState<readonly ExportedEvent[]>([]);
  const load = () => sendMessage('calendarExports', undefined).then(setLedger, warn);
  useEffect(() => void load(), []);
  return {
    ledger,
    record: (exported) => void sendMessage('recordCalendarExport', { exported }).then(load, warn),
  };
}
