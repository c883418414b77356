import type { Advice, Session } from '../core/types';
import { msg, type Message } from '../core/message';
import { localDateOf } from '../core/time';
import { formatDuration, formatTimeLeft } from './format';
import { t } from './index';

/**
 * The headline of an advice as a message, for every kind but an open window (its time left ticks: see
 * `strengthHeadline`). Instants are said on the runner's clock in `zone`, days seen from `now`, so the popup and the
 * background (which says the in-page card's headline) write the same sentence in the runner's language.
 */
export function headlineMessage(
  advice: Exclude<Advice, { kind: 'strength' }>,
  now: number,
  zone: string,
): Message {
  const nowIso = new Date(now).toISOString();
  switch (advice.kind) {
    case 'window-missed':
      return msg('headline.windowMissed', { clock: { clock: advice.windowEnded, zone } });
    case 'easy-day':
      return msg(advice.askFeltHard ? 'headline.easyDayHighHr' : 'headline.easyDay');
    case 'quota-met':
      return msg('headline.quotaMet');
    case 'taper':
      return msg(advice.session ? 'headline.taperSession' : 'headline.taperRest');
    case 'done':
      return msg('headline.done');
    case 'no-run':
      return msg('headline.noRun');
    case 'race-recovery':
      return msg('headline.raceRecovery', {
        day: { dayFrom: advice.recoveryEnds, today: localDateOf(now, zone) },
      });
    case 'spacing':
      return msg('headline.spacing', { when: { dayClock: advice.nextFullSession, now: nowIso, zone } });
    case 'foundation':
      return msg('headline.foundation', { clock: { clock: advice.until, zone } });
  }
}

/** "Strength window open: 2 h 15 min left", in whole minutes as the countdown beside it shows them. */
export function strengthHeadline(windowEnds: string, now: number): string {
  return t('headline.strength', { left: formatTimeLeft(Date.parse(windowEnds) - now) });
}

/**
 * The headline in the runner's language: `say` speaks messages in their units and locale; days and clocks in `zone`,
 * this browser's own unless given.
 */
export function adviceHeadline(
  advice: Advice,
  now: number,
  say: (message: Message) => string,
  zone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  return advice.kind === 'strength'
    ? strengthHeadline(advice.windowEnds, now)
    : say(headlineMessage(advice, now, zone));
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
