// Builds the strength session that fits a run, the runner's level and the training block of the week. The session
// id encodes every input (`s1-L2-intervals-strength-w2627` = level 2, after intervals, strength block, ISO week 27
// of 2026; a trailing `-kg` means the runner trains with weights), so `sessionById` rebuilds it exactly.

import { EXERCISES } from './exercises';
import { continuousWeekOf, isoWeekOf, localDateOf, mondayOfIsoWeek, safeTimeZone } from './time';
import type {
  EffectivePhase,
  Exercise,
  ExercisePattern,
  Level,
  Session,
  SessionItem,
  SessionKind,
  Settings,
  TrainingBlock,
  Variant,
} from './types';

/** Timing assumption for `minutes`: 3 s per rep (both sides counted for per-side work) and 15 s to set up. */
export const SECONDS_PER_REP = 3;
export const SETUP_S_PER_EXERCISE = 15;
/** Off-season blocks last three weeks each: stability → strength → power, then around again. */
const OFF_SEASON_BLOCKS: TrainingBlock[] = ['stability', 'strength', 'power'];
const WEEKS_PER_BLOCK = 3;

export const COACH_NOTE =
  'Training with heavy weights? Have a qualified strength and conditioning coach teach you safe lifting technique first.';

type Recipe = Partial<Record<ExercisePattern, number>> & {
  setsDelta: number;
  maxSets: number;
  restScale: number;
};

/** Core and single-leg work first; after a long run, core and upper body lead and the legs come last. */
const PATTERN_ORDER: ExercisePattern[] = ['core', 'single-leg', 'power', 'legs', 'upper', 'mobility'];
const PATTERN_ORDER_AFTER_LONG: ExercisePattern[] = [
  'core',
  'upper',
  'single-leg',
  'power',
  'legs',
  'mobility',
];

const REST_S: Record<ExercisePattern, number> = {
  core: 30,
  'single-leg': 45,
  power: 60,
  legs: 45,
  upper: 45,
  mobility: 10,
};

const FULL: Record<TrainingBlock, Recipe> = {
  stability: {
    core: 3,
    'single-leg': 2,
    legs: 1,
    upper: 1,
    mobility: 1,
    setsDelta: 0,
    maxSets: 3,
    restScale: 1,
  },
  strength: {
    core: 2,
    'single-leg': 2,
    power: 1,
    legs: 1,
    upper: 1,
    mobility: 1,
    setsDelta: 0,
    maxSets: 4,
    restScale: 1,
  },
  power: {
    core: 2,
    'single-leg': 2,
    power: 1,
    upper: 1,
    mobility: 1,
    setsDelta: 0,
    maxSets: 4,
    restScale: 1.25,
  },
  maintenance: {
    core: 2,
    'single-leg': 1,
    legs: 1,
    upper: 1,
    mobility: 1,
    setsDelta: -1,
    maxSets: 3,
    restScale: 1,
  },
  taper: { core: 2, mobility: 2, setsDelta: -1, maxSets: 2, restScale: 0.7 },
};
/** After a long run the legs have done enough: core and upper body first, one gentle leg move, more mobility. */
const AFTER_LONG: Recipe = {
  core: 3,
  upper: 1,
  legs: 1,
  mobility: 2,
  setsDelta: -1,
  maxSets: 2,
  restScale: 1,
};
/** After a race (or on a light day): only mobility and gentle core. */
const MOBILITY_AND_CORE: Recipe = { core: 2, mobility: 3, setsDelta: -1, maxSets: 2, restScale: 0.7 };
/** Moves that stay gentle on tired legs after a long run. */
const GENTLE_LEGS = new Set(['glute-bridge', 'calf-raise']);

const KIND_TITLE: Record<SessionKind, string> = {
  intervals: 'Strength after intervals',
  tempo: 'Strength after your tempo run',
  hills: 'Strength after hills',
  hard: 'Strength after a hard run',
  long: 'Core and upper body after your long run',
  race: 'Post-race mobility and core',
  easy: 'Mobility and core',
  recovery: 'Mobility and core',
  taper: 'Light taper session: core and mobility',
};

const BLOCK_NAME: Record<TrainingBlock, string> = {
  stability: 'stability block',
  strength: 'strength block',
  power: 'power block',
  maintenance: 'maintenance',
  taper: 'taper',
};

const BLOCK_FOCUS: Record<TrainingBlock, string> = {
  stability: 'Control and balance: core holds and single-leg work',
  strength: 'Strength: full-range single-leg work, core and one power move',
  power: 'Power: springy jumps with core and single-leg strength',
  maintenance: 'Maintenance during the race build-up: keep what you built with less volume',
  taper: 'Stay loose for race day: light core and mobility',
};

function recipeFor(kind: SessionKind, block: TrainingBlock, level: Level): Recipe {
  let recipe: Recipe;
  if (kind === 'taper') recipe = FULL.taper;
  else if (kind === 'long') recipe = AFTER_LONG;
  else if (kind === 'race' || kind === 'easy' || kind === 'recovery') recipe = MOBILITY_AND_CORE;
  else recipe = FULL[block];
  if (level === 1 && recipe.power) {
    // Newcomers skip jumping and do a basic leg move instead.
    recipe = { ...recipe, legs: (recipe.legs ?? 0) + recipe.power, power: 0 };
  }
  return recipe;
}

/** Candidates for a pattern, preferred tier first, each tier rotated by the week so the routine changes. */
function candidates(pattern: ExercisePattern, kind: SessionKind, level: Level, seed: number): Exercise[] {
  const pool = EXERCISES.filter(
    (e) => e.pattern === pattern && (kind !== 'long' || pattern !== 'legs' || GENTLE_LEGS.has(e.id)),
  );
  const tiers: Exercise['tier'][] =
    level === 1 ? ['foundation', 'routine', 'mobility'] : ['routine', 'foundation', 'mobility'];
  return tiers.flatMap((tier) =>
    rotate(
      pool.filter((e) => e.tier === tier),
      seed,
    ),
  );
}

function rotate<T>(items: T[], seed: number): T[] {
  if (items.length === 0) return items;
  const shift = ((seed % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function adjustVariant(variant: Variant, recipe: Recipe): Variant {
  const sets = Math.max(1, Math.min(recipe.maxSets, variant.dose.sets + recipe.setsDelta));
  return { ...variant, dose: { ...variant.dose, sets }, cues: [...variant.cues] };
}

export function itemSeconds(item: SessionItem): number {
  const { dose } = item.variant;
  const sides = dose.perSide ? 2 : 1;
  const work = (dose.reps !== undefined ? dose.reps * SECONDS_PER_REP : (dose.seconds ?? 30)) * sides;
  return SETUP_S_PER_EXERCISE + dose.sets * (work + item.restS);
}

export function sessionMinutes(items: readonly SessionItem[]): number {
  return Math.max(1, Math.round(items.reduce((sum, item) => sum + itemSeconds(item), 0) / 60));
}

interface SessionKey {
  kind: SessionKind;
  level: Level;
  block: TrainingBlock;
  isoYear: number;
  isoWeek: number;
  weights: boolean;
}

function composeSession(key: SessionKey): Session {
  const monday = mondayOfIsoWeek(key.isoYear, key.isoWeek) ?? '1970-01-05';
  const seed = continuousWeekOf(monday);
  const recipe = recipeFor(key.kind, key.block, key.level);
  const items: SessionItem[] = [];
  const order = key.kind === 'long' ? PATTERN_ORDER_AFTER_LONG : PATTERN_ORDER;
  order.forEach((pattern, patternIndex) => {
    const count = recipe[pattern] ?? 0;
    if (count <= 0) return;
    const picks = candidates(pattern, key.kind, key.level, seed + patternIndex).slice(0, count);
    for (const exercise of picks) {
      const rest = Math.round((REST_S[pattern] * recipe.restScale) / 5) * 5;
      const power = pattern === 'power' && key.level === 3 ? 15 : 0;
      items.push({
        exerciseId: exercise.id,
        variant: adjustVariant(exercise.levels[key.level], recipe),
        restS: rest + power,
      });
    }
  });
  const notes: string[] = [];
  if (key.weights) notes.push(COACH_NOTE);
  if (key.level === 1)
    notes.push(
      'Level 1: learn each movement well; skip anything that hurts and use the easier option freely.',
    );
  if (key.kind === 'long') notes.push('Your legs did the long run: keep this session easy on them.');
  if (key.kind === 'race')
    notes.push('After a race only gentle work: save real strength sessions for next week.');
  const yy = String(key.isoYear % 100).padStart(2, '0');
  const ww = String(key.isoWeek).padStart(2, '0');
  const blockLabel = key.kind === 'taper' || key.kind === 'race' ? '' : ` · ${BLOCK_NAME[key.block]}`;
  return {
    id: `s1-L${key.level}-${key.kind}-${key.block}-w${yy}${ww}${key.weights ? '-kg' : ''}`,
    title: `${KIND_TITLE[key.kind]}${blockLabel}`,
    focus: focusFor(key),
    level: key.level,
    minutes: sessionMinutes(items),
    items,
    kind: key.kind,
    block: key.block,
    notes,
  };
}

function focusFor(key: SessionKey): string {
  if (key.kind === 'long') return 'Short and light on the legs: core and upper body first, then loosen up';
  if (key.kind === 'race' || key.kind === 'easy' || key.kind === 'recovery')
    return 'Mobility and gentle core only';
  return BLOCK_FOCUS[key.kind === 'taper' ? 'taper' : key.block];
}

/** The block a week belongs to: off-season rotates every three weeks; build-up maintains; taper stays light. */
export function blockFor(
  phase: EffectivePhase | Settings['phase'],
  now: Date,
  timeZone = 'UTC',
): TrainingBlock {
  if (phase === 'build') return 'maintenance';
  if (phase === 'taper' || phase === 'race-week') return 'taper';
  const nowMs = Number.isFinite(now.getTime()) ? now.getTime() : 0;
  const date = localDateOf(nowMs, safeTimeZone(timeZone));
  const monday = mondayOf(date);
  const index = Math.floor(continuousWeekOf(monday) / WEEKS_PER_BLOCK);
  return OFF_SEASON_BLOCKS[
    ((index % OFF_SEASON_BLOCKS.length) + OFF_SEASON_BLOCKS.length) % OFF_SEASON_BLOCKS.length
  ]!;
}

function mondayOf(date: string): string {
  const { year, week } = isoWeekOf(date);
  return mondayOfIsoWeek(year, week) ?? date;
}

const LEVELS: readonly Level[] = [1, 2, 3];
const asLevel = (level: unknown): Level => (LEVELS.includes(level as Level) ? (level as Level) : 1);

export interface BuildSessionInput {
  kind: SessionKind;
  level: Level;
  phase: EffectivePhase | Settings['phase'];
  now: Date;
  equipment?: Settings['equipment'];
  timeZone?: string;
  /** 45 and older: fewer jump contacts, and no jumps after intervals or hills. */
  masters?: boolean;
  /** Local date (YYYY-MM-DD) of the runner's first logged full session; none means this week is their first. */
  firstSessionDate?: string;
}

/** The same inputs always give the same session; the week of `now` (local) picks the block and the rotation. */
export function buildSession(input: BuildSessionInput): Session {
  const zone = safeTimeZone(input.timeZone);
  const nowMs = Number.isFinite(input.now.getTime()) ? input.now.getTime() : 0;
  const { year, week } = isoWeekOf(localDateOf(nowMs, zone));
  const kind = KIND_TITLE[input.kind] ? input.kind : 'hard';
  const block = kind === 'taper' ? 'taper' : blockFor(input.phase, new Date(nowMs), zone);
  return composeSession({
    kind,
    level: asLevel(input.level),
    block,
    isoYear: year,
    isoWeek: week,
    weights: input.equipment === 'weights',
  });
}

const ID_PATTERN =
  /^s1-L([123])-(race|long|intervals|tempo|hills|easy|recovery|hard|taper)-(stability|strength|power|maintenance|taper)-w(\d{2})(\d{2})(-kg)?$/;

/** Rebuilds a session from its id alone (the session page opens with just the id), or null for a bad id. */
export function sessionById(id: unknown): Session | null {
  if (typeof id !== 'string') return null;
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const isoYear = 2000 + Number(match[4]);
  const isoWeek = Number(match[5]);
  if (!mondayOfIsoWeek(isoYear, isoWeek)) return null;
  return composeSession({
    level: Number(match[1]) as Level,
    kind: match[2] as SessionKind,
    block: match[3] as TrainingBlock,
    isoYear,
    isoWeek,
    weights: match[6] === '-kg',
  });
}
