// A deterministic year of training (about 400 runs, a few strength sessions a week) for benchmarks and smoke tests.

import type { Run, StrengthEntry } from '../../utils/core/types';
import { intervalLaps, steadyLaps } from './corpus';

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2025, 6, 1, 6);

export function yearOfRuns(): Run[] {
  const runs: Run[] = [];
  for (let day = 0; day < 365; day += 1) {
    const weekday = day % 7;
    const start = YEAR_START + day * DAY_MS;
    if (weekday === 4) continue; // rest day
    const id = String(10_000 + day);
    if (weekday === 1) {
      const laps = intervalLaps({ reps: 6, workM: 1000, workPace: 235, recoveryS: 120 });
      const distanceM = laps.reduce((s, l) => s + l.distanceM, 0);
      const movingS = laps.reduce((s, l) => s + l.movingS, 0);
      runs.push({
        source: 'strava',
        id,
        title: 'Lunch Run',
        sport: 'run',
        start: new Date(start).toISOString(),
        elapsedS: movingS + 200,
        movingS,
        distanceM,
        laps,
      });
    } else if (weekday === 3) {
      runs.push({
        source: 'garmin',
        id,
        title: 'Running',
        sport: 'run',
        start: new Date(start).toISOString(),
        elapsedS: 3300,
        distanceM: 11_000,
        trainingEffect: { aerobic: 3.4, label: 'TEMPO' },
      });
    } else if (weekday === 6) {
      runs.push({
        source: 'strava',
        id,
        title: 'Sunday long run',
        sport: 'run',
        start: new Date(start).toISOString(),
        elapsedS: 6600,
        movingS: 6400,
        distanceM: 20_000,
        tags: { longRun: true },
      });
    } else {
      const laps = steadyLaps(8, 335, 140);
      runs.push({
        source: 'strava',
        id,
        title: 'Morning Run',
        sport: 'run',
        start: new Date(start).toISOString(),
        elapsedS: 2800,
        movingS: 2700,
        distanceM: 8000,
        laps,
      });
    }
    // Doubles every other Saturday: a shakeout in the evening.
    if (weekday === 5 && day % 14 === 5) {
      runs.push({
        source: 'strava',
        id: `${id}b`,
        title: 'Shakeout',
        sport: 'run',
        start: new Date(start + 11 * 3_600_000).toISOString(),
        elapsedS: 1500,
        distanceM: 4000,
      });
    }
    // Every run on Wednesdays is also synced to Strava.
    if (weekday === 3) {
      runs.push({
        source: 'strava',
        id: `${id}s`,
        title: 'Tempo',
        sport: 'run',
        start: new Date(start + 60_000).toISOString(),
        elapsedS: 3300,
        distanceM: 11_050,
      });
    }
  }
  return runs;
}

export function yearOfLog(runs: readonly Run[]): StrengthEntry[] {
  return runs
    .filter((run) => run.tags?.longRun || run.laps?.length === 13)
    .map((run) => ({
      date: new Date(Date.parse(run.start) + 2 * 3_600_000).toISOString(),
      sessionId: 's1-L2-intervals-strength-w2627',
      runId: `${run.source}:${run.id}`,
      status: 'done' as const,
    }));
}

export const YEAR_START_MS = YEAR_START;
