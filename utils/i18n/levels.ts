import type { Level } from '../core/types';
import { t } from './index';

/** "Level 2" in the runner's language. */
export const levelName = (level: Level): string => t('level.name', { level });

/** One line on what the level means. */
export function levelMeaning(level: Level): string {
  return level === 1 ? t('level.meaning1') : level === 2 ? t('level.meaning2') : t('level.meaning3');
}

export const LEVELS: Level[] = [1, 2, 3];
