import type { Advice } from '../utils/core/types';
import { formatClock, formatTimeLeft } from './format';

/** One headline per advice kind, in the runner's terms. */
/**
 * `windowClock` is the window's end as the runner's clock shows it, formatted ahead (the in-page card gets it
 * from the background: the first locale-aware time format in a page costs more than the whole card).
 */
export function adviceHeadline(advice: Advice, now: number, windowClock?: string): string {
  switch (advice.kind) {
    case 'strength':
      return `Strength window open: ${formatTimeLeft(Date.parse(advice.windowEnds) - now)} left`;
    case 'window-missed':
      return `The strength window closed at ${windowClock ?? formatClock(advice.windowEnded)}. Save strength for your next hard day.`;
    case 'easy-day':
      return 'Easy day: no strength today, so tomorrow’s hard run stays hard.';
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
  }
}

export function adviceSession(advice: Advice) {
  return advice.kind === 'strength' || advice.kind === 'taper' ? advice.session : undefined;
}
