// A Strava activity page HardDay could not read (issue 14): the content script sends a few of the page's own texts,
// and the background reads from them what the page showed of the run (prefilling "log this run by hand") and which
// parts of the page were there (for the bug report). Untrusted and possibly half there: every field on its own.
import * as v from 'valibot';
import { localWallToIso, parseClockDuration } from '../shared/time';
import { parseStravaTimeText, statValue } from './page-words';
import { parseDistanceText } from './parse-page';
import { patterns } from './site';

const text = (max: number) => v.fallback(v.pipe(v.string(), v.maxLength(max)), '');
const TextsSchema = v.object({
  title: text(500),
  headingName: text(500),
  stats: v.fallback(v.pipe(v.array(v.object({ label: text(80), value: text(80) })), v.maxLength(40)), []),
  timeText: text(200),
  utcOffsetMin: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(-18 * 60), v.maxValue(18 * 60)), 0),
  bootstrap: v.fallback(v.boolean(), false),
});
const read = (texts: unknown) => v.parse(TextsSchema, texts && typeof texts === 'object' ? texts : {});

/**
 * What the page showed of the run: title, start (the viewer's offset applied), time and distance, as far as read, in
 * any language the DOM fallback reads (page-words.ts).
 */
export function stravaShown(texts: unknown): {
  title?: string;
  start?: string;
  elapsedS?: number;
  distanceM?: number;
} {
  const page = read(texts);
  const startLocal = parseStravaTimeText(page.timeText);
  const distance = statValue(page.stats, 'distance');
  return {
    title: page.headingName || patterns.documentTitle.exec(page.title)?.[1]?.trim() || undefined,
    start: startLocal === undefined ? undefined : localWallToIso(startLocal, page.utcOffsetMin),
    elapsedS:
      parseClockDuration(statValue(page.stats, 'elapsedTime')) ??
      parseClockDuration(statValue(page.stats, 'movingTime')),
    distanceM: distance ? parseDistanceText(distance) : undefined,
  };
}

/**
 * Which parts of an unreadable page were there (names from STRAVA_READ_CHECKS). The training JSON is always
 * missing here: had it answered with the run, the page would have been read.
 */
export function stravaShownChecks(texts: unknown): Record<string, boolean> {
  const page = read(texts);
  return {
    bootstrap: page.bootstrap,
    heading: !!page.headingName,
    'start time': !!page.timeText,
    stats: page.stats.length > 0,
    'title type': patterns.documentTitle.test(page.title),
    'training JSON': false,
  };
}
