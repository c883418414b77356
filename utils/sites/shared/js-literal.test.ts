import { describe, expect, it } from 'vitest';
import { readTopLevelScalars } from './js-literal';

describe('readTopLevelScalars', () => {
  it('reads unquoted keys and skips nested objects and arrays', () => {
    const body =
      ' distance: 10400.0, moving_time: 3029, workout_type: null, name: "A \\"quoted\\" run", ok: true,' +
      " shoes: {id: 1, distance: 412345.0}, bikes: [{distance: 5}], startDateLocal: 1768415405, note: 'it\\'s' ";
    const fields = readTopLevelScalars(body);
    expect(Object.fromEntries(fields)).toEqual({
      distance: 10400,
      moving_time: 3029,
      workout_type: null,
      name: 'A "quoted" run',
      ok: true,
      startDateLocal: 1768415405,
      note: "it's",
    });
  });
  it('keeps the first value of a repeated key', () => {
    expect(readTopLevelScalars('a: 1, a: 2').get('a')).toBe(1);
  });
  it('stops quietly on malformed text', () => {
    expect(readTopLevelScalars('}}} distance').size).toBe(0);
  });
});
