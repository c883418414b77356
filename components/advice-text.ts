import type { Advice, Session } from '../utils/core/types';
import { formatClock, formatDayAndClock, formatDuration, formatLocalDay, formatTimeLeft } from './format';
import { t } from '../utils/i18n';

/** One headline per advice kind, in the runner's terms. */
/**
 * `clock` is the advice's instant (the window's end, the next full session, the foundation cut-off) as the runner's
 * clock shows it, formatted ahead (the in-page card gets it from the background: the first locale-aware time format
 * in a page costs more than the whole card).
 */
export function adviceHeadline(advice: Advice, now: number, clock?: string): string {
  switch (advice.kind) {
    case 'strength':
      return t('headline.strength', { left: formatTimeLeft(Date.parse(advice.windowEnds) - now) });
    case 'window-missed':
      return t('headline.windowMissed', { clock: clock ?? formatClock(advice.windowEnded) });
    case 'easy-day':
      return advice.askFeltHard ? t('headline.easyDayHighHr') : t('headline.easyDay');
    case 'quota-met':
      return t('headline.quotaMet');
    case 'taper':
      return advice.session ? t('headline.taperSession') : t('headline.taperRest');
    case 'done':
      return t('headline.done');
    case 'no-run':
      return t('headline.noRun');
    case 'race-recovery':
      return t('headline.raceRecovery', { day: formatLocalDay(advice.recoveryEnds, now) });
    case 'spacing':
      return t('headline.spacing', { when: formatDayAndClock(advice.nextFullSession, now, clock) });
    case 'foundation':
      return t('headline.foundation', { clock: clock ?? formatClock(advice.until) });
  }
}

/** The session the advice offers (Start, Done, Skip), if any. */
export function adviceSession(advice: Advice): Session | undefined {
  switch (advice.kind) {
    case 'strength':
    case 'race-recovery':
    case 'foundation':
      return advice.session;
    case 'taper':
      return advice.session;
    default:
      return undefined;
  }
}

/** "Mobility routine · 6 min": the short routine any day may carry. */
export function mobilityLabel(session: Session): string {
  return t('common.mobilityRoutine', { duration: formatDuration(session.minutes * 60) });
}
