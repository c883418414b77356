// Seeded, replayable mutations of real fixture JSON: each mutation names a path of the original fixture (by index)
// and a fault to put there. A path a previous mutation removed is skipped (and counted as such).
import fc from 'fast-check';
import { hostileString, hostileValue, pollutingObject, SPECIAL_NUMBERS } from './hostile';

export type JsonPath = (string | number)[];

export const JSON_FAULTS = [
  'replace',
  'wrong-type',
  'special-number',
  'odd-text',
  'delete',
  'duplicate',
  'reorder',
  'truncate',
  'pollute',
] as const;
export type JsonFault = (typeof JSON_FAULTS)[number];

export interface JsonMutation {
  pick: number;
  fault: JsonFault;
  value: unknown;
  text: string;
  at: number;
  pollute: () => unknown;
}

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.record({
  pick: fc.nat(),
  fault: fc.constantFrom(...JSON_FAULTS),
  value: hostileValue,
  text: hostileString,
  at: fc.nat(),
  pollute: pollutingObject,
});

/** Every path in a JSON value, root first (containers and leaves alike). */
export function allPaths(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => allPaths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  }
  return out;
}

type Container = Record<string | number, unknown>;

function parentOf(
  root: { value: unknown },
  path: JsonPath,
): { parent: Container; key: string | number } | null {
  let parent: unknown = root;
  let key: string | number = 'value';
  for (const step of path) {
    const next = (parent as Container)[key];
    if (!next || typeof next !== 'object' || !Object.hasOwn(next, step)) return null;
    parent = next;
    key = step;
  }
  return { parent: parent as Container, key };
}

function wrongType(current: unknown, m: JsonMutation): unknown {
  switch (typeof current) {
    case 'number':
      return [String(current), `${current}`.replace('.', ','), [current], { value: current }, current > 0][
        m.at % 5
      ];
    case 'string':
      return [Number(current), current.length, [current], { text: current }, current === ''][m.at % 5];
    case 'boolean':
      return [String(current), Number(current), [current]][m.at % 3];
    case 'object':
      if (current === null) return [0, '', 'null', {}, []][m.at % 5];
      return Array.isArray(current)
        ? Object.fromEntries(current.map((x, i) => [i, x]))
        : Object.values(current);
    default:
      return null;
  }
}

function oddText(current: unknown, m: JsonMutation): unknown {
  if (typeof current !== 'string') return m.text;
  const at = m.at % (current.length + 1);
  return current.slice(0, at) + m.text + current.slice(at);
}

function specialNumber(current: unknown, m: JsonMutation): number {
  const special = SPECIAL_NUMBERS[m.at % SPECIAL_NUMBERS.length] as number;
  if (typeof current !== 'number') return special;
  return [special, -current, current * 1e6, current + 0.5, current / 1000][m.at % 5] as number;
}

/** Applies one mutation in place (the root is boxed so the root itself can be replaced). */
export function applyJsonMutation(
  root: { value: unknown },
  path: JsonPath,
  m: JsonMutation,
): 'applied' | 'skipped' {
  const slot = parentOf(root, path);
  if (!slot) return 'skipped';
  const { parent, key } = slot;
  const current = parent[key];
  switch (m.fault) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'wrong-type':
      parent[key] = wrongType(current, m);
      break;
    case 'special-number':
      parent[key] = specialNumber(current, m);
      break;
    case 'odd-text':
      parent[key] = oddText(current, m);
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(current) && current.length)
        current.push(structuredClone(current[m.at % current.length]));
      else if (Array.isArray(parent) && typeof key === 'number')
        parent.splice(key, 0, structuredClone(current));
      else parent[key] = [current, current];
      break;
    case 'reorder':
      if (Array.isArray(current)) current.reverse();
      else if (current && typeof current === 'object') {
        parent[key] = Object.fromEntries(Object.entries(current).reverse());
      } else return 'skipped';
      break;
    case 'truncate':
      if (Array.isArray(current)) current.length = m.at % (current.length + 1);
      else if (typeof current === 'string') parent[key] = current.slice(0, m.at % (current.length + 1));
      else return 'skipped';
      break;
    case 'pollute': {
      const target = current && typeof current === 'object' ? current : (parent[key] = {});
      const extra = m.pollute() as Record<string, unknown>;
      // defineProperty keeps `__proto__` an own key, as JSON.parse leaves it.
      for (const name of Object.keys(extra)) {
        Object.defineProperty(target, name, {
          value: extra[name],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
  }
  return 'applied';
}

export interface JsonBase {
  name: string;
  value: unknown;
  paths: JsonPath[];
}

export function jsonBase(name: string, value: unknown): JsonBase {
  return { name, value, paths: allPaths(value) };
}
