import { describe, expect, test } from 'vitest';
import { classifyRun } from '../../utils/core';
import { CORPUS } from './corpus';
import { englishAll } from '../support/english';

describe('classifyRun on the labelled corpus', () => {
  test('the corpus is big and varied enough', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(90);
    const kinds = new Set(CORPUS.map((c) => c.expect.kind));
    expect([...kinds].sort()).toEqual(['easy', 'hills', 'intervals', 'long', 'race', 'recovery', 'tempo']);
    const sources = new Set(CORPUS.map((c) => c.run.source));
    expect([...sources].sort()).toEqual(['garmin', 'manual', 'strava']);
    expect(CORPUS.some((c) => c.run.sport === 'treadmill_run')).toBe(true);
    expect(CORPUS.some((c) => c.run.sport === 'trail_run' && (c.run.elevationGainM ?? 0) >= 500)).toBe(true);
  });

  test.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = classifyRun(c.run, c.recent, c.profile);
    expect({ effort: result.effort, kind: result.kind }).toEqual({
      effort: c.expect.effort,
      kind: c.expect.kind,
    });
    if (c.expect.confidence) expect(result.confidence).toBe(c.expect.confidence);
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of englishAll(result.reasons)) {
      expect(reason.trim().length).toBeGreaterThan(5);
      // Every placeholder filled and every key known: no "{pace}" or "reason.intervals" shown to a runner.
      expect(reason).not.toMatch(/\{\w+\}|\b(reason|advice|phase|unit|time)\.\w+/);
    }
    if (c.expect.askFeltHard !== undefined) expect(result.askFeltHard ?? false).toBe(c.expect.askFeltHard);
    if (c.expect.reasonIncludes)
      expect(englishAll(result.reasons).join('\n')).toContain(c.expect.reasonIncludes);
    // A pace is only ever shown for laps that have a distance: no "30:00/km" made up from zero metres.
    expect(englishAll(result.reasons).join('\n')).not.toMatch(/30:00\/km/);
  });
});
