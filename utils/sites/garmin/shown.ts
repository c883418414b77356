// A Garmin Connect activity HardDay could not read (issue 14): the content script sends the page's title, and the
// background reads from it what the page showed of the run (prefilling "log this run by hand") and whether it was
// there (for the bug report). Untrusted: checked on its own. Since 2026-04 the rendered page has no <h1> or <time>
// (site.ts), so the tab's title ("Morning Run | Garmin Connect") is the one thing it still says in a stable form.
import * as v from 'valibot';
import { GARMIN_TITLE_SUFFIX } from './site';
import type { GarminPageSnapshot } from './read-page';

/** The texts sent from the content script. */
export function garminShownTexts(page: GarminPageSnapshot) {
  return { title: page.title };
}

const TextsSchema = v.object({
  title: v.fallback(v.pipe(v.string(), v.maxLength(500)), ''),
});
const read = (texts: unknown) => v.parse(TextsSchema, texts && typeof texts === 'object' ? texts : {});

/** The activity's name from the tab title; the app shell's bare "Garmin Connect" names no activity. */
function activityName(title: string): string | undefined {
  const name = title.endsWith(GARMIN_TITLE_SUFFIX) ? title.slice(0, -GARMIN_TITLE_SUFFIX.length).trim() : '';
  return name || undefined;
}

/** What the page showed of the run: its name (the start is plain text without an instant, so not read). */
export function garminShown(texts: unknown): { title?: string } {
  return { title: activityName(read(texts).title) };
}

/** Which parts of the page were there (names from GARMIN_READ_CHECKS). */
export function garminShownChecks(texts: unknown): Record<string, boolean> {
  return { 'activity title': activityName(read(texts).title) !== undefined };
}
