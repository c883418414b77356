import type { Run } from '../../core/types';

/**
 * What a site reader makes of one activity. Readers never throw: a page or JSON they cannot understand becomes
 * `unreadable`, an activity that is not a run becomes `not-run` (no card, no suggestion).
 */
export type SiteReadResult =
  | {
      status: 'run';
      run: Run;
      /** The logged-in athlete / profile, when the page or JSON says who is looking. */
      viewerId?: string;
      /** The athlete / profile who owns the activity. */
      ownerId?: string;
      /**
       * Set when `run.start` was derived from a local wall-clock time (Strava's `startDateLocal` or the page's
       * `<time>` text), so it is only a best guess until enriched with the true UTC start.
       */
      startIsLocal?: true;
      /**
       * The viewer's unit setting when the page says it (Strava's `measurement_preference` in the bootstrap's
       * CurrentAthlete: `meters` or `feet`).
       */
      measurementPreference?: 'meters' | 'feet';
    }
  | { status: 'not-run'; sportType: string }
  | { status: 'unreadable'; reason: string };

export function unreadable(reason: string): SiteReadResult {
  return { status: 'unreadable', reason };
}

export function notRun(sportType: string): SiteReadResult {
  return { status: 'not-run', sportType };
}
