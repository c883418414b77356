// The run both calendar-file test files plan from: Wednesday 2026-09-16, 18:30 in Berlin, a tempo session of an hour
// (3 × 10 min) that ended at 18:00, so the strength window is open and the week plan has its hard day.
import type { Run } from '../../utils/core/types';

export const ZONE = 'Europe/Berlin';
export const MINUTE = 60_000;
export const NOW = Date.parse('2026-09-16T16:30:00Z');

export const tempo: Run = {
  source: 'strava',
  id: '1',
  title: 'Tempo 3x10',
  sport: 'run',
  start: new Date(NOW - 90 * MINUTE).toISOString(),
  elapsedS: 60 * 60,
  distanceM: 12_000,
  tags: { workout: true },
};
