import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { sameJson } from './same-json';
import { sameAfterParse } from './schemas';

/** A copy with every object's keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reordered(inner)]),
    );
  }
  return value;
}

describe('sameJson', () => {
  it('agrees with JSON text equality after a storage round trip, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, reordered(a))).toBe(true);
        const textEqual = JSON.stringify(a) === JSON.stringify(b);
        if (textEqual) expect(sameJson(a, b)).toBe(true);
        if (!sameJson(a, b)) expect(textEqual).toBe(false);
      }),
    );
  });

  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: undefined }, { a: 1 }, true], // storage drops undefined fields
    [[1, 2], [2, 1], false],
    [[], {}, false],
    [null, {}, false],
    [{ laps: [{ distanceM: 1000 }] }, { laps: [{ distanceM: 1001 }] }, false],
  ])('sameJson(%j, %j) is %s', (a, b, expected) => {
    expect(sameJson(a, b)).toBe(expected);
  });
});

describe('sameAfterParse (schemas) uses the same equality', () => {
  const schema = v.object({ a: v.fallback(v.number(), 0), list: v.optional(v.array(v.number())) });

  it.each([
    [{ a: 1 }, true],
    [{ a: 1, list: undefined }, true], // as storage would keep it
    [{ a: 'x' }, false], // repaired by the fallback
    [{ a: 1, extra: true }, false], // the object schema drops unknown keys
  ])('%j is %s', (value, expected) => {
    expect(sameAfterParse(schema, value)).toBe(expected);
  });
});
