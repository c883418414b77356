// The training content in the runner's language. The core hands out message keys only (exercise names, cues, easier
// options, targets, session titles, focus lines and notes: utils/core/exercises.ts and sessions.ts); these functions
// put them into words from locales/<lang>.yml. Every place that shows a session uses them, so a session reads the same
// in the popup, the card and the session page.

import type { ContentKey, SessionTitle } from '../core/types';
import { t, tDynamic, uiLocale } from './index';

/** One piece of training content: an exercise or level name, a cue, an easier option, a note, a focus line. */
export function words(key: ContentKey): string {
  return tDynamic(key);
}

/** "Strength after intervals", with the training block and its week for full strength work in a block. */
export function sessionTitle(title: SessionTitle): string {
  const kind = words(title.kind);
  if (!title.block) return kind;
  const values = { title: kind, block: words(title.block) };
  if (title.week === 'lighter') return t('training.titleInBlockLighterWeek', values);
  if (title.week !== undefined) return t('training.titleInBlockWeek', { ...values, week: title.week });
  return t('training.titleInBlock', values);
}

/** What an exercise trains as the language lists things: "quads, glutes and calves", "Quadrizeps, Gesäß und Waden". */
export function targetList(targets: readonly ContentKey[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(targets.map(words));
}
