// "Add to calendar" from a real week plan (the core plans it, the view model cuts it): the file a calendar app reads
// holds one event per planned session with its window, its name in the runner's language and why and what in the
// runner's units; UIDs stay the same from one export to the next, and today's file is the week's today event.
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../core';
import type { StoredState } from '../store/snapshot';
import { weekPlanModel } from '../views/week-plan-view';
import { english } from '../../test/support/english';
import { useLocale } from '../../test/support/i18n';
import { parseIcs } from '../../test/support/ical';
import { MINUTE, NOW, ZONE, tempo } from '../../test/support/evening-tempo';
import { recordExport } from '../core/calendar-ledger';
import { calendarUid, todayCalendarFile, weekCalendarFile } from './calendar-file';

const state: StoredState = {
  settings: {
    ...DEFAULT_SETTINGS,
    level: 2,
    usualWeek: ['long', 'easy', 'hard', 'hard', 'hard', 'rest', 'easy'],
  },
  prefs: {} as StoredState['prefs'],
  runs: [tempo],
  log: [],
  overrides: {},
};

const plan = weekPlanModel(state, NOW, ZONE);
/** How many days a file takes back. */
const cancelledIn = (file: { text: string }) =>
  parseIcs(file.text).events.filter((e) => e.status === 'CANCELLED').length;
/** An export with nothing handed out before. */
const at = (nowMs: number) => ({ ledger: [], nowMs });
const planned = plan.days.filter((d) => d.session && d.until);

describe('the week’s calendar file', () => {
  test('one event per planned session, in the runner’s zone, named and explained', () => {
    const file = weekCalendarFile(plan, (m) => english(m), at(NOW))!;
    expect(file.fileName).toBe('hardday-week-2026-09-16.ics');
    const cal = parseIcs(file.text);
    expect(cal.timeZones).toEqual([ZONE]);
    expect(planned.length).toBe(3);
    expect(file.events).toBe(3);
    expect(cal.events.map((e) => e.uid)).toEqual(planned.map((d) => calendarUid(d.date)));
    // Today's window is open now: it starts at this minute and ends when the window closes.
    const [today, sunday] = cal.events;
    expect(today!.startMs).toBe(NOW);
    expect(today!.endMs).toBe(Date.parse(planned[0]!.until!));
    expect(today!.summary).toMatch(/^Strength after /);
    expect(sunday!.startMs).toBe(Date.parse(planned[1]!.from!));
    expect(sunday!.summary).toMatch(/^Core and upper body after your long run/);
    // Why (the plan's own reasons), what (focus and length) and how to use it.
    expect(sunday!.description).toContain(english(planned[1]!.reasons[0]!));
    expect(sunday!.description).toMatch(/\. About \d+ min\./);
    expect(sunday!.description).toContain('open HardDay');
    for (const e of cal.events) expect(e.tzid).toBe(ZONE);
  });

  test('the same days keep their UIDs in a later export; what did not change keeps its SEQUENCE', () => {
    const later = NOW + 20 * MINUTE;
    const firstFile = weekCalendarFile(plan, (m) => english(m), at(NOW))!;
    const first = parseIcs(firstFile.text);
    const ledger = recordExport([], firstFile.exported, NOW);
    const again = parseIcs(
      weekCalendarFile(weekPlanModel(state, later, ZONE), (m) => english(m), { ledger, nowMs: later })!.text,
    );
    expect(again.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    // Today's window is open: it now starts 20 minutes later, a change. The days ahead are the same events.
    expect(again.events[0]!.sequence).toBeGreaterThan(first.events[0]!.sequence);
    expect(again.events.slice(1).map((e) => e.sequence)).toEqual(
      first.events.slice(1).map((e) => e.sequence),
    );
  });

  test('a day the plan no longer holds comes back cancelled, named and explained', () => {
    const firstFile = weekCalendarFile(plan, (m) => english(m), at(NOW))!;
    const ledger = recordExport([], firstFile.exported, NOW);
    const sunday = planned[1]!;
    // The plan moves Sunday's session to Monday.
    const moved = {
      ...plan,
      days: plan.days.map((d) =>
        d.date === sunday.date
          ? { ...d, slot: 'mobility' as const, from: undefined, until: undefined, session: undefined }
          : d.date === '2026-09-21'
            ? {
                ...d,
                slot: 'strength' as const,
                from: '2026-09-21T16:00:00.000Z',
                until: '2026-09-21T19:00:00.000Z',
                session: sunday.session,
                reasons: sunday.reasons,
              }
            : d,
      ),
    };
    const file = weekCalendarFile(moved, (m) => english(m), { ledger, nowMs: NOW + MINUTE })!;
    expect(file.events).toBe(3);
    expect(cancelledIn(file)).toBe(1);
    const cal = parseIcs(file.text);
    const cancelled = cal.events.find((e) => e.uid === calendarUid(sunday.date))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.summary).toMatch(/^Cancelled: Core and upper body after your long run/);
    expect(cancelled.description).toBe('HardDay no longer plans this session on this day.');
    expect(cancelled.startMs).toBe(Date.parse(sunday.from!));
    expect(cancelled.sequence).toBeGreaterThan(parseIcs(firstFile.text).events[1]!.sequence);
    expect(cal.events.find((e) => e.uid === calendarUid('2026-09-21'))!.status).toBe('CONFIRMED');
    // A day whose session is done keeps its event: the file does not speak for it.
    const done = {
      ...plan,
      days: plan.days.map((d) =>
        d.date === sunday.date ? { ...d, slot: 'done' as const, until: undefined, session: undefined } : d,
      ),
    };
    expect(cancelledIn(weekCalendarFile(done, (m) => english(m), { ledger, nowMs: NOW + MINUTE })!)).toBe(0);
  });

  test('why is said by the page’s speaker (the runner’s units and language), each reason a sentence', () => {
    const cal = parseIcs(weekCalendarFile(plan, (m) => `<${m.key}>`, at(NOW))!.text);
    cal.events.forEach((event, i) => {
      const lines = event.description!.split('\n');
      expect(lines.slice(0, -2)).toEqual(planned[i]!.reasons.map((r) => `<${r.key}>.`));
    });
  });

  test('in French: the session’s name and the lines around it', () => {
    useLocale('fr-FR');
    const cal = parseIcs(weekCalendarFile(plan, (m) => m.key, at(NOW))!.text);
    expect(cal.events[1]!.summary).toMatch(/sortie longue/);
    expect(cal.events[1]!.description).toMatch(/Environ \d+ min\./);
    expect(cal.events[1]!.description).toContain('ouvrez HardDay');
  });
});

describe('today’s window alone', () => {
  test('a single event with the week’s UID for today', () => {
    const file = todayCalendarFile(plan, (m) => english(m), at(NOW))!;
    expect(file.fileName).toBe('hardday-2026-09-16.ics');
    const cal = parseIcs(file.text);
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]!.uid).toBe(calendarUid('2026-09-16'));
  });

  test('today’s file, then the week’s: today is one event in both, and today’s file takes back no other day', () => {
    const weekFile = weekCalendarFile(plan, (m) => english(m), at(NOW))!;
    let ledger = recordExport([], weekFile.exported, NOW);
    const sunday = planned[1]!;
    const withoutSunday = {
      ...plan,
      days: plan.days.map((d) =>
        d.date === sunday.date ? { ...d, until: undefined, session: undefined } : d,
      ),
    };
    const todayFile = todayCalendarFile(withoutSunday, (m) => english(m), { ledger, nowMs: NOW })!;
    expect(cancelledIn(todayFile)).toBe(0);
    ledger = recordExport(ledger, todayFile.exported, NOW);
    const week = parseIcs(weekCalendarFile(withoutSunday, (m) => english(m), { ledger, nowMs: NOW })!.text);
    const [today] = parseIcs(todayFile.text).events;
    expect(week.events.filter((e) => e.uid === today!.uid)).toEqual([today]);
    expect(week.events.find((e) => e.uid === calendarUid(sunday.date))!.status).toBe('CANCELLED');
  });

  test('none once today’s window has closed, nor on a day without one', () => {
    const closed = Date.parse(planned[0]!.until!) + MINUTE;
    expect(todayCalendarFile(plan, (m) => english(m), at(closed))).toBeNull();
    const restDay = {
      ...plan,
      days: plan.days.map((d) =>
        d.isToday ? { ...d, slot: 'mobility' as const, until: undefined, session: undefined } : d,
      ),
    };
    expect(todayCalendarFile(restDay, (m) => english(m), at(NOW))).toBeNull();
    // The week's file still holds the days ahead.
    expect(weekCalendarFile(restDay, (m) => english(m), at(NOW))!.events).toBe(2);
  });

  test('no plan with a session: no file', () => {
    const empty = { ...plan, days: plan.days.map((d) => ({ ...d, session: undefined })) };
    expect(weekCalendarFile(empty, (m) => english(m), at(NOW))).toBeNull();
  });
});
