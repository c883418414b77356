// Query keys of the site requests. Every read of one activity shares the prefix [site, 'activity', id], so what was
// asked for an activity the runner left can be cancelled (or dropped) together.
import type { QueryKey } from '@tanstack/query-core';

/** The key of one read of an activity: the activity itself, or a `part` of it (laps, splits). */
export const activityKey = (site: string, id: string, ...part: string[]): QueryKey => [
  site,
  'activity',
  id,
  ...part,
];

/** Whether `key` reads an activity other than `keep` (null: any activity). */
export function readsOtherActivity(key: QueryKey, keep: string | null): boolean {
  return key[1] === 'activity' && key[2] !== keep;
}
