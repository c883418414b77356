// Reads the top-level scalar fields of a JavaScript object literal body such as
// `distance: 10000.0, moving_time: 3000, bikes: [...], name: "x"` (Strava's stats block uses unquoted keys, so
// it is not JSON). Nested objects and arrays are skipped, so their inner keys never shadow top-level ones.

export type JsScalar = string | number | boolean | null;

const KEY = /\s*(?:"([^"\\]{1,100})"|'([^'\\]{1,100})'|([A-Za-z_$][\w$]{0,99}))\s*:/y;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseScalar(raw: string): JsScalar | undefined {
  if (raw === 'null') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (NUMBER.test(raw)) {
    const value = Number(raw);
    return Number.isFinite(value) ? value : undefined;
  }
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    const inner = raw.slice(1, -1);
    const asJson = quote === '"' ? inner : inner.replace(/\\'/g, "'").replace(/"/g, '\\"');
    try {
      const parsed: unknown = JSON.parse(`"${asJson}"`);
      return typeof parsed === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Index just past the value starting at `start`: the next comma at nesting depth 0, or the end. */
function endOfValue(body: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if (c === ',' && depth <= 0) return i;
  }
  return body.length;
}

export function readTopLevelScalars(body: string): Map<string, JsScalar> {
  const fields = new Map<string, JsScalar>();
  let i = 0;
  while (i < body.length) {
    KEY.lastIndex = i;
    const key = KEY.exec(body);
    if (!key) break;
    const name = key[1] ?? key[2] ?? key[3] ?? '';
    const valueStart = KEY.lastIndex;
    const valueEnd = endOfValue(body, valueStart);
    const value = parseScalar(body.slice(valueStart, valueEnd).trim());
    if (value !== undefined && !fields.has(name)) fields.set(name, value);
    i = valueEnd + 1;
  }
  return fields;
}
