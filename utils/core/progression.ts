// Progression by feel: after each session the runner taps how hard it felt (RPE 1–10). Two easy sessions in a row
// at the current level suggest moving up; two very hard ones suggest moving down. The runner decides.

import { type Message, msg } from './message';
import type { Level, StrengthEntry } from './types';

export const EASY_RPE = 6;
export const HARD_RPE = 9;

export interface LevelSuggestion {
  direction: 'up' | 'down';
  to: Level;
  reason: Message;
}

const isRpe = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;

/** Level the session was built for, read from its id (`s1-L2-…`, `s2-L2-…`). */
function levelOfSessionId(id: unknown): Level | undefined {
  const match = typeof id === 'string' ? /^s\d+-L([123])-/.exec(id) : null;
  return match ? (Number(match[1]) as Level) : undefined;
}

/** A suggestion from the last two rated sessions done at the current level, or null. */
export function levelSuggestion(log: readonly StrengthEntry[], level: Level): LevelSuggestion | null {
  const rated = (Array.isArray(log) ? log : [])
    .filter((e) => e && e.status === 'done' && isRpe(e.rpe) && levelOfSessionId(e.sessionId) === level)
    .sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const lastTwo = rated.slice(-2);
  if (lastTwo.length < 2) return null;
  const [a, b] = lastTwo.map((e) => e.rpe!) as [number, number];
  if (a <= EASY_RPE && b <= EASY_RPE && level < 3) {
    return {
      direction: 'up',
      to: (level + 1) as Level,
      reason: msg('advice.levelUp', { first: a, second: b, level: level + 1 }),
    };
  }
  if (a >= HARD_RPE && b >= HARD_RPE && level > 1) {
    return {
      direction: 'down',
      to: (level - 1) as Level,
      reason: msg('advice.levelDown', { first: a, second: b, level: level - 1 }),
    };
  }
  return null;
}
