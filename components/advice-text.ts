import type { Advice, Session } from '../utils/core/types';
import { formatClock, formatDayAndClock, formatDuration, formatLocalDay, formatTimeLeft } from './format';

/** One headline per advice kind, in the runner's terms. */
/**
 * `clock` is the advice's instant (the window's end, the next full session, the foundation cut-off) as the runner's
 * clock shows it, formatted ahead (the in-page card gets it from the background: the first locale-aware time format
 * in a page costs more than the whole card).
 */
export function adviceHeadline(advice: Advice, now: number, clock?: string): string {
  switch (advice.kind) {
    case 'strength':
      return `Strength window open: ${formatTimeLeft(Date.parse(advice.windowEnds) - now)} left`;
    case 'window-missed':
      return `The strength window closed at ${clock ?? formatClock(advice.windowEnded)}. Save strength for your next hard day.`;
    case 'easy-day':
      return advice.askFeltHard
        ? 'Read as an easy run, but your heart rate ran high for one.'
        : 'Easy day: no strength today, so tomorrow’s hard run stays hard.';
    case 'quota-met':
      return 'Weekly strength target reached. Recovery is training too.';
    case 'taper':
      return advice.session
        ? 'Taper: a short, light core and mobility session only.'
        : 'Taper: rest from strength work.';
    case 'done':
      return 'Strength done for this run. Well earned.';
    case 'no-run':
      return 'No recent run of yours seen yet.';
    case 'race-recovery':
      return `Race recovery: light mobility and core only. Full strength again from ${formatLocalDay(advice.recoveryEnds, now)}.`;
    case 'spacing':
      return `Good hard run. Your legs still need rest from the last session: next full strength from ${formatDayAndClock(advice.nextFullSession, now, clock)}.`;
    case 'foundation':
      return `Rest day: a good day for your foundation session, any time until ${clock ?? formatClock(advice.until)}.`;
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
  return `Mobility routine · ${formatDuration(session.minutes * 60)}`;
}
