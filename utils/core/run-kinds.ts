// The one table of run-kind names. Reasons put a kind in a sentence ("the hard one (a tempo run) decides"),
// headlines, badges and the week glance name it on its own ("Tempo run"); both forms come from this table, so a
// kind is never called two different things. Session titles (sessions.ts) name the strength session, not the run,
// and manual-run titles (components/popup/manual-run.ts) are words the title reader must recognise: other concepts.

import type { RunKind } from './types';

/** Each kind as a sentence says it, with its article. */
const IN_A_SENTENCE: Record<RunKind, string> = {
  race: 'a race',
  long: 'a long run',
  intervals: 'intervals',
  tempo: 'a tempo run',
  hills: 'a hill session',
  easy: 'an easy run',
  recovery: 'a recovery run',
};

/** "a tempo run", "intervals": the kind inside a sentence. */
export function runKindInSentence(kind: RunKind): string {
  return IN_A_SENTENCE[kind] ?? 'a run';
}

/** "Tempo run", "Intervals": the kind on its own, as a heading or a badge. */
export function runKindName(kind: RunKind): string {
  const bare = runKindInSentence(kind).replace(/^an? /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
