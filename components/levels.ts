import type { Level } from '../utils/core/types';

export const LEVEL_TEXT: Record<Level, { name: string; meaning: string }> = {
  1: { name: 'Level 1', meaning: 'New to strength work: mobility and simple bodyweight moves.' },
  2: { name: 'Level 2', meaning: 'At home with bodyweight work: the full runner’s circuit.' },
  3: { name: 'Level 3', meaning: 'Experienced: harder variations and more sets.' },
};

export const LEVELS: Level[] = [1, 2, 3];
