import { useEffect, useState } from 'preact/hooks';
import { ICS_MIME } from '../../utils/core/ical';
import { t } from '../../utils/i18n';
import type { CalendarFile } from '../../utils/views/calendar-file';
import type { WeekPlanView } from '../../utils/views/week-plan-view';
import { useCalendarFiles } from './calendar-files';

/** A Blob URL for the text while it is on screen; revoked when the text changes or the links go away. */
function useFileUrl(text: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!text) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(new Blob([text], { type: ICS_MIME }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [text]);
  return url;
}

interface Files {
  week: CalendarFile | null;
  today: CalendarFile | null;
}

/**
 * The files to offer, asked of the background once per plan (a change of units or language comes with a new plan)
 * and again after each recorded download: the file's DTSTAMP is that moment. A file just downloaded comes out the
 * same again (unchanged events keep their SEQUENCE), with any cancellations it carried. `weekOnly`: where the page
 * only needs to know whether there is anything to add.
 */
function useFiles(plan: WeekPlanView, weekOnly: boolean) {
  const { file, record } = useCalendarFiles();
  const [files, setFiles] = useState<Files>({ week: null, today: null });
  const [downloads, setDownloads] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([file('week'), weekOnly ? null : file('today')]).then(([week, today]) => {
      if (current) setFiles({ week, today });
    });
    return () => {
      current = false;
    };
  }, [plan, weekOnly, downloads]);
  const downloaded = (exported: CalendarFile['exported']) =>
    void record(exported).then(() => setDownloads((n) => n + 1));
  return { ...files, downloaded };
}

/**
 * "Add to calendar" (the week's planned sessions) and "Add today's window": plain download links to a Blob URL of
 * the file the background made, so no `downloads` permission is needed. `onOpenPage`: where a download cannot start
 * from here (Firefox's popup closes when the save dialog opens and takes the Blob URL with it), one button opens
 * History in a tab instead.
 */
export function CalendarLinks({ plan, onOpenPage }: { plan: WeekPlanView; onOpenPage?: () => void }) {
  const files = useFiles(plan, !!onOpenPage);
  const weekUrl = useFileUrl(onOpenPage ? undefined : files.week?.text);
  const todayUrl = useFileUrl(onOpenPage ? undefined : files.today?.text);
  if (!files.week) return null;
  if (onOpenPage) {
    return (
      <p class="calendar-links">
        <button
          type="button"
          class="link"
          data-testid="calendar-open-page"
          title={t('popup.plan.calendar.openPageHint')}
          onClick={onOpenPage}
        >
          {t('popup.plan.calendar.addWeek')}
        </button>
      </p>
    );
  }
  return (
    <p class="calendar-links">
      {weekUrl && (
        <a
          href={weekUrl}
          download={files.week.fileName}
          data-testid="calendar-week"
          data-events={files.week.events}
          title={t('popup.plan.calendar.addWeekHint')}
          onClick={() => files.downloaded(files.week!.exported)}
        >
          {t('popup.plan.calendar.addWeek')}
        </a>
      )}
      {files.today && todayUrl && (
        <a
          href={todayUrl}
          download={files.today.fileName}
          data-testid="calendar-today"
          title={t('popup.plan.calendar.addTodayHint')}
          onClick={() => files.downloaded(files.today!.exported)}
        >
          {t('popup.plan.calendar.addToday')}
        </a>
      )}
    </p>
  );
}
