// Which distance unit the runner sees: their choice, else the one their language's region uses.

export type DistanceUnit = 'km' | 'mi';

// Countries where runners talk in miles.
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

/** 'auto' follows the language's region (en-US → miles, de-DE → kilometres). */
export function resolveUnit(preference: 'auto' | 'km' | 'mi', language: string): DistanceUnit {
  if (preference !== 'auto') return preference;
  const region = language.split(/[-_]/)[1]?.toUpperCase();
  return region && MILE_REGIONS.has(region) ? 'mi' : 'km';
}
