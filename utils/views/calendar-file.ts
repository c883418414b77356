import type { ExportedEvent } from '../core/calendar-ledger';

// What the background sends a page that offers "Add to calendar" (`calendarFile`, built in
// utils/background/calendar-file.ts): the .ics text to put behind a download link and what it hands out.

/** Which calendar file a page offers: the next 7 days', or today's window alone. */
export type CalendarScope = 'week' | 'today';

/** What the page asks for: the file, in its zone, with units resolved by its language. Nothing else is trusted. */
export interface CalendarFileRequest {
  scope: CalendarScope;
  timeZone: string;
  language: string;
}

/** An .ics file, ready to download. */
export interface CalendarFile {
  text: string;
  fileName: string;
  /** How many planned sessions it holds. */
  events: number;
  /** What it hands out: sent back with `recordCalendarExport` once the file is downloaded. */
  exported: ExportedEvent[];
}
