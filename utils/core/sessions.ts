// Builds the strength session that fits a run, the runner's level and the training block of the week.
//
// Shape of every session, as a coach would run it:
//   warm-up drills (a few minutes) → power (jumps, only in the power block, while the legs are fresh) → single-leg
//   strength → other leg work → upper body → core → a short cool-down of stretches.
// After a long run the legs have done enough: warm-up, upper body, one gentle leg move, core, a longer cool-down.
// Light sessions (post-race, taper, easy and recovery days) and the mobility routine are warm-up drills, gentle core
// and stretches. Every session carries the pain rule.
//
// Periodization (off-season). The calendar is cut into 4-week blocks: three building weeks and a lighter fourth
// week, and the blocks go stability → strength → power, then around again (12 weeks). Each block has its own
// stimulus and its own exercises, kept the same for its four weeks so the dose can progress:
//   - stability: a balance move, a plank hold and a slow tempo (about 3 s down, a pause, 3 s up);
//   - strength: the harder single-leg moves (always the rear-foot-elevated split squat, then the single-leg squat or
//     a step-up) with a slow three-second lowering and longer rests;
//   - power: two explosive moves, low reps (at most 6 a side, 8 in all) and long rests (90 s), then single-leg and
//     core work.
// Slow-tempo reps are fewer (about the same time under tension per set as normal reps).
// Dose within a block: week 1 is one set below the level's library dose (at least 2 sets); week 2 adds reps (about
// 20 %, at least 1) or seconds (5, or 10 on holds of 30 s and more); week 3 adds a set on top, back to the library
// dose; week 4 is the lighter week, about two-thirds of week 3's volume (one set fewer from 3 sets up, the reps or
// seconds trimmed to fit). The foundation session follows the same weeks. In the race build-up the block is
// maintenance: one set below the library dose (at least 2), a new mix of exercises every week, no jumps, and the same
// lighter fourth calendar week. After a long run: one set below the library dose, the lighter fourth week too.
//
// Newcomers (level 1) never jump, and in their first two weeks of strength (counted from the week of their first
// logged full session) do one set of everything. Masters (45+) do one jump exercise with fewer contacts in the power
// block, and none after intervals or hills.
//
// The session id encodes every input, so `sessionById` rebuilds the exact session:
//   s2-L2-intervals-strength-w2627[-m][-f][-kg]
// = level 2, after intervals, strength block, ISO week 27 of 2026; -m masters, -f a level-1 runner's first two
// weeks, -kg the runner trains with weights. Old `s1-…` ids from earlier versions still open, as the closest session
// of today's builder (with the new id).
//
// Words: titles, focus lines, notes and the tempo cues are message keys under `training.` (English in
// locales/en.yml); the exercises' words are under `exercise.` (see exercises.ts).

import { EXERCISES } from './exercises';
import { continuousWeekOf, isLocalDate, isoWeekOf, localDateOf, mondayOfIsoWeek, safeTimeZone } from './time';
import type {
  ContentKey,
  EffectivePhase,
  Exercise,
  ExercisePattern,
  Level,
  Session,
  SessionItem,
  SessionKind,
  SessionTitle,
  SessionWeight,
  Settings,
  TrainingBlock,
  Variant,
} from './types';

/** Timing assumption for `minutes`: 3 s per rep (both sides counted for per-side work) and 15 s to set up. */
export const SECONDS_PER_REP = 3;
export const SETUP_S_PER_EXERCISE = 15;
/** Off-season blocks: three building weeks and a lighter fourth, stability → strength → power, then around again. */
export const WEEKS_PER_BLOCK = 4;
const OFF_SEASON_BLOCKS = ['stability', 'strength', 'power'] as const;
type OffSeasonBlock = (typeof OFF_SEASON_BLOCKS)[number];
/** The lighter week keeps about this share of the week before it. */
export const LIGHTER_WEEK_SHARE = 2 / 3;
const MAX_SETS = 4;

/** Before lifting heavy: have a qualified coach teach the technique. */
export const COACH_NOTE: ContentKey = 'training.note.coach';

/** On every session, at every level: muscles may burn, sharp or joint pain means stop. */
export const PAIN_RULE: ContentKey = 'training.note.painRule';

type Part = NonNullable<SessionItem['part']>;
type Slot = readonly [ExercisePattern, number];

interface Recipe {
  warmUp: number;
  /** Main work, in the order it is done. */
  main: readonly Slot[];
  coolDown: number;
  /** Exercise ids to choose from per pattern; absent: every exercise of that pattern in the library. */
  picks?: Partial<Record<ExercisePattern, readonly string[]>>;
  /** How many of the first picks always come (the block's signature moves); the rest take turns. */
  keep?: Partial<Record<ExercisePattern, number>>;
  /** Added to each main exercise's sets, then kept within minSets … maxSets. */
  setsDelta: number;
  minSets: number;
  maxSets: number;
  restScale: number;
  /** The off-season stimulus applied to the main work. */
  style?: OffSeasonBlock;
  /** Weeks 2 and 3 of a block add reps and a set. */
  progress: boolean;
  /** Week 4 is lighter. */
  lighterWeek: boolean;
  /** Exercises stay the same for the whole block (so the dose can progress), or change every week. */
  rotate: 'block' | 'week' | 'never';
}

/** Where each kind of main work goes: jumps first while fresh, then single-leg, other legs, upper body, core. */
const MAIN_ORDER: ExercisePattern[] = ['power', 'single-leg', 'legs', 'upper', 'core', 'mobility'];
const MAIN_ORDER_AFTER_LONG: ExercisePattern[] = ['upper', 'legs', 'core', 'mobility'];

const REST_S: Record<ExercisePattern, number> = {
  core: 30,
  'single-leg': 45,
  power: 90,
  legs: 45,
  upper: 45,
  mobility: 10,
};
const DRILL_REST_S = 10;
/** Drills move briskly: a leg swing or a knee circle takes about two seconds. */
const DRILL_S_PER_REP = 2;

const BLOCK_RECIPES: Record<OffSeasonBlock, Recipe> = {
  stability: {
    warmUp: 3,
    main: [
      ['single-leg', 2],
      ['legs', 1],
      ['core', 2],
    ],
    coolDown: 2,
    picks: {
      'single-leg': ['single-leg-balance', 'forward-lunge', 'step-up'],
      legs: ['glute-bridge', 'calf-raise', 'lateral-lunge'],
      core: ['front-plank', 'side-plank-twist', 'bird-dog', 'bear-crawl'],
    },
    // Always a balance move and a plank hold.
    keep: { 'single-leg': 1, core: 1 },
    setsDelta: -1,
    minSets: 2,
    maxSets: MAX_SETS,
    restScale: 1,
    style: 'stability',
    progress: true,
    lighterWeek: true,
    rotate: 'block',
  },
  strength: {
    warmUp: 3,
    main: [
      ['single-leg', 2],
      ['legs', 1],
      ['upper', 1],
      ['core', 1],
    ],
    coolDown: 2,
    picks: {
      'single-leg': ['split-squat', 'single-leg-squat', 'step-up'],
      legs: ['calf-raise', 'glute-bridge', 'bodyweight-squat'],
      upper: ['triangle-push-up'],
      core: ['leg-raise', 'side-plank-twist', 'bear-crawl', 'bicycle-crunch'],
    },
    // Always the rear-foot-elevated split squat, the hardest single-leg move.
    keep: { 'single-leg': 1 },
    setsDelta: -1,
    minSets: 2,
    maxSets: MAX_SETS,
    restScale: 1,
    style: 'strength',
    progress: true,
    lighterWeek: true,
    rotate: 'block',
  },
  power: {
    warmUp: 3,
    main: [
      ['power', 2],
      ['single-leg', 1],
      ['core', 2],
    ],
    coolDown: 2,
    picks: {
      power: ['jump-squat', 'pogo-hops', 'switch-lunge', 'skater-bound'],
      'single-leg': ['single-leg-squat', 'split-squat', 'forward-lunge'],
      legs: ['calf-raise', 'glute-bridge'],
      upper: ['triangle-push-up'],
      core: ['bicycle-crunch', 'bear-crawl', 'side-plank-twist', 'leg-raise'],
    },
    setsDelta: -1,
    minSets: 2,
    maxSets: MAX_SETS,
    restScale: 1,
    style: 'power',
    progress: true,
    lighterWeek: true,
    rotate: 'block',
  },
};

/** Race build-up: keep what was built with one set less, a different mix each week and no jumps. */
const MAINTENANCE: Recipe = {
  warmUp: 3,
  main: [
    ['single-leg', 1],
    ['legs', 1],
    ['upper', 1],
    ['core', 2],
  ],
  coolDown: 2,
  setsDelta: -1,
  minSets: 2,
  maxSets: 3,
  restScale: 1,
  progress: false,
  lighterWeek: true,
  rotate: 'week',
};

/** After a long run the legs have done enough: upper body and core, one gentle leg move, a longer cool-down. */
const AFTER_LONG: Recipe = {
  warmUp: 2,
  main: [
    ['upper', 1],
    ['legs', 1],
    ['core', 3],
  ],
  coolDown: 3,
  picks: { legs: ['glute-bridge', 'calf-raise'] },
  setsDelta: -1,
  minSets: 1,
  maxSets: 2,
  restScale: 1,
  progress: false,
  lighterWeek: true,
  rotate: 'week',
};

/** The newcomer's basic bodyweight session for a rest day. */
const FOUNDATION: Recipe = {
  warmUp: 3,
  main: [
    ['legs', 3],
    ['upper', 1],
    ['core', 2],
  ],
  coolDown: 2,
  picks: {
    legs: ['bodyweight-squat', 'lateral-lunge', 'glute-bridge'],
    upper: ['triangle-push-up'],
    core: ['bird-dog', 'front-plank'],
  },
  setsDelta: -1,
  minSets: 2,
  maxSets: MAX_SETS,
  restScale: 0.75,
  progress: true,
  lighterWeek: true,
  rotate: 'never',
};

const GENTLE_CORE = ['bird-dog', 'front-plank', 'side-plank-twist', 'bicycle-crunch', 'leg-raise'];

/** Post-race, taper, easy and recovery days: warm-up drills, gentle core, one mobility drill, stretches. */
const LIGHT: Recipe = {
  warmUp: 2,
  main: [
    ['core', 2],
    ['mobility', 1],
  ],
  coolDown: 2,
  picks: { core: GENTLE_CORE },
  setsDelta: -1,
  minSets: 1,
  maxSets: 2,
  restScale: 0.7,
  progress: false,
  lighterWeek: false,
  rotate: 'week',
};

/** The 5–10 minute routine for any day: drills, one mobility drill, one light core move, stretches. */
const MOBILITY_ROUTINE: Recipe = {
  warmUp: 2,
  main: [
    ['mobility', 1],
    ['core', 1],
  ],
  coolDown: 2,
  picks: { core: ['bird-dog', 'front-plank', 'side-plank-twist'] },
  setsDelta: 0,
  minSets: 1,
  maxSets: 1,
  restScale: 0.7,
  progress: false,
  lighterWeek: false,
  rotate: 'week',
};

/** Easy and recovery days share one: mobility and core. */
const KIND_TITLE: Record<SessionKind, ContentKey> = {
  intervals: 'training.title.intervals',
  tempo: 'training.title.tempo',
  hills: 'training.title.hills',
  hard: 'training.title.hard',
  long: 'training.title.long',
  race: 'training.title.race',
  easy: 'training.title.mobilityCore',
  recovery: 'training.title.mobilityCore',
  taper: 'training.title.taper',
  mobility: 'training.title.mobility',
  foundation: 'training.title.foundation',
};

const WEIGHT_OF_KIND: Record<SessionKind, SessionWeight> = {
  intervals: 'full',
  tempo: 'full',
  hills: 'full',
  hard: 'full',
  long: 'full',
  foundation: 'full',
  race: 'light',
  taper: 'light',
  easy: 'mobility',
  recovery: 'mobility',
  mobility: 'mobility',
};

/** Kinds that follow the week's training block. */
const BLOCK_KINDS = new Set<SessionKind>(['intervals', 'tempo', 'hills', 'hard']);
/** Masters skip jumps after these. */
const IMPACT_KINDS = new Set<SessionKind>(['intervals', 'hills']);

/** The block in a session's title ("strength block"); taper sessions are light and name no block. */
const BLOCK_NAME: Record<Exclude<TrainingBlock, 'taper'>, ContentKey> = {
  stability: 'training.block.stability',
  strength: 'training.block.strength',
  power: 'training.block.power',
  maintenance: 'training.block.maintenance',
};

/** What the block's sessions work on. */
const BLOCK_FOCUS: Record<TrainingBlock, ContentKey> = {
  stability: 'training.focus.stability',
  strength: 'training.focus.strength',
  power: 'training.focus.power',
  maintenance: 'training.focus.maintenance',
  taper: 'training.focus.taper',
};

/** How a session counts once logged. Run kinds built in the taper block are the light taper session. */
function weightOf(kind: SessionKind, block: TrainingBlock): SessionWeight {
  if (BLOCK_KINDS.has(kind) && block === 'taper') return 'light';
  return WEIGHT_OF_KIND[kind];
}

interface SessionKey {
  kind: SessionKind;
  level: Level;
  block: TrainingBlock;
  isoYear: number;
  isoWeek: number;
  weights: boolean;
  masters: boolean;
  /** A level-1 runner's first two weeks of strength: one set of everything. */
  firstWeeks: boolean;
}

function recipeFor(key: SessionKey): Recipe {
  const { kind, block } = key;
  let recipe: Recipe;
  if (kind === 'mobility') recipe = MOBILITY_ROUTINE;
  else if (kind === 'foundation') {
    const offSeason = isOffSeason(block);
    recipe = {
      ...FOUNDATION,
      progress: offSeason,
      lighterWeek: block !== 'taper',
      minSets: block === 'taper' ? 1 : FOUNDATION.minSets,
    };
  } else if (kind === 'long') recipe = AFTER_LONG;
  else if (!BLOCK_KINDS.has(kind) || block === 'taper') recipe = LIGHT;
  else if (block === 'maintenance') recipe = MAINTENANCE;
  else recipe = BLOCK_RECIPES[block];
  const jumps = recipe.main.find(([pattern]) => pattern === 'power')?.[1] ?? 0;
  if (jumps === 0) return recipe;
  // Newcomers never jump: a basic leg move for each jump exercise. Masters skip jumps after intervals or hills
  // (one calm leg move instead) and otherwise do a single jump exercise.
  let main: Slot[];
  if (key.level === 1) main = swapPower(recipe.main, jumps);
  else if (key.masters && IMPACT_KINDS.has(kind)) main = swapPower(recipe.main, 1);
  else if (key.masters) main = recipe.main.map(([p, n]) => [p, p === 'power' ? 1 : n] as const);
  else return recipe;
  return { ...recipe, main };
}

function swapPower(main: readonly Slot[], legs: number): Slot[] {
  const rest = main.filter(([pattern]) => pattern !== 'power' && pattern !== 'legs');
  const existing = main.find(([pattern]) => pattern === 'legs')?.[1] ?? 0;
  return [...rest, ['legs', existing + legs] as const].sort(
    (a, b) => MAIN_ORDER.indexOf(a[0]) - MAIN_ORDER.indexOf(b[0]),
  );
}

function isOffSeason(block: TrainingBlock): block is OffSeasonBlock {
  return (OFF_SEASON_BLOCKS as readonly TrainingBlock[]).includes(block);
}

function rotate<T>(items: readonly T[], seed: number): T[] {
  if (items.length === 0) return [];
  const shift = ((seed % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

const byId = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
const TIER_ORDER: Record<Level, Exercise['tier'][]> = {
  1: ['foundation', 'routine', 'mobility'],
  2: ['routine', 'foundation', 'mobility'],
  3: ['routine', 'foundation', 'mobility'],
};

/** Main-work candidates for a pattern in preference order, rotated by the seed. */
function candidates(pattern: ExercisePattern, recipe: Recipe, level: Level, seed: number): Exercise[] {
  const picks = recipe.picks?.[pattern];
  if (picks) {
    const keep = recipe.keep?.[pattern] ?? 0;
    return [...picks.slice(0, keep), ...rotate(picks.slice(keep), seed)].flatMap((id) => byId.get(id) ?? []);
  }
  const pool = EXERCISES.filter((e) => e.pattern === pattern);
  if (pattern === 'mobility') return rotate(pool, seed);
  return TIER_ORDER[level].flatMap((tier) =>
    rotate(
      pool.filter((e) => e.tier === tier),
      seed,
    ),
  );
}

const DRILLS = {
  'warm-up': EXERCISES.filter((e) => e.drill === 'warm-up'),
  'cool-down': EXERCISES.filter((e) => e.drill === 'cool-down'),
};
/** Drills that move rather than hold: the mobility work in the middle of a light session. */
const MAIN_MOBILITY = ['hip-90-90', 'open-book'].flatMap((id) => byId.get(id) ?? []);

// ---------------------------------------------------------------------------------------------------------------
// Dose

type Dose = Variant['dose'];

/** The block's tempo, said first on each main exercise: stability slow with a pause, strength a slow lowering, power fast. */
const TEMPO_CUE: Record<OffSeasonBlock, ContentKey> = {
  stability: 'training.tempo.stability',
  strength: 'training.tempo.strength',
  power: 'training.tempo.power',
};
/** Seconds per rep at each block's tempo. */
const TEMPO_S: Record<OffSeasonBlock, number> = { stability: 6, strength: 5, power: 3 };
const STRENGTH_PATTERNS = new Set<ExercisePattern>(['single-leg', 'legs', 'upper']);

interface Treated {
  variant: Variant;
  restS: number;
  secondsPerRep?: number;
}

/** The block's stimulus on one main exercise: tempo, rep range and rest. */
function treat(variant: Variant, pattern: ExercisePattern, recipe: Recipe, key: SessionKey): Treated {
  let dose: Dose = { ...variant.dose };
  let cues = [...variant.cues];
  let restS = REST_S[pattern] * recipe.restScale;
  let secondsPerRep: number | undefined;
  const style = recipe.style;
  if (style === 'power' && pattern === 'power') {
    cues = [TEMPO_CUE.power, ...cues];
    restS = REST_S.power;
    if (dose.reps !== undefined) {
      // Low reps so every one is explosive: at most 6 a side or 8 in all; masters do two fewer.
      const reps = Math.min(dose.reps, dose.perSide ? 6 : 8);
      dose = { ...dose, reps: key.masters ? Math.max(3, reps - 2) : reps };
    }
  } else if ((style === 'stability' || style === 'strength') && STRENGTH_PATTERNS.has(pattern)) {
    if (dose.reps !== undefined) {
      // A slow tempo makes every rep count for more: fewer of them, about the same time under tension per set.
      dose = { ...dose, reps: Math.max(5, Math.round((dose.reps * SECONDS_PER_REP) / TEMPO_S[style])) };
      cues = [TEMPO_CUE[style], ...cues];
      secondsPerRep = TEMPO_S[style];
    }
    if (style === 'strength' && pattern !== 'upper') restS = 60;
  }
  return {
    variant: { ...variant, dose, cues },
    restS: Math.round(restS / 5) * 5,
    ...(secondsPerRep ? { secondsPerRep } : {}),
  };
}

function amountOf(dose: Dose): number {
  return dose.reps ?? dose.seconds ?? 0;
}

function withAmount(dose: Dose, amount: number): Dose {
  return dose.reps !== undefined ? { ...dose, reps: amount } : { ...dose, seconds: amount };
}

/** Reps: about 20 % (at least 1); holds: 5 s, or 10 s on holds of 30 s and more. */
function stepOf(dose: Dose): number {
  if (dose.reps !== undefined) return Math.max(1, Math.round(dose.reps * 0.2));
  return (dose.seconds ?? 0) >= 30 ? 10 : 5;
}

/** Week 1 → 2 adds reps or seconds, week 3 adds a set on top (or more reps when already at the cap). */
function progressed(dose: Dose, week: number, maxSets: number): Dose {
  if (week <= 1) return dose;
  const step = stepOf(dose);
  const moreReps = withAmount(dose, amountOf(dose) + step);
  if (week === 2) return moreReps;
  if (moreReps.sets < maxSets) return { ...moreReps, sets: moreReps.sets + 1 };
  return withAmount(moreReps, amountOf(moreReps) + step);
}

/** About two-thirds of a week's volume: one set fewer (from three sets up), and the reps or seconds trimmed to fit. */
export function lighterDose(dose: Dose): Dose {
  const target = dose.sets * amountOf(dose) * LIGHTER_WEEK_SHARE;
  const sets = dose.sets >= 3 ? dose.sets - 1 : dose.sets;
  const raw = target / sets;
  const amount =
    dose.reps !== undefined ? Math.max(1, Math.round(raw)) : Math.max(5, Math.round(raw / 5) * 5);
  return { ...withAmount(dose, amount), sets };
}

/** Total work of a session's main part: sets × reps (or seconds), both sides counted. */
export function mainVolume(session: Pick<Session, 'items'>): number {
  return session.items
    .filter((item) => (item.part ?? 'main') === 'main')
    .reduce((sum, { variant: { dose } }) => sum + dose.sets * amountOf(dose) * (dose.perSide ? 2 : 1), 0);
}

function mainDose(treated: Dose, recipe: Recipe, week: number, key: SessionKey): Dose {
  const sets = Math.max(recipe.minSets, Math.min(recipe.maxSets, treated.sets + recipe.setsDelta));
  let dose: Dose = { ...treated, sets };
  if (recipe.progress) dose = progressed(dose, Math.min(week, 3), recipe.maxSets);
  if (recipe.lighterWeek && week === WEEKS_PER_BLOCK) dose = lighterDose(dose);
  if (key.firstWeeks) dose = { ...dose, sets: 1 };
  return dose;
}

// ---------------------------------------------------------------------------------------------------------------
// Timing

export function itemSeconds(item: SessionItem): number {
  const { dose } = item.variant;
  const sides = dose.perSide ? 2 : 1;
  const perRep = item.secondsPerRep ?? SECONDS_PER_REP;
  const work = (dose.reps !== undefined ? dose.reps * perRep : (dose.seconds ?? 30)) * sides;
  return SETUP_S_PER_EXERCISE + dose.sets * (work + item.restS);
}

export function sessionMinutes(items: readonly SessionItem[]): number {
  return Math.max(1, Math.round(items.reduce((sum, item) => sum + itemSeconds(item), 0) / 60));
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar

interface BlockWeek {
  /** Consecutive number of the calendar week (Monday-based). */
  week: number;
  /** 1–4 within the 4-week cycle; 4 is the lighter week. */
  weekOfBlock: number;
  /** Consecutive number of the 4-week block. */
  blockIndex: number;
}

function blockWeekOf(monday: string): BlockWeek {
  const week = continuousWeekOf(monday);
  const blockIndex = Math.floor(week / WEEKS_PER_BLOCK);
  return { week, blockIndex, weekOfBlock: week - blockIndex * WEEKS_PER_BLOCK + 1 };
}

function mondayOf(date: string): string {
  const { year, week } = isoWeekOf(date);
  return mondayOfIsoWeek(year, week) ?? date;
}

function localDate(now: Date, timeZone: string): string {
  const nowMs = Number.isFinite(now.getTime()) ? now.getTime() : 0;
  return localDateOf(nowMs, safeTimeZone(timeZone));
}

/** The block a week belongs to: the off-season cycles through 4-week blocks; build-up maintains; taper stays light. */
export function blockFor(
  phase: EffectivePhase | Settings['phase'],
  now: Date,
  timeZone = 'UTC',
): TrainingBlock {
  if (phase === 'build') return 'maintenance';
  if (phase === 'taper' || phase === 'race-week') return 'taper';
  const { blockIndex } = blockWeekOf(mondayOf(localDate(now, timeZone)));
  const n = OFF_SEASON_BLOCKS.length;
  return OFF_SEASON_BLOCKS[((blockIndex % n) + n) % n]!;
}

/** Week of the 4-week cycle that `now` falls in (1–4; 4 is the lighter week). */
export function blockWeekFor(now: Date, timeZone = 'UTC'): number {
  return blockWeekOf(mondayOf(localDate(now, timeZone))).weekOfBlock;
}

/**
 * Which week of strength training this is for the runner: 1 in the calendar week of their first logged full
 * session (or when there is none, or it lies in the future), 2 the week after, and so on.
 */
export function strengthWeekOf(firstSessionDate: string | undefined, today: string): number {
  if (!firstSessionDate || !isLocalDate(firstSessionDate)) return 1;
  const weeks = continuousWeekOf(mondayOf(today)) - continuousWeekOf(mondayOf(firstSessionDate));
  return weeks < 0 ? 1 : weeks + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Composition

/** A drill as it comes in the library; the warm-up is one pass through each, stretches are held once per side. */
function drillItem(exercise: Exercise, level: Level, part: Part): SessionItem {
  const variant = exercise.levels[level];
  const sets = part === 'main' ? variant.dose.sets : 1;
  return {
    exerciseId: exercise.id,
    variant: { ...variant, dose: { ...variant.dose, sets }, cues: [...variant.cues] },
    restS: DRILL_REST_S,
    part,
    ...(variant.dose.reps !== undefined ? { secondsPerRep: DRILL_S_PER_REP } : {}),
  };
}

function composeSession(key: SessionKey): Session {
  const monday = mondayOfIsoWeek(key.isoYear, key.isoWeek) ?? '1970-01-05';
  const calendar = blockWeekOf(monday);
  const recipe = recipeFor(key);
  const weekOfBlock = recipe.lighterWeek || recipe.progress ? calendar.weekOfBlock : undefined;
  const used = new Set<string>();
  const take = (pool: readonly Exercise[], count: number) => {
    const chosen = pool.filter((e) => !used.has(e.id)).slice(0, count);
    for (const e of chosen) used.add(e.id);
    return chosen;
  };

  const warmUp = take(rotate(DRILLS['warm-up'], calendar.week), recipe.warmUp).map((e) =>
    drillItem(e, key.level, 'warm-up'),
  );

  const seed = recipe.rotate === 'block' ? calendar.blockIndex : recipe.rotate === 'week' ? calendar.week : 0;
  const order = key.kind === 'long' ? MAIN_ORDER_AFTER_LONG : MAIN_ORDER;
  const slots = [...recipe.main].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  const main: SessionItem[] = [];
  slots.forEach(([pattern, count], index) => {
    if (pattern === 'mobility') {
      // A mobility drill in the main part of a light session: the hip and upper-back drills first.
      const pool = rotate(MAIN_MOBILITY, seed).concat(rotate(DRILLS['cool-down'], seed + index));
      for (const e of take(pool, count)) {
        const item = drillItem(e, key.level, 'main');
        main.push({
          ...item,
          variant: { ...item.variant, dose: mainDose(item.variant.dose, recipe, 1, key) },
        });
      }
      return;
    }
    for (const exercise of take(candidates(pattern, recipe, key.level, seed + index), count)) {
      const treated = treat(exercise.levels[key.level], pattern, recipe, key);
      const dose = mainDose(treated.variant.dose, recipe, calendar.weekOfBlock, key);
      main.push({
        exerciseId: exercise.id,
        variant: { ...treated.variant, dose },
        restS: treated.restS,
        part: 'main',
        ...(treated.secondsPerRep ? { secondsPerRep: treated.secondsPerRep } : {}),
      });
    }
  });

  const coolDown = take(rotate(DRILLS['cool-down'], calendar.week + 1), recipe.coolDown).map((e) =>
    drillItem(e, key.level, 'cool-down'),
  );
  const items = [...warmUp, ...main, ...coolDown];
  const weight = weightOf(key.kind, key.block);

  const hasJumps = main.some((item) => byId.get(item.exerciseId)?.pattern === 'power');
  const notes = notesFor(key, weight, { hasJumps, lighter: recipe.lighterWeek && weekOfBlock === 4 });
  return {
    id: idOf(key),
    title: titleOf(key, weight, weekOfBlock),
    focus: focusFor(key, weight),
    level: key.level,
    minutes: sessionMinutes(items),
    items,
    kind: key.kind,
    block: key.block,
    notes,
    weight,
    ...(weekOfBlock ? { blockWeek: weekOfBlock } : {}),
  };
}

function notesFor(
  key: SessionKey,
  weight: SessionWeight,
  facts: { hasJumps: boolean; lighter: boolean },
): ContentKey[] {
  const notes = [PAIN_RULE];
  if (key.weights) notes.push(COACH_NOTE);
  // Learn each move; the easier option is always fine.
  if (key.level === 1) notes.push('training.note.level1');
  // One set of everything in a newcomer's first two weeks.
  if (key.firstWeeks && weight === 'full') notes.push('training.note.firstWeeks');
  if (facts.lighter && weight === 'full') notes.push('training.note.lighterWeek');
  if (key.masters && key.block === 'power' && BLOCK_KINDS.has(key.kind)) {
    // Fewer jumps, each a good one; or none after intervals or hills.
    notes.push(facts.hasJumps ? 'training.note.mastersFewerJumps' : 'training.note.mastersNoJumps');
  }
  if (key.kind === 'long') notes.push('training.note.afterLong');
  if (key.kind === 'race') notes.push('training.note.afterRace');
  // Any day, and it does not count as strength.
  if (key.kind === 'mobility') notes.push('training.note.mobility');
  if (key.kind === 'foundation') notes.push('training.note.foundation');
  return notes;
}

/** Full strength work in a training block names the block and its week; other sessions only what they follow. */
function titleOf(key: SessionKey, weight: SessionWeight, weekOfBlock: number | undefined): SessionTitle {
  const title: SessionTitle = { kind: KIND_TITLE[key.kind] };
  const { block } = key;
  if (weight !== 'full' || block === 'taper' || key.kind === 'foundation' || key.kind === 'long')
    return title;
  // Maintenance has no numbered weeks, only the lighter one.
  const week =
    weekOfBlock === WEEKS_PER_BLOCK ? 'lighter' : block === 'maintenance' ? undefined : weekOfBlock;
  return { ...title, block: BLOCK_NAME[block], ...(week ? { week } : {}) };
}

function focusFor(key: SessionKey, weight: SessionWeight): ContentKey {
  if (key.kind === 'mobility') return 'training.focus.mobility';
  if (key.kind === 'foundation') return 'training.focus.foundation';
  if (key.kind === 'long') return 'training.focus.afterLong';
  if (key.kind === 'taper' || (weight === 'light' && key.block === 'taper')) return BLOCK_FOCUS.taper;
  if (weight !== 'full') return 'training.focus.gentle';
  return BLOCK_FOCUS[key.block];
}

function idOf(key: SessionKey): string {
  const yy = String(key.isoYear % 100).padStart(2, '0');
  const ww = String(key.isoWeek).padStart(2, '0');
  const flags = `${key.masters ? '-m' : ''}${key.firstWeeks ? '-f' : ''}${key.weights ? '-kg' : ''}`;
  return `s2-L${key.level}-${key.kind}-${key.block}-w${yy}${ww}${flags}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

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

/** The same inputs always give the same session; the week of `now` (local) picks the block, week and rotation. */
export function buildSession(input: BuildSessionInput): Session {
  const zone = safeTimeZone(input.timeZone);
  const today = localDate(input.now, zone);
  const { year, week } = isoWeekOf(today);
  const kind: SessionKind = Object.hasOwn(KIND_TITLE, input.kind) ? input.kind : 'hard';
  const block = kind === 'taper' ? 'taper' : blockFor(input.phase, input.now, zone);
  const level = asLevel(input.level);
  return composeSession({
    kind,
    level,
    block,
    isoYear: year,
    isoWeek: week,
    weights: input.equipment === 'weights',
    masters: input.masters === true,
    firstWeeks: level === 1 && strengthWeekOf(input.firstSessionDate, today) <= 2,
  });
}

const KINDS = 'race|long|intervals|tempo|hills|easy|recovery|hard|taper|mobility|foundation';
const BLOCKS = 'stability|strength|power|maintenance|taper';
const ID_PATTERN = new RegExp(`^s2-L([123])-(${KINDS})-(${BLOCKS})-w(\\d{2})(\\d{2})(-m)?(-f)?(-kg)?$`);
/** The first id format (still in users' logs): no masters or first-weeks flags, 3-week blocks. */
const OLD_ID_PATTERN =
  /^s1-L([123])-(race|long|intervals|tempo|hills|easy|recovery|hard|taper)-(stability|strength|power|maintenance|taper)-w(\d{2})(\d{2})(-kg)?$/;

function keyOfId(id: string): { key: SessionKey; old: boolean } | null {
  const match = ID_PATTERN.exec(id);
  const old = match ? null : OLD_ID_PATTERN.exec(id);
  if (!match && !old) return null;
  const m = (match ?? old)!;
  const isoYear = 2000 + Number(m[4]);
  const isoWeek = Number(m[5]);
  if (!mondayOfIsoWeek(isoYear, isoWeek)) return null;
  const level = Number(m[1]) as Level;
  const firstWeeks = !!match && match[7] === '-f';
  // Only a level-1 runner has first weeks: any other id carrying the flag was not made here.
  if (firstWeeks && level !== 1) return null;
  return {
    old: !match,
    key: {
      level,
      kind: m[2] as SessionKind,
      block: m[3] as TrainingBlock,
      isoYear,
      isoWeek,
      weights: match ? match[8] === '-kg' : old![6] === '-kg',
      masters: !!match && match[6] === '-m',
      firstWeeks,
    },
  };
}

/**
 * Rebuilds a session from its id alone (the session page opens with just the id), or null for a bad id. An old
 * `s1-…` id gives today's closest session, which carries its new id.
 */
export function sessionById(id: unknown): Session | null {
  if (typeof id !== 'string') return null;
  const parsed = keyOfId(id);
  return parsed ? composeSession(parsed.key) : null;
}

/**
 * How a logged session counts (log entries hold only the session id): 'full' strength, a 'light' session or
 * 'mobility'. An id this version did not make (old `s1-…` ids, unknown ids) counts as 'full', as it always did.
 */
export function sessionWeightOf(sessionOrId: Session | string): SessionWeight {
  if (typeof sessionOrId !== 'string') return sessionOrId.weight ?? sessionWeightOf(sessionOrId.id);
  const parsed = keyOfId(sessionOrId);
  if (!parsed || parsed.old) return 'full';
  return weightOf(parsed.key.kind, parsed.key.block);
}
