// When the day's advice changes by itself, with no new run or log entry: a window closes, the spacing after the last
// session ends, the evening cut-off passes, the latest run drops out of the look-back. Views computed ahead (the
// popup's prepared view) stay exact until the first of these, or local midnight.

import { eveningCutoffMs } from './evening';
import { LOOKBACK_MS, normalizeSettings, strengthWindow } from './plan';
import { runEndMs } from './runs';
import { lastFullSessionMs, minGapHours } from './spacing';
import { HOUR_MS, localDateOf, safeTimeZone } from './time';
import type { Advice, PlanInput } from './types';

/** The first instant after `now` at which planDay may answer differently for the same input, or undefined. */
export function adviceChangesAt(advice: Advice, input: PlanInput): number | undefined {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) return undefined;
  const settings = normalizeSettings(input.settings);
  const zone = safeTimeZone(input.timeZone);
  const log = Array.isArray(input.log) ? input.log.filter((e) => e && typeof e === 'object') : [];
  const candidates: number[] = [eveningCutoffMs(localDateOf(nowMs, zone), settings.latestSessionTime, zone)];
  if ('run' in advice && advice.run) {
    // Windows include their last millisecond: the advice changes one after it.
    candidates.push(strengthWindow(advice.run, settings, zone).endMs + 1);
    candidates.push(runEndMs(advice.run) + LOOKBACK_MS + 1);
  }
  const last = lastFullSessionMs(log, nowMs, zone);
  if (last !== undefined) candidates.push(last + minGapHours(settings.birthYear, input.now) * HOUR_MS);
  if (advice.kind === 'spacing') candidates.push(Date.parse(advice.nextFullSession));
  if (advice.kind === 'foundation') candidates.push(Date.parse(advice.until));
  const future = candidates.filter((ms) => Number.isFinite(ms) && ms > nowMs);
  return future.length > 0 ? Math.min(...future) : undefined;
}

/** The instant the card's clock text is for (formatted by the background), if the advice has one. */
export function adviceClockInstant(advice: Advice): string | undefined {
  switch (advice.kind) {
    case 'strength':
      return advice.windowEnds;
    case 'window-missed':
      return advice.windowEnded;
    case 'spacing':
      return advice.nextFullSession;
    case 'foundation':
      return advice.until;
    default:
      return undefined;
  }
}
