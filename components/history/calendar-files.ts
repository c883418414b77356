// The calendar files a page offers and how a download is recorded, provided by the container (popup, options), as
// `say` is: components reach the background through their container only. The background builds each file from the
// stored plan and the ledger of earlier downloads (utils/background/calendar-file.ts).

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ExportedEvent } from '../../utils/core/calendar-ledger';
import type { CalendarFile, CalendarScope } from '../../utils/views/calendar-file';

export interface CalendarFiles {
  /** The file to offer now; null when nothing is planned (or the background could not say). */
  file: (scope: CalendarScope) => Promise<CalendarFile | null>;
  /** Called when a file is downloaded, with what it handed out; settles once it is remembered. */
  record: (exported: ExportedEvent[]) => Promise<void>;
}

/** Without a provider (a component rendered on its own): no file to offer. */
const CalendarFilesContext = createContext<CalendarFiles>({
  file: () => Promise.resolve(null),
  record: () => Promise.resolve(),
});

/** Given by the container (popup, options) around the pages that offer "Add to calendar". */
export const CalendarFilesProvider = CalendarFilesContext.Provider;

export function useCalendarFiles(): CalendarFiles {
  return useContext(CalendarFilesContext);
}
