import { describe, expect, test } from 'vitest';
import {
  addDays,
  isoWeekOf,
  localDateOf,
  mondayOfIsoWeek,
  parseInstant,
  startOfLocalDay,
  weekBounds,
  weekdayOf,
} from '../../utils/core/time';

const HOUR = 3_600_000;

describe('local days and weeks', () => {
  test('a Monday-start week in UTC', () => {
    const week = weekBounds(new Date('2026-07-01T12:00:00Z'), 1, 'UTC');
    expect(week.startDate).toBe('2026-06-29');
    expect(week.start.toISOString()).toBe('2026-06-29T00:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-07-06T00:00:00.000Z');
    expect(week.days).toHaveLength(7);
  });

  test('a Sunday-start week', () => {
    expect(weekBounds(new Date('2026-07-01T12:00:00Z'), 0, 'UTC').startDate).toBe('2026-06-28');
    // Sunday itself starts its own week
    expect(weekBounds(new Date('2026-07-05T12:00:00Z'), 0, 'UTC').startDate).toBe('2026-07-05');
    expect(weekBounds(new Date('2026-07-05T12:00:00Z'), 1, 'UTC').startDate).toBe('2026-06-29');
  });

  test('the local day decides, not the UTC day', () => {
    // 23:30 UTC on Sunday is already Monday in Berlin (summer time, UTC+2)
    const now = new Date('2026-07-05T23:30:00Z');
    expect(localDateOf(now.getTime(), 'Europe/Berlin')).toBe('2026-07-06');
    expect(weekBounds(now, 1, 'Europe/Berlin').startDate).toBe('2026-07-06');
    expect(weekBounds(now, 1, 'UTC').startDate).toBe('2026-06-29');
    // and still Sunday afternoon in Los Angeles
    expect(localDateOf(now.getTime(), 'America/Los_Angeles')).toBe('2026-07-05');
  });

  test('a week with the spring DST change is 167 hours long, the autumn one 169', () => {
    const spring = weekBounds(new Date('2026-03-26T12:00:00Z'), 1, 'Europe/Berlin');
    expect(spring.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((spring.end.getTime() - spring.start.getTime()) / HOUR).toBe(167);
    const autumn = weekBounds(new Date('2026-10-22T12:00:00Z'), 1, 'Europe/Berlin');
    expect((autumn.end.getTime() - autumn.start.getTime()) / HOUR).toBe(169);
    const ny = weekBounds(new Date('2026-03-10T12:00:00Z'), 0, 'America/New_York');
    expect(ny.start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(ny.end.toISOString()).toBe('2026-03-15T04:00:00.000Z');
  });

  test('start of a local day across zones', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-01-01', 'Pacific/Auckland').toISOString()).toBe('2025-12-31T11:00:00.000Z');
    expect(startOfLocalDay('2026-06-01', 'Asia/Kolkata').toISOString()).toBe('2026-05-31T18:30:00.000Z');
  });

  test('an unknown zone falls back to UTC instead of throwing', () => {
    expect(weekBounds(new Date('2026-07-01T12:00:00Z'), 1, 'Mars/Olympus').startDate).toBe('2026-06-29');
  });

  test('ISO weeks at year ends', () => {
    expect(isoWeekOf('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2026-06-30')).toEqual({ year: 2026, week: 27 });
    expect(mondayOfIsoWeek(2026, 27)).toBe('2026-06-29');
    expect(mondayOfIsoWeek(2025, 53)).toBeNull();
  });

  test('calendar helpers', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(weekdayOf('2026-07-05')).toBe(0);
    expect(weekdayOf('2026-07-06')).toBe(1);
  });

  test('instants are parsed the same on every machine', () => {
    expect(parseInstant('2026-07-01T10:00:00+02:00')).toBe(Date.UTC(2026, 6, 1, 8));
    expect(parseInstant('2026-07-01T10:00:00')).toBe(Date.UTC(2026, 6, 1, 10));
    expect(parseInstant('yesterday')).toBeNaN();
    expect(parseInstant(42)).toBeNaN();
  });
});
