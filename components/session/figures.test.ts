import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../utils/core/exercises';
import { hasPose, poseFor } from './figures';

describe('poseFor', () => {
  it('draws the level’s own movement, not only the exercise it stands in for', () => {
    // Level 1 of the jump squat is a squat with a rise onto the toes; of the bicycle crunch, dead-bug toe taps.
    expect(poseFor('jump-squat', 1)).toBe('squat');
    expect(poseFor('jump-squat', 3)).toBe('jump');
    expect(poseFor('bicycle-crunch', 1)).toBe('legRaise');
    expect(poseFor('bicycle-crunch', 2)).toBe('crunch');
    expect(poseFor('pogo-hops', 1)).toBe('calfRaise');
    expect(poseFor('skater-bound', 1)).toBe('lateralLunge');
    expect(poseFor('lateral-lunge', 3)).toBe('lateralLunge');
    expect(poseFor('calf-stretch', 2)).toBe('stretch');
  });

  it('has a drawing for every exercise of the library', () => {
    expect(EXERCISES.filter((e) => !hasPose(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('draws an exercise it does not know by what it trains, else standing', () => {
    expect(poseFor('mystery', 2, 'upper')).toBe('pushUp');
    expect(poseFor('mystery', 2)).toBe('stand');
    expect(poseFor('__proto__', 1)).toBe('stand');
  });
});
