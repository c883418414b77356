import type { Run, RunSport } from '../../core/types';
import { RUN_SPORT_TYPES, WORKOUT_TYPE } from './site';

/** Strava sport type (and trainer flag) → HardDay sport, or null when it is not a run. */
export function stravaRunSport(sportType: string, trainer?: boolean): RunSport | null {
  const sport = Object.hasOwn(RUN_SPORT_TYPES, sportType) ? RUN_SPORT_TYPES[sportType] : undefined;
  if (!sport) return null;
  return sport === 'run' && trainer === true ? 'treadmill_run' : sport;
}

/** The athlete's own declaration on the activity (workout_type), as Run tags; undefined for the default. */
export function stravaTags(workoutType: number | null | undefined): Run['tags'] {
  if (workoutType === WORKOUT_TYPE.race) return { race: true };
  if (workoutType === WORKOUT_TYPE.longRun) return { longRun: true };
  if (workoutType === WORKOUT_TYPE.workout) return { workout: true };
  return undefined;
}

export function stravaActivityUrl(id: string): string {
  return `https://www.strava.com/activities/${id}`;
}
