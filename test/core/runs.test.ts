import { describe, expect, test } from 'vitest';
import { dedupeRuns, runEnd, runKey } from '../../utils/core';
import type { Run } from '../../utils/core';

const strava: Run = {
  source: 'strava',
  id: '111',
  title: 'Track Tuesday',
  sport: 'run',
  start: '2026-06-30T16:00:05Z',
  elapsedS: 3600,
  distanceM: 10050,
  tags: { workout: true },
};
const garmin: Run = {
  source: 'garmin',
  id: '999',
  title: 'Running',
  sport: 'run',
  start: '2026-06-30T16:01:00Z',
  elapsedS: 3590,
  movingS: 3400,
  distanceM: 10000,
  avgHr: 151,
  trainingEffect: { aerobic: 3.8, anaerobic: 2.4 },
  laps: [
    { distanceM: 5000, movingS: 1700 },
    { distanceM: 5000, movingS: 1700 },
  ],
};

describe('run identity', () => {
  test('runKey and runEnd', () => {
    expect(runKey(strava)).toBe('strava:111');
    expect(runEnd(strava).toISOString()).toBe('2026-06-30T17:00:05.000Z');
    expect(runEnd({ ...strava, elapsedS: Number.NaN, movingS: 60 }).toISOString()).toBe(
      '2026-06-30T16:01:05.000Z',
    );
    expect(Number.isNaN(runEnd({ ...strava, start: 'soon' }).getTime())).toBe(true);
  });
});

describe('dedupeRuns', () => {
  test('the same run on Strava and Garmin becomes one, richer record, keeping both ids', () => {
    const [merged, ...rest] = dedupeRuns([strava, garmin]);
    expect(rest).toHaveLength(0);
    expect(merged!.source).toBe('garmin');
    expect(merged!.alsoKnownAs).toEqual(['strava:111']);
    expect(merged!.tags?.workout).toBe(true); // the Strava tag survives the merge
    expect(merged!.trainingEffect?.aerobic).toBe(3.8);
  });

  test('order of input does not matter', () => {
    expect(dedupeRuns([garmin, strava])).toEqual(dedupeRuns([strava, garmin]));
  });

  test('runs more than 5 minutes apart or 10 % different in distance stay separate', () => {
    expect(dedupeRuns([strava, { ...garmin, start: '2026-06-30T16:06:30Z' }])).toHaveLength(2);
    expect(dedupeRuns([strava, { ...garmin, distanceM: 8800 }])).toHaveLength(2);
  });

  test("a friend's run on the same outing is not merged into yours", () => {
    expect(dedupeRuns([strava, { ...garmin, ownedByViewer: false }])).toHaveLength(2);
  });

  test('two different activities on the same site are never merged, exact repeats are', () => {
    expect(dedupeRuns([strava, { ...strava, id: '112' }])).toHaveLength(2);
    expect(dedupeRuns([strava, { ...strava }])).toHaveLength(1);
  });

  test('sorted by start, unreadable starts last', () => {
    const early = { ...strava, id: '1', start: '2026-06-01T06:00:00Z' };
    const broken = { ...strava, id: '2', start: 'nope' };
    expect(dedupeRuns([broken, strava, early]).map((r) => r.id)).toEqual(['1', '111', '2']);
  });
});
