import type { RunSport } from '../../core/types';
import { NOT_RUN_TYPE_KEY, RUN_TYPE_KEYS, RUNNING_PARENT_TYPE_ID, RUNNING_TYPE_ID } from './site';

export interface GarminActivityType {
  typeId?: number;
  typeKey?: string;
  parentTypeId?: number;
}

/** Garmin activity type → HardDay sport, or null when it is not a run. */
export function garminRunSport(type: GarminActivityType): RunSport | null {
  const key = type.typeKey ?? '';
  if (NOT_RUN_TYPE_KEY.test(key)) return null;
  if (Object.hasOwn(RUN_TYPE_KEYS, key)) return RUN_TYPE_KEYS[key] ?? null;
  if (type.parentTypeId === RUNNING_PARENT_TYPE_ID || type.typeId === RUNNING_TYPE_ID) return 'run';
  return null;
}

export function garminActivityUrl(id: string): string {
  return `https://connect.garmin.com/app/activity/${id}`;
}
