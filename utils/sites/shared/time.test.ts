import { describe, expect, it } from 'vitest';
import { localWallToIso, parseClockDuration, parseTimestampMs } from './time';

describe('parseTimestampMs', () => {
  it.each([
    ['2026-01-08T14:10:21Z', Date.UTC(2026, 0, 8, 14, 10, 21)],
    ['2016-12-11T14:45:50+0000', Date.UTC(2016, 11, 11, 14, 45, 50)],
    ['2026-01-08T15:10:21+01:00', Date.UTC(2026, 0, 8, 14, 10, 21)],
    ['2026-01-08T08:10:21-0600', Date.UTC(2026, 0, 8, 14, 10, 21)],
    ['2026-01-08T14:10:21.0', Date.UTC(2026, 0, 8, 14, 10, 21)],
    ['2026-01-08 14:10:21', Date.UTC(2026, 0, 8, 14, 10, 21)],
    ['2026-01-08T14:10:21.250Z', Date.UTC(2026, 0, 8, 14, 10, 21, 250)],
  ])('%s', (text, expected) => {
    expect(parseTimestampMs(text)).toBe(expected);
  });
  it.each(['', 'yesterday', '2026-13-01T00:00:00Z', '2026-01-08', '1767881421'])('rejects %j', (text) => {
    expect(parseTimestampMs(text)).toBeUndefined();
  });
});

describe('Strava local times', () => {
  it('turns a local wall epoch into an instant with the given offset', () => {
    const localWall = Date.UTC(2026, 0, 12, 7, 5, 12) / 1000;
    expect(localWallToIso(localWall, 60)).toBe('2026-01-12T06:05:12.000Z');
    expect(localWallToIso(localWall)).toBe('2026-01-12T07:05:12.000Z');
  });
  it('reads clock durations', () => {
    expect(parseClockDuration('47:14')).toBe(2834);
    expect(parseClockDuration('2:26:00')).toBe(8760);
    expect(parseClockDuration('45s')).toBe(45);
    expect(parseClockDuration('5:36/km')).toBeUndefined();
  });
});
