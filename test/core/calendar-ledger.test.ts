// The calendar ledger: a session the plan moves or drops is taken back in the next file (its UID again, cancelled,
// with a higher SEQUENCE), a past day never is, and a file downloaded twice is the same file. Every file is read back
// with ical.js, and a property imports whole sequences of files into a calendar that keeps the highest SEQUENCE per
// UID, as calendar apps do.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import '../support/fast-check-seed';
import {
  calendarExport,
  recordExport,
  type ExportInput,
  type ExportedEvent,
  type PlannedEvent,
} from '../../utils/core/calendar-ledger';
import { icsCalendar } from '../../utils/core/ical';
import { parseIcs, type ParsedEvent } from '../support/ical';

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Monday 2026-09-14, 08:00 in Berlin (06:00 UTC).
const MONDAY = Date.parse('2026-09-14T06:00:00Z');
const DATES = [
  '2026-09-14',
  '2026-09-15',
  '2026-09-16',
  '2026-09-17',
  '2026-09-18',
  '2026-09-19',
  '2026-09-20',
];

/** A session on day `i` of the week (0 = Monday) at 18:30 Berlin time, 45 minutes. */
function session(i: number, over: Partial<PlannedEvent> = {}): PlannedEvent {
  const startMs = Date.parse(`${DATES[i]}T16:30:00Z`);
  return {
    uid: `${DATES[i]}.strength@hardday.app`,
    date: DATES[i]!,
    startMs,
    endMs: startMs + 45 * MINUTE,
    summary: 'Strength after your hard run',
    description: 'About 20 min.',
    ...over,
  };
}

/** The local date of an instant in Berlin. */
const dateOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(ms);

/** One week's file at `nowMs`, covering the 7 days from its own date. */
function exportWeek(ledger: readonly ExportedEvent[], planned: PlannedEvent[], nowMs: number) {
  const today = dateOf(nowMs);
  const covers = Array.from({ length: 7 }, (_, i) => dateOf(nowMs + i * DAY));
  const input: ExportInput = { ledger, planned, covers, nowMs, today };
  const plan = calendarExport(input);
  const text = icsCalendar({ events: plan.events, timeZone: ZONE, now: new Date(nowMs) });
  return { plan, cal: parseIcs(text), text, ledger: recordExport(ledger, plan.exported, nowMs) };
}

const byUid = (events: ParsedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('a later file takes back what the plan no longer holds', () => {
  test('moved Tuesday → Thursday: Thursday planned, Tuesday cancelled with a higher SEQUENCE', () => {
    const first = exportWeek([], [session(1), session(5)], MONDAY);
    const later = MONDAY + 3 * HOUR;
    const second = exportWeek(first.ledger, [session(3), session(5)], later);
    const events = byUid(second.cal.events);
    expect([...events.keys()]).toEqual([session(3).uid, session(5).uid, session(1).uid]);
    const tuesday = events.get(session(1).uid)!;
    expect(tuesday.status).toBe('CANCELLED');
    expect(tuesday.sequence).toBeGreaterThan(byUid(first.cal.events).get(session(1).uid)!.sequence);
    expect(tuesday.summary).toBe(session(1).summary);
    expect(tuesday.startMs).toBe(session(1).startMs);
    expect(events.get(session(3).uid)!.status).toBe('CONFIRMED');
    // Saturday did not change: the same SEQUENCE as in the first file.
    expect(events.get(session(5).uid)!.sequence).toBe(byUid(first.cal.events).get(session(5).uid)!.sequence);
    expect(second.text).toContain('STATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\n');
  });

  test('dropped: the day comes back cancelled, and keeps coming back the same until it is over', () => {
    const first = exportWeek([], [session(2)], MONDAY);
    const second = exportWeek(first.ledger, [session(4)], MONDAY + HOUR);
    const third = exportWeek(second.ledger, [session(4)], MONDAY + 2 * HOUR);
    const cancelled2 = byUid(second.cal.events).get(session(2).uid)!;
    const cancelled3 = byUid(third.cal.events).get(session(2).uid)!;
    expect(cancelled2.status).toBe('CANCELLED');
    expect(cancelled3).toEqual(cancelled2);
    // Planned again on Wednesday: confirmed, above the cancellation.
    const fourth = exportWeek(third.ledger, [session(2), session(4)], MONDAY + 3 * HOUR);
    const back = byUid(fourth.cal.events).get(session(2).uid)!;
    expect(back.status).toBe('CONFIRMED');
    expect(back.sequence).toBeGreaterThan(cancelled3.sequence);
  });

  test('unchanged re-export: the same events with the same SEQUENCE; a changed one goes up', () => {
    const first = exportWeek([], [session(1), session(3)], MONDAY);
    const again = exportWeek(first.ledger, [session(1), session(3)], MONDAY + 5 * HOUR);
    expect(again.cal.events.map((e) => [e.uid, e.sequence])).toEqual(
      first.cal.events.map((e) => [e.uid, e.sequence]),
    );
    const retimed = session(3, { startMs: session(3).startMs + HOUR, endMs: session(3).endMs + HOUR });
    const changedAt = MONDAY + 5 * HOUR + 30_000;
    const third = exportWeek(again.ledger, [session(1), retimed], changedAt);
    const [tue, thu] = third.cal.events;
    expect(tue!.sequence).toBe(first.cal.events[0]!.sequence);
    // A change takes the export's minute.
    expect(thu!.sequence).toBe(Math.floor(changedAt / MINUTE));
    // Another change within the same minute: still one higher.
    const fourth = exportWeek(
      third.ledger,
      [session(1), { ...retimed, summary: 'Core' }],
      changedAt + 10_000,
    );
    expect(fourth.cal.events[1]!.sequence).toBe(thu!.sequence + 1);
    expect(thu!.startMs).toBe(retimed.startMs);
  });

  test('a past day is never cancelled, nor today’s event once it is over', () => {
    const first = exportWeek([], [session(0), session(1)], MONDAY);
    // Tuesday 20:00: Monday is past, Tuesday's 18:30 session is over; neither is in the plan any more.
    const tuesdayEvening = Date.parse('2026-09-15T18:00:00Z');
    const second = exportWeek(first.ledger, [session(4)], tuesdayEvening);
    expect(second.cal.events.map((e) => e.uid)).toEqual([session(4).uid]);
    // And both are forgotten: nothing over is kept.
    expect(second.ledger.map((e) => e.uid)).toEqual([session(4).uid]);
  });

  test('a file that speaks for today only cancels no other day', () => {
    const first = exportWeek([], [session(0), session(2)], MONDAY);
    const todayOnly = calendarExport({
      ledger: first.ledger,
      planned: [session(0)],
      covers: [DATES[0]!],
      nowMs: MONDAY + HOUR,
      today: DATES[0]!,
    });
    expect(todayOnly.events.map((e) => [e.uid, e.cancelled])).toEqual([[session(0).uid, false]]);
    // And its event is the week's: the same SEQUENCE, so downloading both leaves one event.
    expect(todayOnly.events[0]!.sequence).toBe(first.plan.events[0]!.sequence);
  });

  test('without a ledger (a reset, another browser) a change still goes above an earlier file', () => {
    const first = exportWeek([], [session(2)], MONDAY);
    const fresh = exportWeek([], [session(2, { summary: 'Core after your long run' })], MONDAY + MINUTE);
    expect(fresh.cal.events[0]!.sequence).toBeGreaterThan(first.cal.events[0]!.sequence);
  });
});

describe('recordExport', () => {
  test('replaces by UID, forgets what is over, keeps the ledger bounded', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({
      uid: `u${i}`,
      date: '2026-09-20',
      startMs: MONDAY + i * HOUR,
      endMs: MONDAY + i * HOUR + MINUTE,
      summary: 's',
      sequence: 1,
      digest: 'd',
      cancelled: false,
    }));
    const kept = recordExport([], events, MONDAY + 2 * HOUR);
    expect(kept).toHaveLength(31);
    expect(kept[0]!.uid).toBe('u9');
    const replaced = recordExport(kept, [{ ...kept[0]!, sequence: 5 }], MONDAY);
    expect(replaced.find((e) => e.uid === 'u9')!.sequence).toBe(5);
    expect(replaced).toHaveLength(31);
  });
});

describe('property: importing every file in order leaves exactly the last plan’s sessions ahead', () => {
  /** A plan: for each of the 7 days ahead, no session or one at a start hour (6–21) of 20–90 minutes. */
  const planArb = fc.array(
    fc.option(
      fc.record({ hour: fc.integer({ min: 6, max: 21 }), minutes: fc.integer({ min: 20, max: 90 }) }),
      {
        nil: undefined,
      },
    ),
    { minLength: 7, maxLength: 7 },
  );
  /** Exports at increasing times: minutes to 2 days apart, some in the same minute. */
  const stepsArb = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 2 * 24 * 60 }), fc.integer({ min: 0, max: 59 }), planArb),
    {
      minLength: 1,
      maxLength: 6,
    },
  );

  test('a calendar keeping the highest SEQUENCE per UID shows the last plan, nothing else', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        let ledger: ExportedEvent[] = [];
        let nowMs = MONDAY;
        let last: PlannedEvent[] = [];
        const calendar = new Map<string, ParsedEvent>();
        for (const [minutes, seconds, days] of steps) {
          nowMs += minutes * MINUTE + seconds * 1000;
          const midnight = Date.parse(`${dateOf(nowMs)}T00:00:00Z`) - 2 * HOUR;
          const planned = days.flatMap((slot, i) => {
            if (!slot) return [];
            const date = dateOf(nowMs + i * DAY);
            const startMs = midnight + i * DAY + slot.hour * HOUR;
            const endMs = startMs + slot.minutes * MINUTE;
            if (endMs <= nowMs) return [];
            const event: PlannedEvent = {
              uid: `${date}.strength@hardday.app`,
              date,
              startMs,
              endMs,
              summary: `Strength at ${slot.hour}`,
            };
            return [event];
          });
          const file = exportWeek(ledger, planned, nowMs);
          for (const event of file.cal.events) {
            const held = calendar.get(event.uid);
            // Same SEQUENCE means the same event: the policy never reuses one for different content.
            if (held && held.sequence === event.sequence) expect(event).toEqual(held);
            if (!held || event.sequence > held.sequence) calendar.set(event.uid, event);
          }
          ledger = file.ledger;
          last = planned;
        }
        const ahead = [...calendar.values()]
          .filter((e) => e.status !== 'CANCELLED' && e.endMs > nowMs)
          .map((e) => [e.uid, e.startMs, e.endMs])
          .sort();
        expect(ahead).toEqual(last.map((e) => [e.uid, e.startMs, e.endMs]).sort());
      }),
      { numRuns: 100 },
    );
  });
});
