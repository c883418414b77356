// Seeded, undoable mutations of a parsed fixture Document. Parsing a page costs ~2 ms in happy-dom, so each fixture
// is parsed once and every case applies its mutations, reads, and undoes them in reverse order; the fuzzer checks
// that the document serialises exactly as before after every case.
import fc from 'fast-check';
import { hostileString, MARKUP_TITLES, PWNED_GLOBAL, SPECIAL_NUMBERS } from './hostile';

export const DOM_FAULTS = [
  'remove-node',
  'move-node',
  'duplicate-node',
  'truncate-script',
  'splice-script',
  'script-number',
  'script-string',
  'set-text',
  'inject-markup',
  'attribute',
] as const;
export type DomFault = (typeof DOM_FAULTS)[number];

export interface DomMutation {
  fault: DomFault;
  pick: number;
  to: number;
  at: number;
  text: string;
  token: string;
}

const NUMBER_TOKENS = [
  ...SPECIAL_NUMBERS.map(String),
  'NaN',
  '-Infinity',
  '1e400',
  '-5',
  '"3029"',
  'null',
  'true',
  '[]',
  '{}',
  '0x10',
  '1_000',
  '',
];

export const domMutation: fc.Arbitrary<DomMutation> = fc.record({
  fault: fc.constantFrom(...DOM_FAULTS),
  pick: fc.nat(),
  to: fc.nat(),
  at: fc.nat(),
  text: hostileString,
  token: fc.constantFrom(...NUMBER_TOKENS),
});

type Undo = () => void;

/** Elements that may be mutated: everything below <html> (never the root, <head> or <body> themselves). */
function elementsOf(doc: Document): Element[] {
  const skip = new Set<Element | null>([doc.documentElement, doc.head, doc.body]);
  return Array.from(doc.getElementsByTagName('*')).filter((el) => !skip.has(el));
}

/** Nodes a reader looks at (title, heading, time, stats, csrf meta), so text faults often land where they matter. */
const TEXT_TAGS = new Set(['TITLE', 'H1', 'TIME', 'STRONG']);
const TEXT_CLASSES = ['activity-name', 'label', 'spans5', 'spans3'];
function isTextTarget(el: Element): boolean {
  if (TEXT_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'META') return el.getAttribute('name') === 'csrf-token';
  return TEXT_CLASSES.some((name) => el.classList.contains(name));
}

function replaceChildren(el: Element, build: () => void): Undo {
  const before = Array.from(el.childNodes);
  while (el.firstChild) el.removeChild(el.firstChild);
  build();
  return () => {
    while (el.firstChild) el.removeChild(el.firstChild);
    for (const node of before) el.appendChild(node);
  };
}

function setScriptText(script: Element, text: string): Undo {
  const doc = script.ownerDocument;
  return replaceChildren(script, () => script.appendChild(doc.createTextNode(text)));
}

const pickOf = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Hostile elements built with DOM calls (never by parsing), carrying handlers that would flag if they ever ran. */
function hostileElements(doc: Document, n: number): Element[] {
  const flag = (tag: string) => `globalThis.${PWNED_GLOBAL}&&globalThis.${PWNED_GLOBAL}.push('${tag}')`;
  const img = doc.createElement('img');
  img.setAttribute('src', 'x');
  img.setAttribute('onerror', flag('dom-img'));
  const script = doc.createElement('script');
  script.appendChild(doc.createTextNode(flag('dom-script')));
  const svg = doc.createElement('svg');
  svg.setAttribute('onload', flag('dom-svg'));
  const link = doc.createElement('a');
  link.setAttribute('href', `javascript:${flag('dom-href')}`);
  link.appendChild(doc.createTextNode(MARKUP_TITLES[n % MARKUP_TITLES.length] ?? ''));
  return [[img], [script], [svg], [link], [img, script, svg, link]][n % 5] ?? [img];
}

/** Applies one mutation; returns its undo, or null when it had no target. */
export function applyDomMutation(doc: Document, m: DomMutation): Undo | null {
  let cached: Element[] | undefined;
  const elements = () => (cached ??= elementsOf(doc));
  const scripts = () => Array.from(doc.getElementsByTagName('script'));
  const targets = () => elements().filter(isTextTarget);
  switch (m.fault) {
    case 'remove-node': {
      const el = pickOf(elements(), m.pick);
      if (!el?.parentNode) return null;
      const parent = el.parentNode;
      const next = el.nextSibling;
      parent.removeChild(el);
      return () => void parent.insertBefore(el, next);
    }
    case 'move-node': {
      const el = pickOf(elements(), m.pick);
      const target = pickOf(elements(), m.to);
      if (!el?.parentNode || !target?.parentNode || el === target || el.contains(target)) return null;
      const parent = el.parentNode;
      const next = el.nextSibling;
      target.parentNode.insertBefore(el, m.at % 2 ? target : target.nextSibling);
      return () => void parent.insertBefore(el, next);
    }
    case 'duplicate-node': {
      const el = pickOf(elements(), m.pick);
      if (!el?.parentNode) return null;
      const copy = el.cloneNode(true);
      el.parentNode.insertBefore(copy, m.at % 2 ? el : el.nextSibling);
      return () => void copy.parentNode?.removeChild(copy);
    }
    case 'truncate-script': {
      const script = pickOf(scripts(), m.pick);
      if (!script) return null;
      const text = script.textContent ?? '';
      return setScriptText(script, text.slice(0, m.at % (text.length + 1)));
    }
    case 'splice-script': {
      const script = pickOf(scripts(), m.pick);
      if (!script) return null;
      const text = script.textContent ?? '';
      const at = m.at % (text.length + 1);
      const cut = Math.min(text.length, at + (m.to % 40));
      return setScriptText(script, text.slice(0, at) + m.text + text.slice(cut));
    }
    case 'script-number': {
      // Replaces one numeric literal (a stat, an id, a timestamp) with NaN, Infinity, a huge, negative or wrong value.
      const script = pickOf(scripts(), m.pick);
      const text = script?.textContent ?? '';
      const numbers = Array.from(text.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi));
      const match = pickOf(numbers, m.at);
      if (!script || !match || match.index === undefined) return null;
      return setScriptText(
        script,
        text.slice(0, match.index) + m.token + text.slice(match.index + match[0].length),
      );
    }
    case 'script-string': {
      // Replaces the content of one string literal (the lightbox title, a sport type, a name) with hostile text,
      // escaped as a page would escape it in a JS string.
      const script = pickOf(scripts(), m.pick);
      const text = script?.textContent ?? '';
      const strings = Array.from(text.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g));
      const match = pickOf(strings, m.at);
      if (!script || !match || match.index === undefined) return null;
      const quoted = JSON.stringify(m.text).slice(1, -1);
      const inner = match[0][0] === "'" ? quoted.replace(/'/g, "\\'") : quoted;
      return setScriptText(
        script,
        `${text.slice(0, match.index + 1)}${m.to % 3 === 0 ? m.text : inner}${text.slice(match.index + match[0].length - 1)}`,
      );
    }
    case 'set-text': {
      const el = m.to % 4 === 0 ? pickOf(elements(), m.pick) : pickOf(targets(), m.pick);
      if (!el || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return null;
      if (el.tagName === 'META') return setAttribute(el, 'content', m.text);
      return replaceChildren(el, () => el.appendChild(doc.createTextNode(m.text)));
    }
    case 'inject-markup': {
      const el = pickOf(targets(), m.pick) ?? doc.body;
      if (!el || el.tagName === 'META') return null;
      const added = hostileElements(doc, m.at);
      for (const node of added) el.appendChild(node);
      return () => added.forEach((node) => node.parentNode?.removeChild(node));
    }
    case 'attribute': {
      const el = pickOf(elements(), m.pick);
      if (!el) return null;
      // No src or href: happy-dom would try to load them.
      const names = ['class', 'id', 'datetime', 'content', 'name', 'title', 'lang'];
      return setAttribute(el, names[m.to % names.length] ?? 'class', m.at % 3 === 0 ? null : m.text);
    }
  }
}

function setAttribute(el: Element, name: string, value: string | null): Undo {
  // Undo restores every attribute in its original order, so the page serialises exactly as before.
  const before = Array.from(el.attributes).map((attr) => [attr.name, attr.value] as const);
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  return () => {
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
    for (const [n, v] of before) el.setAttribute(n, v);
  };
}

export function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}
