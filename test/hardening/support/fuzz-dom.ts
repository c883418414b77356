// One fuzz loop for the page readers: pick a fixture page (parsed once), apply 1–6 undoable DOM faults, read the
// page with the HTML-sink spies armed, check the answer, undo. Counts everything into the reader's tally.
import fc from 'fast-check';
import { expect } from 'vitest';
import { fixtureDocument } from '../../fixtures/load';
import { filesFor } from './fixtures';
import { installSinkGuard, type SinkGuard } from './html-sinks';
import { pwnedCalls } from './hostile';
import { applyDomMutation, domMutation, serialize, type DomMutation } from './mutate-dom';
import { ensure } from './run-checks';
import { bump, newTally, SEED, type ReaderTally } from './tally';

export interface PageCase<Extra> {
  file: string;
  doc: Document;
  extra: Extra;
  guard: SinkGuard;
  tally: ReaderTally;
}

interface Options<Extra> {
  reader: string;
  numRuns: number;
  extra: fc.Arbitrary<Extra>;
  /** Reads the (mutated) page inside `guard.watch` and checks the answer; throws on a broken answer. */
  check: (pageCase: PageCase<Extra>) => void;
}

const VERIFY_EVERY = 250;

export function fuzzPageReader<Extra>({ reader, numRuns, extra, check }: Options<Extra>): ReaderTally {
  const tally = newTally(reader);
  const pages = filesFor(reader).map((file) => {
    const doc = fixtureDocument(file);
    return { file, doc, original: serialize(doc), elements: doc.getElementsByTagName('*').length };
  });
  const guard = installSinkGuard();
  const pwnedBefore = pwnedCalls().length;
  const started = performance.now();
  try {
    fc.assert(
      fc.property(
        fc.nat({ max: pages.length - 1 }),
        fc.array(domMutation, { minLength: 1, maxLength: 6 }),
        extra,
        (index, mutations, extraValue) => {
          tally.cases += 1;
          const page = pages[index]!;
          bump(tally.fixtures, page.file);
          const undos = apply(page.doc, mutations, tally);
          const elementsBefore = page.doc.getElementsByTagName('*').length;
          try {
            check({ file: page.file, doc: page.doc, extra: extraValue, guard, tally });
            ensure(guard.calls.length === 0, 'a reader called an HTML or DOM-writing API', guard.calls);
            ensure(pwnedCalls().length === pwnedBefore, 'injected markup ran', pwnedCalls());
            ensure(
              page.doc.getElementsByTagName('*').length === elementsBefore,
              'the reader changed the page',
            );
          } catch (error) {
            tally.threw += 1;
            tally.htmlSinkCalls += guard.calls.length;
            throw error;
          } finally {
            guard.calls.length = 0;
            for (const undo of undos.reverse()) undo();
          }
          ensure(page.doc.getElementsByTagName('*').length === page.elements, 'undo left the page changed');
          if (tally.cases % VERIFY_EVERY === 0) ensure(serialize(page.doc) === page.original, 'undo drifted');
        },
      ),
      { seed: SEED, numRuns },
    );
  } finally {
    guard.restore();
  }
  tally.ms = performance.now() - started;
  for (const page of pages) expect(serialize(page.doc)).toBe(page.original);
  expect(tally.cases).toBe(numRuns);
  return tally;
}

function apply(doc: Document, mutations: DomMutation[], tally: ReaderTally): (() => void)[] {
  const undos: (() => void)[] = [];
  for (const m of mutations) {
    const undo = applyDomMutation(doc, m);
    if (undo) {
      undos.push(undo);
      bump(tally.faults, m.fault);
    } else tally.mutationsSkipped += 1;
  }
  return undos;
}
