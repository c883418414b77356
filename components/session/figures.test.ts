import { describe, expect, it } from 'vitest';
import { poseFor } from './figures';

describe('poseFor', () => {
  it('draws the level’s own variant, not only the exercise it stands in for', () => {
    expect(poseFor('jump-squat', 'Squat with a rise onto the toes')).toBe('squat');
    expect(poseFor('jump-squat', 'Tuck jump')).toBe('jump');
    expect(poseFor('bicycle-crunch', 'Dead-bug toe taps')).toBe('legRaise');
    expect(poseFor('single-leg-squat', 'Single-leg sit-to-stand from a high box')).toBe('singleLegSquat');
    expect(poseFor('lateral-lunge', 'Cossack squat')).toBe('lateralLunge');
    expect(poseFor('calf-stretch', 'Wall calf stretch')).toBe('stretch');
    expect(poseFor('calf-raise', 'Two-leg calf raise, hand on a wall')).toBe('calfRaise');
  });

  it('falls back to the id, then to what the exercise trains, then to standing', () => {
    expect(poseFor('side-plank-twist', 'Something new')).toBe('sidePlank');
    expect(poseFor('open-book', 'Side-lying open book', 'mobility')).toBe('stretch');
    expect(poseFor('mystery', 'Mystery move', 'upper')).toBe('pushUp');
    expect(poseFor('mystery', 'Mystery move')).toBe('stand');
  });
});
