import { describe, expect, it } from 'vitest';
import {
  balancedLiteralAt,
  decodeJsStringLiteral,
  readAssignedJson,
  readTopLevelScalars,
} from './js-literal';

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

describe('decodeJsStringLiteral', () => {
  it.each([
    ['"plain"', 'plain'],
    ["'it\\'s'", "it's"],
    ['"a\\"b"', 'a"b'],
    ['"\\x41\\u0042\\u{1F3C3}\\n\\t\\\\"', 'AB\u{1F3C3}\n\t\\'],
    ['"line\\\ncontinued"', 'linecontinued'],
  ])('%s', (raw, value) => {
    expect(decodeJsStringLiteral(raw)).toBe(value);
  });
  it.each(['plain', '"open', '"a"b"', '"bad \\x4"', '"\\u{110000}"', '"ends \\"', '"new\nline"', '\'mixed"'])(
    'refuses %s',
    (raw) => {
      expect(decodeJsStringLiteral(raw)).toBeUndefined();
    },
  );
});

describe('balancedLiteralAt', () => {
  it('skips braces, brackets and quotes inside strings', () => {
    const text = 'x={"a":"} ]",\'b\':[1,{"c":"\\"}"}]};rest';
    expect(balancedLiteralAt(text, 2)).toBe('{"a":"} ]",\'b\':[1,{"c":"\\"}"}]}');
  });
  it('undefined when it does not start on a brace, never closes or closes the wrong bracket', () => {
    expect(balancedLiteralAt('abc', 0)).toBeUndefined();
    expect(balancedLiteralAt('{"a":1', 0)).toBeUndefined();
    expect(balancedLiteralAt('{"a":[1}', 0)).toBeUndefined();
    expect(balancedLiteralAt('{"a":"open}', 0)).toBeUndefined();
  });
});

describe('readAssignedJson', () => {
  it('reads a plain literal or JSON.parse of a string, saying which', () => {
    expect(readAssignedJson('window.A={"x":[1,2]};window.B=2;', 'A')).toEqual({
      value: { x: [1, 2] },
      form: 'literal',
    });
    expect(readAssignedJson('A = [1];', 'A')).toEqual({ value: [1], form: 'literal' });
    expect(readAssignedJson('window.A = JSON.parse("{\\"x\\":1}");', 'A')).toEqual({
      value: { x: 1 },
      form: 'json-parse',
    });
  });
  it('skips assignments inside strings and comments', () => {
    expect(readAssignedJson('var s="window.X=[1]";window.X={"a":2};', 'X')?.value).toEqual({ a: 2 });
    expect(readAssignedJson("var s='X={\\'no\\'}';/* X=[3] */// X=[4]\nX=[5]", 'X')?.value).toEqual([5]);
    expect(readAssignedJson('var s="window.X=[1]";', 'X')).toBeUndefined();
  });
  it('falls back to every match when a quote in a regular expression literal hides the rest', () => {
    expect(readAssignedJson('var r=/"/;window.X={"a":2};', 'X')?.value).toEqual({ a: 2 });
  });
  it('skips a look-alike inside a string and an unreadable first assignment, then takes the next', () => {
    expect(readAssignedJson('window.A={"s":"window.B={\\"x\\":1}"};', 'B')).toBeUndefined();
    expect(readAssignedJson('window.A={broken};window.A={"ok":true};', 'A')?.value).toEqual({ ok: true });
  });
  it('undefined for comparisons, longer names, properties of other objects, scalars and bad names', () => {
    for (const script of ['if(A=={"x":1}){}', 'window.AB={"x":1}', 'other.A={"x":1}', 'A=1;', 'A="x";'])
      expect(readAssignedJson(script, 'A')).toBeUndefined();
    expect(readAssignedJson('A={"x":1}', 'A)|(')).toBeUndefined();
    expect(readAssignedJson(42 as unknown as string, 'A')).toBeUndefined();
  });
});
