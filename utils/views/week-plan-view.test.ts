import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, planDay, type Run } from '../core';
import { usualWeekSuggestion, weekPlanModel } from './week-plan-view';
import type { StoredState } from '../store/snapshot';
import { english } from '../../test/support/english';

const ZONE = 'Europe/Berlin';
const HOUR = 3_600_000;
// Wednesday 2026-09-16, 18:30 local: the tempo run ended at 18:00.
const NOW = Date.parse('2026-09-16T16:30:00Z');

function state(runs: Run[], usualWeek?: StoredState['settings']['usualWeek']): StoredState {
  return {
    settings: { ...DEFAULT_SETTINGS, level: 2, ...(usualWeek ? { usualWeek } : {}) },
    prefs: {} as StoredState['prefs'],
    runs,
    log: [],
    overrides: {},
  };
}

const tempo: Run = {
  source: 'strava',
  id: '1',
  title: 'Tempo 3x10',
  sport: 'run',
  start: new Date(NOW - 90 * 60_000).toISOString(),
  elapsedS: 60 * 60,
  distanceM: 12_000,
  tags: { workout: true },
};

describe('the week plan as the popup gets it', () => {
  test('today’s open window has no start (it is open now), only its close; days carry at most three reasons', () => {
    const usual: StoredState['settings']['usualWeek'] = [
      'long',
      'easy',
      'hard',
      'hard',
      'hard',
      'rest',
      'easy',
    ];
    const view = weekPlanModel(state([tempo], usual), NOW, ZONE);
    expect(view.usualSource).toBe('settings');
    expect(view.days).toHaveLength(7);
    const today = view.days[0]!;
    expect(today).toMatchObject({ date: '2026-09-16', isToday: true, slot: 'strength', usual: 'hard' });
    expect(today.from).toBeUndefined();
    expect(Date.parse(today.until!)).toBe(NOW - 30 * 60_000 + 3 * HOUR);
    expect(today.after).toEqual({ source: 'actual', kind: 'intervals' });
    for (const day of view.days) expect(day.reasons.length).toBeLessThanOrEqual(3);
    // Thursday is a usual hard day, but 48 h from tonight's session rule it out; Sunday's long run and next
    // Tuesday's hard run take the next ones.
    expect(view.days.map((d) => d.slot)).toEqual([
      'strength',
      'mobility',
      'mobility',
      'mobility',
      'strength',
      'mobility',
      'strength',
    ]);
    expect(english(view.days[1]!.reasons[0]!)).toContain('leave 48 h between sessions');
    // The view carries no run and no log, and of each planned session only its name, focus and length: what the list
    // and the calendar file need.
    expect(JSON.stringify(view).length).toBeLessThan(5000);
    expect(view.timeZone).toBe(ZONE);
    expect(view.days.map((d) => d.session?.id.replace(/-w\d+/, ''))).toEqual([
      's2-L2-intervals-strength',
      undefined,
      undefined,
      undefined,
      's2-L2-long-strength',
      undefined,
      's2-L2-hard-strength',
    ]);
    // Today's is the session the popup offers now.
    expect(view.days[0]!.session!.id).toBe(
      (
        planDay({ ...state([tempo], usual), now: new Date(NOW), timeZone: ZONE }) as {
          session: { id: string };
        }
      ).session.id,
    );
    expect(view.days[4]!.session).toMatchObject({ title: { kind: 'training.title.long' } });
    expect(view.days[4]!.session!.minutes).toBeGreaterThan(10);
  });

  test('the suggestion for the editor: nothing to learn without runs', () => {
    expect(usualWeekSuggestion(state([]), NOW, ZONE)).toEqual({ days: Array(7).fill('rest'), weeks: 0 });
    expect(usualWeekSuggestion(state([tempo]), NOW + 24 * HOUR, ZONE).weeks).toBe(1);
  });
});
