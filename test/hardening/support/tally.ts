// Counts what each fuzzer tried and what came back, prints one line per reader and merges every test file's counts
// into test-results/hardening-summary.json (each file writes its own fragment first, so parallel workers never
// overwrite each other's numbers).
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReaderTally {
  reader: string;
  cases: number;
  fixtures: Record<string, number>;
  faults: Record<string, number>;
  /** Mutations whose target an earlier mutation of the same case had already removed. */
  mutationsSkipped: number;
  outcomes: Record<string, number>;
  runsChecked: number;
  runSchemaAccepted: number;
  runSchemaRejected: number;
  runSchemaRejectedAt: Record<string, number>;
  /** Answers that break the readers' documented contract without crashing (see the report). */
  findings: Record<string, number>;
  threw: number;
  htmlSinkCalls: number;
  ms: number;
  seed: number;
}

export const SEED = 20261126;
const RESULTS_DIR = join(process.cwd(), 'test-results');
const FRAGMENT_DIR = join(RESULTS_DIR, 'hardening');
export const SUMMARY_FILE = join(RESULTS_DIR, 'hardening-summary.json');

export function newTally(reader: string): ReaderTally {
  return {
    reader,
    cases: 0,
    fixtures: {},
    faults: {},
    mutationsSkipped: 0,
    outcomes: {},
    runsChecked: 0,
    runSchemaAccepted: 0,
    runSchemaRejected: 0,
    runSchemaRejectedAt: {},
    findings: {},
    threw: 0,
    htmlSinkCalls: 0,
    ms: 0,
    seed: SEED,
  };
}

export function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export function summaryLine(t: ReaderTally): string {
  const rejected = t.runSchemaRejected ? ` (${list(t.runSchemaRejectedAt)})` : '';
  return (
    `[hardening] ${t.reader}: ${t.cases} cases (seed ${t.seed}) on ${Object.keys(t.fixtures).length} fixtures, ` +
    `${total(t.faults)} faults injected [${list(t.faults)}]; outcomes: ${list(t.outcomes)}; ` +
    `runs checked ${t.runsChecked}, RunSchema accepted ${t.runSchemaAccepted}, rejected ${t.runSchemaRejected}${rejected}; ` +
    `${Object.keys(t.findings).length ? `findings: ${list(t.findings)}; ` : ''}threw ${t.threw}; HTML sink calls ${t.htmlSinkCalls}; ${(t.ms / 1000).toFixed(1)} s`
  );
}

function mergeTallies(into: ReaderTally, from: ReaderTally): ReaderTally {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [k, n] of Object.entries(b)) bump(a, k, n);
  };
  into.cases += from.cases;
  add(into.fixtures, from.fixtures);
  add(into.faults, from.faults);
  into.mutationsSkipped += from.mutationsSkipped;
  add(into.outcomes, from.outcomes);
  into.runsChecked += from.runsChecked;
  into.runSchemaAccepted += from.runSchemaAccepted;
  into.runSchemaRejected += from.runSchemaRejected;
  add(into.runSchemaRejectedAt, from.runSchemaRejectedAt);
  add(into.findings, from.findings);
  into.threw += from.threw;
  into.htmlSinkCalls += from.htmlSinkCalls;
  into.ms += from.ms;
  return into;
}

/** Prints one line per reader and records this file's counts; `extra` holds non-reader sections (store tests). */
export function report(file: string, tallies: ReaderTally[], extra: Record<string, unknown> = {}): void {
  for (const tally of tallies) console.log(summaryLine(tally));
  for (const [name, value] of Object.entries(extra))
    console.log(`[hardening] ${name}: ${JSON.stringify(value)}`);
  mkdirSync(FRAGMENT_DIR, { recursive: true });
  const fragment = join(FRAGMENT_DIR, `${file}.json`);
  writeFileSync(`${fragment}.tmp`, JSON.stringify({ file, tallies, extra }, null, 1));
  renameSync(`${fragment}.tmp`, fragment);
  mergeFragments();
}

function mergeFragments(): void {
  const readers = new Map<string, ReaderTally>();
  const sections: Record<string, unknown> = {};
  const files: string[] = [];
  for (const name of readdirSync(FRAGMENT_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const { file, tallies, extra } = JSON.parse(readFileSync(join(FRAGMENT_DIR, name), 'utf8')) as {
      file: string;
      tallies: ReaderTally[];
      extra: Record<string, unknown>;
    };
    files.push(file);
    for (const tally of tallies) {
      const known = readers.get(tally.reader);
      readers.set(
        tally.reader,
        known ? mergeTallies(known, tally) : mergeTallies(newTally(tally.reader), tally),
      );
    }
    Object.assign(sections, extra);
  }
  const merged = {
    seed: SEED,
    files,
    readers: [...readers.values()].map((t) => ({ ...t, line: summaryLine(t) })),
    ...sections,
  };
  const tmp = `${SUMMARY_FILE}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(merged, null, 1));
  renameSync(tmp, SUMMARY_FILE);
}
