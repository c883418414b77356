import type { CalendarFiles } from '@/components/history/calendar-files';
import { sendMessage } from '../messaging/protocol';
import { LOCAL_TIME_ZONE, localLanguage } from '../platform';

// "Add to calendar" for a page that offers it (popup, History): the background builds the file from the stored plan
// and the ledger, and is the ledger's only writer (it merges every page's downloads by UID, so a page that missed
// another's still adds, never erases). Asking, rather than building the file here, keeps the iCalendar writer, the
// ledger and the training words out of the popup's budget. A failure shows no link rather than an error: the rest of
// the page still works.

const warn = (error: unknown) => console.warn('HardDay calendar', error);

export const CALENDAR_FILES: CalendarFiles = {
  file: (scope) =>
    sendMessage('calendarFile', { scope, timeZone: LOCAL_TIME_ZONE, language: localLanguage() }).catch(
      (error: unknown) => {
        warn(error);
        return null;
      },
    ),
  record: (exported) => sendMessage('recordCalendarExport', { exported }).catch(warn),
};
