// The exercise library: each move in three levels (1 = newcomer, 2 = standard, 3 = harder), with a dose, a few
// safety cues, an easier option and what it trains. Written for HardDay in our own words.
//
// The words live in locales/<lang>.yml, one set per language (English: locales/en.yml): under
// `exercise.<id in camelCase>` the exercise's name and, per level (`l1`…`l3`), the level's own name, its form cues
// (`cues`, a list) and its easier option; what it trains under `target.<name>`. Here is only the structure: pattern,
// tier, dose, how many cues each level has and the target names. The core hands out the message keys
// (`exercise.jumpSquat.l2.cues.0`); the UI shows them in the runner's language.
//
// Rules the session builder relies on: every jump or other explosive move has the pattern 'power' (and nothing else
// does), so jumps only ever appear where the builder puts power work; level-1 variants of power moves never jump
// (and newcomers get no power work at all). Mobility drills say whether they belong in the warm-up or the cool-down.

import type { ContentKey, Exercise, Level, Variant } from './types';

interface LevelSpec {
  dose: Variant['dose'];
  /** How many form cues the level has (the list `cues` under its key in the locale files). */
  cues: number;
}

type ExerciseSpec = Omit<Exercise, 'name' | 'levels'> & { levels: Record<Level, LevelSpec> };

const LIBRARY: ExerciseSpec[] = [
  // The runner's conditioning routine (levels 2–3 use these first).
  {
    id: 'jump-squat',
    pattern: 'power',
    tier: 'routine',
    targets: ['quads', 'glutes', 'calves', 'takeOffPower'],
    levels: {
      1: { dose: { sets: 2, reps: 10 }, cues: 2 },
      2: { dose: { sets: 3, reps: 6 }, cues: 3 },
      3: { dose: { sets: 3, reps: 5 }, cues: 3 },
    },
  },
  {
    id: 'triangle-push-up',
    pattern: 'upper',
    tier: 'routine',
    targets: ['triceps', 'chest', 'frontShoulders', 'core'],
    levels: {
      1: { dose: { sets: 2, reps: 8 }, cues: 2 },
      2: { dose: { sets: 3, reps: 10 }, cues: 3 },
      3: { dose: { sets: 3, reps: 10 }, cues: 3 },
    },
  },
  {
    id: 'bicycle-crunch',
    pattern: 'core',
    tier: 'routine',
    targets: ['abdominals', 'obliques'],
    levels: {
      1: { dose: { sets: 2, reps: 10, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 15, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 12, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'forward-lunge',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hamstrings', 'balance'],
    levels: {
      1: { dose: { sets: 2, reps: 8, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 10, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'leg-raise',
    pattern: 'core',
    tier: 'routine',
    targets: ['lowerAbdominals', 'hipFlexors'],
    levels: {
      1: { dose: { sets: 2, reps: 10 }, cues: 2 },
      2: { dose: { sets: 3, reps: 12 }, cues: 3 },
      3: { dose: { sets: 3, reps: 15 }, cues: 3 },
    },
  },
  {
    id: 'side-plank-twist',
    pattern: 'core',
    tier: 'routine',
    targets: ['obliques', 'deepTrunk', 'shoulderStabilisers'],
    levels: {
      1: { dose: { sets: 2, seconds: 20, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 10, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'single-leg-squat',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hipStabilisers', 'balance'],
    levels: {
      1: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 5, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'bear-crawl',
    pattern: 'core',
    tier: 'routine',
    targets: ['antiRotation', 'shoulders', 'quads', 'coordination'],
    levels: {
      1: { dose: { sets: 3, seconds: 20 }, cues: 2 },
      2: { dose: { sets: 3, reps: 8 }, cues: 3 },
      3: { dose: { sets: 3, seconds: 40 }, cues: 3 },
    },
  },
  // Jumps and other explosive moves: only in the power block, a few quality reps with full rest.
  {
    id: 'pogo-hops',
    pattern: 'power',
    tier: 'routine',
    targets: ['calves', 'achilles', 'ankleStiffness', 'groundContact'],
    levels: {
      1: { dose: { sets: 2, reps: 12 }, cues: 2 },
      2: { dose: { sets: 3, reps: 10 }, cues: 3 },
      3: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'switch-lunge',
    pattern: 'power',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hipFlexors', 'stridePower'],
    levels: {
      1: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 4, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 8 }, cues: 3 },
    },
  },
  {
    id: 'skater-bound',
    pattern: 'power',
    tier: 'routine',
    targets: ['glutes', 'hipStabilisers', 'lateralControl', 'pushOffPower'],
    levels: {
      1: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 5, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 6, perSide: true }, cues: 3 },
    },
  },
  // More single-leg work: balance for the stability block, harder strength moves for the strength block.
  {
    id: 'single-leg-balance',
    pattern: 'single-leg',
    tier: 'foundation',
    targets: ['ankleHipStabilisers', 'balance', 'footStrength'],
    levels: {
      1: { dose: { sets: 2, seconds: 30, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 6, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'step-up',
    pattern: 'single-leg',
    tier: 'foundation',
    targets: ['quads', 'glutes', 'balance'],
    levels: {
      1: { dose: { sets: 2, reps: 8, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 6, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'split-squat',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'backLegHipFlexors', 'balance'],
    levels: {
      1: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
    },
  },
  // Foundation moves: what a newcomer starts with, and fillers for leg work at every level.
  {
    id: 'bodyweight-squat',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['quads', 'glutes'],
    levels: {
      1: { dose: { sets: 2, reps: 10 }, cues: 2 },
      2: { dose: { sets: 3, reps: 12 }, cues: 3 },
      3: { dose: { sets: 3, reps: 10 }, cues: 3 },
    },
  },
  {
    id: 'lateral-lunge',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['innerThighs', 'glutes', 'quads'],
    levels: {
      1: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'glute-bridge',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['glutes', 'hamstrings', 'lowerBack'],
    levels: {
      1: { dose: { sets: 2, reps: 12 }, cues: 2 },
      2: { dose: { sets: 3, reps: 8, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 10, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'bird-dog',
    pattern: 'core',
    tier: 'foundation',
    targets: ['deepTrunk', 'glutes', 'backExtensors'],
    levels: {
      1: { dose: { sets: 2, reps: 8, perSide: true }, cues: 2 },
      2: { dose: { sets: 3, reps: 10, perSide: true }, cues: 3 },
      3: { dose: { sets: 3, reps: 10, perSide: true }, cues: 3 },
    },
  },
  {
    id: 'front-plank',
    pattern: 'core',
    tier: 'foundation',
    targets: ['abdominals', 'deepTrunk', 'shoulders'],
    levels: {
      1: { dose: { sets: 2, seconds: 20 }, cues: 2 },
      2: { dose: { sets: 3, seconds: 30 }, cues: 3 },
      3: { dose: { sets: 3, seconds: 45 }, cues: 3 },
    },
  },
  {
    id: 'calf-raise',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['calves', 'achilles', 'ankleStability'],
    levels: {
      1: { dose: { sets: 2, reps: 15 }, cues: 2 },
      2: { dose: { sets: 3, reps: 15 }, cues: 3 },
      3: { dose: { sets: 3, reps: 12, perSide: true }, cues: 3 },
    },
  },
  // Mobility drills: warm-up drills open every session, stretches close it, and both make up the mobility routine.
  {
    id: 'leg-swings',
    drill: 'warm-up',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hipFlexors', 'hamstrings', 'innerThighs'],
    levels: {
      1: { dose: { sets: 1, reps: 15, perSide: true }, cues: 2 },
      2: { dose: { sets: 2, reps: 15, perSide: true }, cues: 2 },
      3: { dose: { sets: 2, reps: 15, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'ankle-rocks',
    drill: 'warm-up',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['ankleMobility', 'calves'],
    levels: {
      1: { dose: { sets: 1, reps: 10, perSide: true }, cues: 2 },
      2: { dose: { sets: 2, reps: 10, perSide: true }, cues: 2 },
      3: { dose: { sets: 2, reps: 12, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'hip-90-90',
    drill: 'cool-down',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hipRotation', 'glutes'],
    levels: {
      1: { dose: { sets: 1, reps: 8, perSide: true }, cues: 2 },
      2: { dose: { sets: 2, reps: 8, perSide: true }, cues: 2 },
      3: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'worlds-greatest-stretch',
    drill: 'warm-up',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hipFlexors', 'hamstrings', 'upperBack'],
    levels: {
      1: { dose: { sets: 1, reps: 5, perSide: true }, cues: 2 },
      2: { dose: { sets: 2, reps: 5, perSide: true }, cues: 2 },
      3: { dose: { sets: 2, reps: 6, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'open-book',
    drill: 'cool-down',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['upperBackRotation', 'chest'],
    levels: {
      1: { dose: { sets: 1, reps: 8, perSide: true }, cues: 2 },
      2: { dose: { sets: 2, reps: 8, perSide: true }, cues: 2 },
      3: { dose: { sets: 2, reps: 10, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'hip-openers',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'warm-up',
    targets: ['hipRotation', 'groin', 'hipFlexors'],
    levels: {
      1: { dose: { sets: 1, reps: 6, perSide: true }, cues: 2 },
      2: { dose: { sets: 1, reps: 8, perSide: true }, cues: 2 },
      3: { dose: { sets: 1, reps: 8, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'calf-stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['calves', 'achilles'],
    levels: {
      1: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      2: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      3: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'hip-flexor-stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['hipFlexors', 'frontThigh'],
    levels: {
      1: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      2: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      3: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'hamstring-stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['hamstrings', 'calves'],
    levels: {
      1: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      2: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      3: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
    },
  },
  {
    id: 'figure-four-stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['glutes', 'outerHip'],
    levels: {
      1: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      2: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
      3: { dose: { sets: 1, seconds: 30, perSide: true }, cues: 2 },
    },
  },
];

/** The key of an exercise's words: message names allow only letters, digits and `_`, so `jump-squat` → `jumpSquat`. */
export function exerciseKey(id: string): ContentKey {
  return `exercise.${id.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase())}`;
}

function withWords(spec: ExerciseSpec): Exercise {
  const base = exerciseKey(spec.id);
  const variant = (level: Level): Variant => {
    const { dose, cues } = spec.levels[level];
    const key = `${base}.l${level}`;
    return {
      name: `${key}.name`,
      dose,
      cues: Array.from({ length: cues }, (_, i) => `${key}.cues.${i}`),
      easier: `${key}.easier`,
    };
  };
  return {
    ...spec,
    name: `${base}.name`,
    targets: spec.targets.map((target) => `target.${target}`),
    levels: { 1: variant(1), 2: variant(2), 3: variant(3) },
  };
}

export const EXERCISES: Exercise[] = LIBRARY.map(withWords);

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
