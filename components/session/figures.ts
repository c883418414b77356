// Simple stick-figure poses, one per kind of movement. Coordinates are in a 120 × 80 box with the floor at y = 70.
// Each pose is the position a runner should recognise at a glance; an arrow hints at the movement.

import type { ExercisePattern, Level } from '../../utils/core/types';

type Segment = readonly [number, number, number, number];

export interface Pose {
  head: readonly [number, number];
  limbs: readonly Segment[];
  /** Movement hint: a polyline ending in an arrowhead. */
  motion?: readonly (readonly [number, number])[];
  /** A step, box or wall drawn as a rectangle (x, y, w, h). */
  prop?: readonly [number, number, number, number];
}

export const FLOOR_Y = 70;

export const POSES = {
  stand: {
    head: [60, 14],
    limbs: [
      [60, 20, 60, 44],
      [60, 26, 50, 42],
      [60, 26, 70, 42],
      [60, 44, 54, 70],
      [60, 44, 66, 70],
    ],
  },
  squat: {
    head: [54, 24],
    limbs: [
      [55, 30, 60, 50],
      [57, 34, 78, 38],
      [60, 50, 76, 52],
      [76, 52, 70, 70],
    ],
    motion: [
      [92, 30],
      [92, 56],
    ],
  },
  jump: {
    head: [60, 8],
    limbs: [
      [60, 14, 60, 38],
      [60, 20, 48, 6],
      [60, 20, 72, 6],
      [60, 38, 56, 60],
      [60, 38, 64, 60],
    ],
    motion: [
      [88, 62],
      [88, 14],
    ],
  },
  pushUp: {
    head: [20, 42],
    limbs: [
      [26, 45, 100, 62],
      [32, 47, 32, 70],
      [100, 62, 104, 70],
    ],
    motion: [
      [60, 26],
      [60, 44],
    ],
  },
  plank: {
    head: [20, 44],
    limbs: [
      [26, 47, 100, 62],
      [32, 49, 30, 68],
      [30, 68, 44, 68],
      [100, 62, 104, 70],
    ],
  },
  sidePlank: {
    head: [25, 31],
    limbs: [
      [30, 34, 102, 66],
      [30, 34, 30, 68],
      [30, 68, 44, 68],
      [32, 35, 34, 8],
    ],
    motion: [
      [50, 10],
      [48, 24],
      [40, 34],
    ],
  },
  crunch: {
    head: [22, 52],
    limbs: [
      [28, 56, 56, 66],
      [56, 66, 70, 46],
      [70, 46, 86, 50],
      [56, 66, 100, 62],
      [30, 56, 44, 46],
    ],
    motion: [
      [50, 40],
      [64, 36],
    ],
  },
  legRaise: {
    head: [14, 64],
    limbs: [
      [20, 66, 58, 68],
      [28, 67, 44, 69],
      [58, 68, 74, 24],
      [58, 68, 78, 26],
    ],
    motion: [
      [100, 60],
      [96, 36],
      [86, 24],
    ],
  },
  lunge: {
    head: [58, 12],
    limbs: [
      [58, 18, 58, 42],
      [58, 24, 52, 40],
      [58, 24, 64, 40],
      [58, 42, 78, 46],
      [78, 46, 78, 70],
      [58, 42, 48, 62],
      [48, 62, 32, 68],
    ],
    motion: [
      [94, 40],
      [94, 62],
    ],
  },
  lateralLunge: {
    head: [44, 22],
    limbs: [
      [45, 28, 50, 48],
      [47, 32, 60, 40],
      [50, 48, 34, 54],
      [34, 54, 30, 70],
      [50, 48, 96, 70],
    ],
    motion: [
      [70, 30],
      [36, 30],
    ],
  },
  singleLegSquat: {
    head: [50, 24],
    limbs: [
      [51, 30, 58, 50],
      [53, 34, 74, 36],
      [58, 50, 70, 56],
      [70, 56, 64, 70],
      [58, 50, 96, 50],
    ],
    motion: [
      [30, 34],
      [30, 58],
    ],
  },
  bearCrawl: {
    head: [22, 36],
    limbs: [
      [28, 40, 72, 40],
      [30, 42, 30, 70],
      [36, 42, 38, 70],
      [72, 40, 80, 60],
      [80, 60, 96, 70],
      [70, 40, 76, 60],
      [76, 60, 90, 70],
    ],
    motion: [
      [30, 22],
      [62, 22],
    ],
  },
  birdDog: {
    head: [24, 32],
    limbs: [
      [30, 40, 70, 42],
      [32, 42, 34, 70],
      [30, 41, 6, 42],
      [70, 42, 72, 70],
      [72, 70, 92, 70],
      [70, 42, 108, 40],
    ],
  },
  calfRaise: {
    head: [60, 10],
    limbs: [
      [60, 16, 60, 40],
      [60, 22, 52, 38],
      [60, 22, 68, 38],
      [60, 40, 58, 64],
      [60, 40, 64, 64],
      [58, 64, 54, 70],
      [64, 64, 68, 70],
    ],
    motion: [
      [86, 58],
      [86, 30],
    ],
  },
  bridge: {
    head: [14, 64],
    limbs: [
      [20, 66, 58, 48],
      [58, 48, 76, 52],
      [76, 52, 78, 70],
      [26, 64, 40, 70],
    ],
    motion: [
      [50, 66],
      [50, 36],
    ],
  },
  legSwing: {
    head: [52, 14],
    limbs: [
      [52, 20, 52, 44],
      [52, 26, 32, 28],
      [52, 44, 50, 70],
      [52, 44, 76, 58],
    ],
    prop: [26, 8, 4, 62],
    motion: [
      [66, 70],
      [84, 62],
      [92, 46],
    ],
  },
  stretch: {
    head: [42, 34],
    limbs: [
      [44, 40, 64, 48],
      [46, 42, 34, 62],
      [64, 48, 80, 52],
      [80, 52, 80, 70],
      [64, 48, 52, 64],
      [52, 64, 36, 70],
    ],
  },
} satisfies Record<string, Pose>;

export type PoseName = keyof typeof POSES;

// The pose for each exercise of the library (utils/core/exercises.ts), by its id; three poses where a level is a
// different movement (a level-1 "jump squat" is a squat with a rise onto the toes, a level-1 bicycle crunch the
// dead-bug toe taps). Keyed by id and level, not by the exercise's name: names are shown in the runner's language.
type LevelPoses = PoseName | readonly [PoseName, PoseName, PoseName];
const EXERCISE_POSES: Record<string, LevelPoses> = {
  'jump-squat': ['squat', 'jump', 'jump'],
  'triangle-push-up': 'pushUp',
  'bicycle-crunch': ['legRaise', 'crunch', 'crunch'],
  'forward-lunge': 'lunge',
  'leg-raise': 'legRaise',
  'side-plank-twist': 'sidePlank',
  'single-leg-squat': 'singleLegSquat',
  'bear-crawl': 'bearCrawl',
  'pogo-hops': ['calfRaise', 'jump', 'jump'],
  'switch-lunge': 'lunge',
  'skater-bound': ['lateralLunge', 'jump', 'jump'],
  'single-leg-balance': 'singleLegSquat',
  'step-up': 'singleLegSquat',
  'split-squat': 'lunge',
  'bodyweight-squat': 'squat',
  'lateral-lunge': 'lateralLunge',
  'glute-bridge': 'bridge',
  'bird-dog': 'birdDog',
  'front-plank': 'plank',
  'calf-raise': 'calfRaise',
  'leg-swings': 'legSwing',
  'ankle-rocks': 'stretch',
  'hip-90-90': 'stretch',
  'worlds-greatest-stretch': ['lunge', 'stretch', 'stretch'],
  'open-book': 'stretch',
  'hip-openers': 'legSwing',
  'calf-stretch': 'stretch',
  'hip-flexor-stretch': 'stretch',
  'hamstring-stretch': 'stretch',
  'figure-four-stretch': 'stretch',
};

const BY_PATTERN: Record<ExercisePattern, PoseName> = {
  core: 'plank',
  'single-leg': 'singleLegSquat',
  power: 'jump',
  upper: 'pushUp',
  mobility: 'stretch',
  legs: 'squat',
};

/** The pose for an exercise at a level; an exercise the table does not know is drawn by what it trains. */
export function poseFor(exerciseId: string, level: Level, pattern?: ExercisePattern): PoseName {
  const poses = Object.hasOwn(EXERCISE_POSES, exerciseId) ? EXERCISE_POSES[exerciseId] : undefined;
  if (typeof poses === 'string') return poses;
  if (poses) return poses[level - 1]!;
  return pattern ? BY_PATTERN[pattern] : 'stand';
}

/** Whether the table draws this exercise (the library test holds every exercise to it). */
export function hasPose(exerciseId: string): boolean {
  return Object.hasOwn(EXERCISE_POSES, exerciseId);
}
