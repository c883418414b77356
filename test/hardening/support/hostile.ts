// Hostile values the fuzzers inject: wrong types, special numbers, odd Unicode and markup. Shared by every reader
// fuzzer so the README report can name one vocabulary of faults.
import fc from 'fast-check';

/** Global the injected markup would touch if anything ever ran it (an `onerror`, a `<script>`). */
export const PWNED_GLOBAL = '__hardDayPwned';

export function pwnedCalls(): unknown[] {
  const holder = globalThis as unknown as Record<string, unknown[] | undefined>;
  holder[PWNED_GLOBAL] ??= [];
  return holder[PWNED_GLOBAL];
}

const payload = (tag: string) => `globalThis.${PWNED_GLOBAL}&&globalThis.${PWNED_GLOBAL}.push('${tag}')`;

/** Title text that is harmless as text and harmful as HTML. */
export const MARKUP_TITLES = [
  `<img src=x onerror="${payload('img')}">`,
  `<script>${payload('script')}</script>`,
  `"><svg onload="${payload('svg')}"></svg>`,
  `</title><img src=x onerror=${payload('title-break')}>`,
  `<iframe srcdoc="<script>${payload('iframe')}</script>"></iframe>`,
  `<a href="javascript:${payload('href')}">tempo</a>`,
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  '${constructor.constructor("return this")()}',
  '{{constructor.constructor("alert(1)")()}}',
  '<!-- comment --><![CDATA[x]]>',
];

/** Unicode that breaks naive text handling: direction marks, joiners, lone surrogates, NUL, BOM, line separators. */
export const ODD_UNICODE = [
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u2066', // left-to-right isolate
  '\u200B', // zero width space
  '\u200D', // zero width joiner
  '\uFEFF', // byte order mark
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u0000', // NUL
  '\u2028', // line separator
  '\u0085', // next line
  '🏃‍♀️🏔️',
  'e\u0301\u0301\u0301', // stacked combining accents
  '１２：３４', // full-width digits and colon
  '٣٫٥ كم', // Arabic-Indic digits
  'Ｒｕｎ',
  '\t\n\r\v\f',
];

const oddPiece = fc.oneof(
  fc.constantFrom(...ODD_UNICODE),
  fc.constantFrom(...MARKUP_TITLES),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A string mixing plain text, odd Unicode and markup. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(oddPiece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP_TITLES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 2000 }).map((n) => 'x'.repeat(250 + n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '123',
      '1e3',
      ' 12 ',
      '0x1F',
      '-0',
      'NaN',
      'Infinity',
      'true',
      'null',
      '[]',
      '{}',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-13-45T25:61:61Z',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00Z',
      '0000-00-00',
      '2026-01-14T17:30:05+9999',
      '2026-02-30T10:00:00',
      'Wed, 1/14/2026',
    ),
  },
);

/** Numbers a JSON reader must survive (NaN and ±Infinity cannot come from JSON.parse but can from a bug upstream). */
export const SPECIAL_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  -86_400,
  -1e9,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  8.64e15 + 1,
  1e21,
  0.5,
];

export const specialNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

/** An object whose own key is `__proto__` (as JSON.parse makes it), or that carries constructor.prototype. */
export const pollutingObject = fc.constantFrom<() => unknown>(
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  () => JSON.parse('{"prototype":{"polluted":"yes"}}'),
);

/** Any value of the wrong kind: special numbers, hostile strings, small JSON, containers, huge or deep values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: specialNumber },
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [null], { 0: 1 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: pollutingObject.map((make) => make()) },
  { weight: 1, arbitrary: fc.nat({ max: 5000 }).map((n) => Array.from({ length: n + 1000 }, (_, i) => i)) },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 400 }).map((depth) => {
      let nested: unknown = 'bottom';
      for (let i = 0; i < depth + 100; i++) nested = i % 2 ? [nested] : { nested };
      return nested;
    }),
  },
);
