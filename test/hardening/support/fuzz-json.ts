// One fuzz loop for every JSON reader: pick a fixture (own, or another reader's as a foreign input, or raw junk),
// apply 1–8 seeded mutations, call the reader, check its answer. Counts everything into the reader's tally.
import fc from 'fast-check';
import { expect } from 'vitest';
import { jsonBasesFor } from './fixtures';
import { applyJsonMutation, jsonMutation, type JsonBase, type JsonMutation } from './mutate-json';
import { bump, newTally, SEED, type ReaderTally } from './tally';

export interface JsonCase {
  base: JsonBase | null;
  input: unknown;
}

interface Options {
  reader: string;
  numRuns: number;
  /** Calls the reader and checks its answer; must throw (fail) on a broken answer. */
  check: (input: unknown, tally: ReaderTally, fuzzCase: JsonCase) => void;
  /** Extra bases beyond the reader's fixture files (e.g. list items as single activities). */
  extraBases?: JsonBase[];
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, '', 0, NaN),
);

export function fuzzJsonReader({ reader, numRuns, check, extraBases = [] }: Options): ReaderTally {
  const tally = newTally(reader);
  const { own: files, foreign } = jsonBasesFor(reader);
  const own = [...files, ...extraBases];
  const started = performance.now();
  const caseArb = fc.record({
    source: fc.oneof(
      { weight: 16, arbitrary: fc.nat({ max: own.length - 1 }).map((i) => ({ kind: 'own' as const, i })) },
      {
        weight: 3,
        arbitrary: fc.nat({ max: foreign.length - 1 }).map((i) => ({ kind: 'foreign' as const, i })),
      },
      { weight: 1, arbitrary: junk.map((value) => ({ kind: 'junk' as const, value })) },
    ),
    mutations: fc.array(jsonMutation, { minLength: 1, maxLength: 8 }),
  });
  fc.assert(
    fc.property(caseArb, ({ source, mutations }) => {
      tally.cases += 1;
      const fuzzCase = build(source, mutations, own, foreign, tally);
      try {
        check(fuzzCase.input, tally, fuzzCase);
      } catch (error) {
        tally.threw += 1;
        throw error;
      }
    }),
    { seed: SEED, numRuns },
  );
  tally.ms = performance.now() - started;
  expect(tally.cases).toBe(numRuns);
  return tally;
}

function build(
  source: { kind: 'own' | 'foreign'; i: number } | { kind: 'junk'; value: unknown },
  mutations: JsonMutation[],
  own: JsonBase[],
  foreign: JsonBase[],
  tally: ReaderTally,
): JsonCase {
  if (source.kind === 'junk') {
    bump(tally.fixtures, '(generated junk)');
    bump(tally.faults, 'junk-input');
    return { base: null, input: source.value };
  }
  const base = (source.kind === 'own' ? own : foreign)[source.i] as JsonBase;
  bump(tally.fixtures, base.name);
  const root = { value: structuredClone(base.value) };
  for (const m of mutations) {
    const path = base.paths[m.pick % base.paths.length] ?? [];
    const outcome = applyJsonMutation(root, path, m);
    if (outcome === 'applied') bump(tally.faults, m.fault);
    else tally.mutationsSkipped += 1;
  }
  return { base, input: root.value };
}
