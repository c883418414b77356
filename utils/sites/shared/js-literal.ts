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

// --- Values assigned in inline scripts -------------------------------------------------------------------------------
// Garmin's app shell writes `window.VIEWER_SOCIAL_PROFILE = JSON.parse("…")` (2019–2023) or, minified with other
// globals in one script, `window.VIEWER_SOCIAL_PROFILE={…};` (2026). These read either form without running anything.

/** A longer literal is not a profile or a preferences object: refuse it rather than scan megabytes. */
const MAX_LITERAL_CHARS = 200_000;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * The value of a JavaScript string literal (`"…"` or `'…'`, JS escapes: `\n`, `\xHH`, `\uHHHH`, `\u{…}`, `\'`,
 * line continuations), or undefined when it is not one. Never evaluates anything.
 */
export function decodeJsStringLiteral(raw: string): string | undefined {
  const quote = raw[0];
  if ((quote !== '"' && quote !== "'") || raw.length < 2 || raw[raw.length - 1] !== quote) return undefined;
  let out = '';
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i]!;
    if (c === quote || c === '\n' || c === '\r') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[++i];
    if (next === undefined || i >= raw.length - 1) return undefined;
    if (Object.hasOwn(SIMPLE_ESCAPES, next)) out += SIMPLE_ESCAPES[next];
    else if (next === 'x' || next === 'u') {
      const braced = next === 'u' && raw[i + 1] === '{';
      const hex = braced
        ? /^\{([0-9a-fA-F]{1,6})\}/.exec(raw.slice(i + 1))
        : new RegExp(`^[0-9a-fA-F]{${next === 'x' ? 2 : 4}}`).exec(raw.slice(i + 1));
      if (!hex) return undefined;
      const code = parseInt(braced ? hex[1]! : hex[0], 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += hex[0].length;
    } else if (next === '\r') {
      if (raw[i + 1] === '\n') i++; // line continuation
    } else if (next !== '\n' && next !== '\u2028' && next !== '\u2029') out += next;
  }
  return out;
}

/** Index just past the string literal opening at `start`, or -1 when it does not close. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return -1;
  }
  return -1;
}

/**
 * The balanced `{…}` or `[…]` starting at `start` (strings and their escapes skipped, so a `}` or `;` inside a value
 * does not end it), or undefined when it never closes.
 */
export function balancedLiteralAt(text: string, start: number): string | undefined {
  const open = text[start];
  if (open !== '{' && open !== '[') return undefined;
  const closers: string[] = [];
  const limit = Math.min(text.length, start + MAX_LITERAL_CHARS);
  for (let i = start; i < limit; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = endOfString(text, i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (c === '{') closers.push('}');
    else if (c === '[') closers.push(']');
    else if (c === '}' || c === ']') {
      if (closers.pop() !== c) return undefined;
      if (closers.length === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

/** How an assigned value was written: `NAME = {…}` / `[…]` or `NAME = JSON.parse("…")`. */
export type AssignedForm = 'literal' | 'json-parse';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const JSON_PARSE_CALL = /^JSON\.parse\(\s*/;

/** The value written at `start` (just after `NAME =`), in either form, or undefined when it does not read. */
function readValueAt(script: string, start: number): { value: unknown; form: AssignedForm } | undefined {
  const head = script.slice(start, start + 40);
  if (head.startsWith('{') || head.startsWith('[')) {
    const literal = balancedLiteralAt(script, start);
    const parsed = literal === undefined ? undefined : parseJson(literal);
    return parsed?.ok ? { value: parsed.value, form: 'literal' } : undefined;
  }
  const call = JSON_PARSE_CALL.exec(head);
  if (!call) return undefined;
  const quoteAt = start + call[0].length;
  const end = script[quoteAt] === '"' || script[quoteAt] === "'" ? endOfString(script, quoteAt) : -1;
  if (end < 0 || end - quoteAt > MAX_LITERAL_CHARS) return undefined;
  const text = decodeJsStringLiteral(script.slice(quoteAt, end));
  const parsed = text === undefined ? undefined : parseJson(text);
  return parsed?.ok ? { value: parsed.value, form: 'json-parse' } : undefined;
}

/**
 * Walks script text skipping string literals and comments, so `isCode(i)` tells whether position `i` is code. Ask in
 * increasing order. It gives up (every later answer false) at a string that never closes, which a regular
 * expression literal holding a quote can cause; the caller then falls back to reading every match.
 */
function codeScanner(script: string): { isCode: (at: number) => boolean; broken: () => boolean } {
  let scan = 0;
  let broken = false;
  return {
    broken: () => broken,
    isCode(at: number) {
      while (!broken && scan < at) {
        const c = script[scan];
        if (c === '"' || c === "'" || c === '`') {
          const end = endOfString(script, scan);
          if (end < 0) broken = true;
          else scan = end;
        } else if (c === '/' && script[scan + 1] === '/') {
          const end = script.indexOf('\n', scan);
          scan = end < 0 ? script.length : end;
        } else if (c === '/' && script[scan + 1] === '*') {
          const end = script.indexOf('*/', scan + 2);
          scan = end < 0 ? script.length : end + 2;
        } else scan++;
      }
      return !broken && scan === at;
    },
  };
}

/**
 * The JSON value assigned to `name` (`window.NAME = …`, `NAME=…`) in script text, in either form: a plain JSON object
 * or array literal, or `JSON.parse("…")` of a string literal. The first assignment in code (not inside a string or a
 * comment) that reads wins; if the script cannot be walked to the end, the first one anywhere that reads. Undefined
 * when none does. Never evaluates the script; never throws.
 */
export function readAssignedJson(
  script: string,
  name: string,
): { value: unknown; form: AssignedForm } | undefined {
  try {
    if (typeof script !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    const assignment = new RegExp(`(?:^|[^\\w$.]|window\\.)(${name})\\s*=(?!=)\\s*`, 'g');
    const matches = [...script.matchAll(assignment)].map((match) => ({
      nameAt: (match.index ?? 0) + match[0].lastIndexOf(match[1] ?? name),
      valueAt: (match.index ?? 0) + match[0].length,
    }));
    const scanner = codeScanner(script);
    for (const { nameAt, valueAt } of matches) {
      if (!scanner.isCode(nameAt)) continue;
      const found = readValueAt(script, valueAt);
      if (found) return found;
    }
    scanner.isCode(script.length);
    if (!scanner.broken()) return undefined;
    for (const { valueAt } of matches) {
      const found = readValueAt(script, valueAt);
      if (found) return found;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
