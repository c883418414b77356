import { describe, expect, it } from 'vitest';
import type { Advice, Run } from '../core/types';
import { ALARM, badgeText, reminderPlan, titleText } from './reminder-plan';
import { msg } from '../core/message';

const run: Run = {
  source: 'garmin',
  id: '1',
  title: 'Track 8×800',
  sport: 'run',
  start: '2026-05-05T06:00:00Z',
  elapsedS: 3600,
};
const now = Date.parse('2026-05-05T07:30:00Z');
const strength = (windowEnds: string): Advice => ({
  kind: 'strength',
  run,
  windowEnds,
  reasons: [msg('advice.coachNote')],
  session: {
    id: 's',
    title: { kind: 'training.title.intervals' },
    focus: 'training.focus.power',
    level: 2,
    minutes: 25,
    items: [],
  },
});
const prefs = { reminders: true, reminderMinutesBefore: 30 };

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-5, ''],
    [59_000, '1m'],
    [45 * 60_000, '45m'],
    [60 * 60_000, '1:00'],
    [(2 * 60 + 14) * 60_000 + 1, '2:15'],
  ])('%d ms left → %s', (ms, text) => expect(badgeText(ms)).toBe(text));
});

describe('titleText', () => {
  it.each([
    [0, 'HardDay'],
    [-5, 'HardDay'],
    [Number.NaN, 'HardDay'],
    [59_000, 'Strength window: 1 min left'],
    [45 * 60_000, 'Strength window: 45 min left'],
    [60 * 60_000, 'Strength window: 1 h left'],
    [(2 * 60 + 14) * 60_000, 'Strength window: 2 h 14 min left'],
    [(2 * 60 + 13) * 60_000 + 1, 'Strength window: 2 h 14 min left'],
  ])('%d ms left → %s', (ms, text) => expect(titleText(ms)).toBe(text));

  it('says in words the same hours and minutes the badge shows', () => {
    for (let ms = 1; ms < 6 * 3_600_000; ms += 37_003) {
      const badge = badgeText(ms);
      const [, h = '0', m] = /^(?:(\d+):)?(\d+)m?$/.exec(badge) ?? [];
      const words = /: (?:(\d+) h)? ?(?:(\d+) min)? left$/.exec(titleText(ms));
      expect(words, titleText(ms)).not.toBeNull();
      expect([Number(words?.[1] ?? 0), Number(words?.[2] ?? 0)]).toEqual([Number(h), Number(m)]);
    }
  });
});

describe('reminderPlan', () => {
  it('schedules a tick, the window end and a reminder 30 min before it closes', () => {
    const plan = reminderPlan(strength('2026-05-05T10:00:00Z'), now, prefs);
    expect(plan.badge).toBe('2:30');
    expect(plan.title).toBe('Strength window: 2 h 30 min left');
    expect(plan.alarms).toEqual([
      { name: ALARM.tick, when: now + 60_000, periodInMinutes: 1 },
      { name: ALARM.windowEnd, when: Date.parse('2026-05-05T10:00:00Z') },
      { name: ALARM.reminder, when: Date.parse('2026-05-05T09:30:00Z') },
    ]);
  });

  it('skips the reminder when reminders are off or its time has passed', () => {
    expect(
      reminderPlan(strength('2026-05-05T10:00:00Z'), now, { ...prefs, reminders: false }).alarms.map(
        (a) => a.name,
      ),
    ).not.toContain(ALARM.reminder);
    expect(
      reminderPlan(strength('2026-05-05T07:50:00Z'), now, prefs).alarms.map((a) => a.name),
    ).not.toContain(ALARM.reminder);
  });

  it('clears everything outside a window', () => {
    const idle = { badge: '', title: 'HardDay', alarms: [] };
    expect(
      reminderPlan({ kind: 'easy-day', run, reasons: [msg('advice.keepEasyDaysEasy')] }, now, prefs),
    ).toEqual(idle);
    expect(reminderPlan(strength('2026-05-05T07:00:00Z'), now, prefs)).toEqual(idle);
  });
});
