import { useEffect, useMemo, useState } from 'preact/hooks';
import { ICS_MIME } from '../../utils/core/ical';
import { t } from '../../utils/i18n';
import type { WeekPlanView } from '../../utils/views/week-plan-view';
import { useSay } from '../speak';
import { todayCalendarFile, weekCalendarFile } from './calendar-file';
import { useCalendarExports } from './calendar-exports';

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

/**
 * "Add to calendar" (the week's planned sessions) and "Add today's window": plain download links to a Blob URL, so
 * no `downloads` permission is needed. `onOpenPage`: where a download cannot start from here (Firefox's popup
 * closes when the save dialog opens and takes the Blob URL with it), one button opens History in a tab instead.
 */
export function CalendarLinks({ plan, onOpenPage }: { plan: WeekPlanView; onOpenPage?: () => void }) {
  const say = useSay();
  const { ledger, record } = useCalendarExports();
  // Made once per plan (a change of units or language comes with a new plan) and per ledger (a download recorded):
  // the file's DTSTAMP is that moment. A file just downloaded comes out the same again (unchanged events keep their
  // SEQUENCE), with any cancellations it carried.
  const files = useMemo(() => {
    const ctx = { ledger, nowMs: Date.now() };
    return { week: weekCalendarFile(plan, say, ctx), today: todayCalendarFile(plan, say, ctx) };
  }, [plan, ledger]);
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
          onClick={() => record(files.week!.exported)}
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
          onClick={() => record(files.today!.exported)}
        >
          {t('popup.plan.calendar.addToday')}
        </a>
      )}
    </p>
  );
}
