// Which session the session page plays: the one named in its URL, else today's suggestion, else a general one
// for the runner's level, so the page is never empty.

import { buildSession, effectivePhase, EXERCISES, planDay, runKeys, sessionById } from '../core';
import { isRunKey } from '../core/runs';
import type { ContentKey, ExercisePattern, Run, Session } from '../core/types';
import type { StoredState } from '../store/snapshot';

/** What the player shows about an exercise besides the level's own variant: its name and what it trains (keys). */
export interface ExerciseInfo {
  name: ContentKey;
  pattern?: ExercisePattern;
  targets?: ContentKey[];
}

export interface SessionChoice {
  session: Session;
  /** Run key to log the session against, when it is a valid one. */
  runKey?: string;
  run?: Run;
  /** Why this session is shown when the URL did not name a usable one (a training-content key). */
  notice?: ContentKey;
}

export const EXERCISE_INFO: Record<string, ExerciseInfo> = Object.fromEntries(
  EXERCISES.map((exercise) => [
    exercise.id,
    { name: exercise.name, pattern: exercise.pattern, targets: exercise.targets },
  ]),
);

export function chooseSession(
  search: string,
  state: StoredState,
  now: Date,
  timeZone: string,
): SessionChoice {
  const params = new URLSearchParams(search);
  const rawRun = params.get('run');
  const runKey = isRunKey(rawRun) ? rawRun : undefined;
  const run = runKey ? state.runs.find((r) => runKeys(r).includes(runKey)) : undefined;
  const named = sessionById(params.get('id'));
  if (named) return { session: named, runKey, run };

  const notice = params.get('id') ? 'training.notice.badLink' : undefined;
  const advice = planDay({ ...state, now, timeZone });
  if ((advice.kind === 'strength' || advice.kind === 'taper') && advice.session) {
    const key = `${advice.run.source}:${advice.run.id}`;
    return { session: advice.session, runKey: key, run: advice.run, notice };
  }
  const phase = effectivePhase(now, state.settings, timeZone).phase;
  const session = buildSession({
    kind: phase === 'taper' || phase === 'race-week' ? 'taper' : 'hard',
    level: state.settings.level,
    phase,
    now,
    equipment: state.settings.equipment,
    timeZone,
  });
  return {
    session,
    notice: notice ?? 'training.notice.general',
  };
}
