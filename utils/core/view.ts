// What the in-page card shows for the activity open in the tab: its classification (with the runner's correction)
// and the advice for that very run.

import { classifyRun } from './classify';
import { normalizeSettings, overrideFor, planDay, profileOf, withOverride } from './plan';
import { dedupeRuns, isOwnRun, runKey } from './runs';
import type { Advice, Classification, Effort, Run, Settings, StrengthEntry } from './types';

export interface CardState {
  settings: Settings;
  runs: Run[];
  log: StrengthEntry[];
  overrides: Record<string, Effort>;
}

export interface CardView {
  /** The run as HardDay knows it (the stored record may carry more detail than the page). */
  run: Run;
  runKey: string;
  classification: Classification;
  advice: Advice;
  overridden: boolean;
}

export interface RunViewInput extends CardState {
  run: Run;
  now: Date;
  /** IANA zone for local days; default 'UTC'. */
  timeZone?: string;
}

/** Classification and advice for one run (the one open in the tab), with the runner's correction applied. */
export function runView(input: RunViewInput): CardView {
  const { run, now, ...state } = input;
  const runs = dedupeRuns([run, ...(Array.isArray(state.runs) ? state.runs : [])]);
  const known =
    runs.find((r) => r === run || [runKey(r), ...(r.alsoKnownAs ?? [])].includes(runKey(run))) ?? run;
  const override = overrideFor(known, state.overrides);
  const profile = profileOf(normalizeSettings(state.settings));
  const classification = withOverride(classifyRun(known, runs.filter(isOwnRun), profile), override);
  const advice = planDay({
    now,
    runs,
    log: state.log,
    settings: state.settings,
    overrides: state.overrides,
    timeZone: input.timeZone,
    focusRunKey: runKey(run),
  });
  return { run: known, runKey: runKey(run), classification, advice, overridden: override !== undefined };
}
