// What earlier calendar files handed out (the ledger) and how to record a download, provided by the container (popup,
// options), as `say` is: components read storage through their container only.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ExportedEvent } from '../../utils/core/calendar-ledger';

export interface CalendarExports {
  ledger: readonly ExportedEvent[];
  /** Called when a file is downloaded, with what it handed out. */
  record: (exported: ExportedEvent[]) => void;
}

/** Without a provider (a component rendered on its own): no earlier files, and a download is not remembered. */
const CalendarExportsContext = createContext<CalendarExports>({ ledger: [], record: () => {} });

/** Given by the container (popup, options) around the pages that offer "Add to calendar". */
export const CalendarExportsProvider = CalendarExportsContext.Provider;

export function useCalendarExports(): CalendarExports {
  return useContext(CalendarExportsContext);
}
