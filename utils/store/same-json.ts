// The store's one deep equality: a write that changes nothing is skipped (repository), and a stored list item is
// valid only if parsing it changes nothing (schemas). Ours rather than a dependency: a dozen lines, and it must
// agree with what storage keeps (undefined fields are dropped, key order is not kept).

/** Whether two JSON-shaped values hold the same data, whatever the order of their object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameJson(value, other[i]));
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((value) => value !== undefined).length;
  return left.length === rightCount && left.every(([key, value]) => sameJson(value, right[key]));
}
