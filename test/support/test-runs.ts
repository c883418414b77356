// Runs shared by the popup's model tests and the background's popup-view tests.
import type { Run } from '../../utils/core/types';

/** A Strava interval session on 2026-03-10, 16:00–17:00 UTC: its strength window is open until 20:00 UTC. */
export const INTERVALS_RUN: Run = {
  source: 'strava',
  id: '16900000002',
  url: 'https://www.strava.com/activities/16900000002',
  title: 'Intervals 6x800',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 3600,
  distanceM: 11_000,
  tags: { workout: true },
};
