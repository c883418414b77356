// Watches every DOM API that parses HTML, runs code or writes to a document while a reader runs. Readers only read:
// any call here while armed is a fault. happy-dom in Vitest never executes scripts or fires onerror, so this spy (and
// not a global flag alone) is what proves that no page text is ever parsed as HTML.

type Proto = Record<string, unknown>;

const METHODS: [() => object | undefined, string[]][] = [
  [
    () => globalThis.Element?.prototype,
    [
      'insertAdjacentHTML',
      'setAttribute',
      'setHTMLUnsafe',
      'append',
      'prepend',
      'before',
      'after',
      'replaceWith',
      'remove',
    ],
  ],
  [() => globalThis.Node?.prototype, ['appendChild', 'insertBefore', 'replaceChild', 'removeChild']],
  [
    () => globalThis.Document?.prototype,
    [
      'write',
      'writeln',
      'open',
      'createElement',
      'createElementNS',
      'importNode',
      'adoptNode',
      'execCommand',
    ],
  ],
  [() => globalThis.DOMParser?.prototype, ['parseFromString']],
  [() => globalThis.Range?.prototype, ['createContextualFragment']],
];
/** Setters are wrapped on every one of these prototypes that defines them itself (subclasses override them). */
const SETTER_PROTOS = () =>
  [
    globalThis.Node,
    globalThis.CharacterData,
    globalThis.Text,
    globalThis.Element,
    globalThis.HTMLElement,
    globalThis.Document,
    globalThis.DocumentFragment,
    globalThis.ShadowRoot,
    globalThis.HTMLScriptElement,
    globalThis.HTMLImageElement,
    globalThis.HTMLTitleElement,
    globalThis.HTMLTemplateElement,
  ]
    .map((type) => type?.prototype as object | undefined)
    .filter((proto): proto is object => !!proto);
const SETTER_NAMES = [
  'innerHTML',
  'outerHTML',
  'innerText',
  'outerText',
  'textContent',
  'nodeValue',
  'data',
  'title',
  'cookie',
  'src',
  'text',
];

/** Finds the prototype in the chain that owns `name`. */
function owner(start: object, name: string): Proto | undefined {
  for (let proto: object | null = start; proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, name)) return proto as Proto;
  }
  return undefined;
}

export interface SinkGuard {
  /** Runs `work` with the spies armed; returns its value. */
  watch<T>(work: () => T): T;
  /** API names called while armed, in order. */
  calls: string[];
  restore(): void;
}

export function installSinkGuard(): SinkGuard {
  const calls: string[] = [];
  const restores: (() => void)[] = [];
  let armed = false;
  // Only the outermost call counts: happy-dom implements one API with others (innerHTML calls appendChild).
  let depth = 0;
  const record = (name: string) => {
    if (armed && depth === 0) calls.push(name);
  };
  for (const [get, names] of METHODS) {
    const start = get();
    if (!start) continue;
    for (const name of names) {
      const proto = owner(start, name);
      const original = proto?.[name];
      if (!proto || typeof original !== 'function') continue;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        record(name);
        depth += 1;
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          depth -= 1;
        }
      };
      proto[name] = wrapped;
      restores.push(() => {
        proto[name] = original;
      });
    }
  }
  for (const proto of SETTER_PROTOS()) {
    for (const name of SETTER_NAMES) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor?.set) continue;
      const set = descriptor.set;
      Object.defineProperty(proto, name, {
        ...descriptor,
        set(value: unknown) {
          record(`${name}=`);
          depth += 1;
          try {
            set.call(this, value);
          } finally {
            depth -= 1;
          }
        },
      });
      restores.push(() => Object.defineProperty(proto, name, descriptor));
    }
  }
  return {
    calls,
    watch(work) {
      armed = true;
      try {
        return work();
      } finally {
        armed = false;
      }
    },
    restore() {
      for (const undo of restores.reverse()) undo();
    },
  };
}
