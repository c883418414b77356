// The iCalendar writer: files a standard parser (ical.js) reads back to the same events, in the runner's zone, across
// clock changes, with text that needs escaping and folding.
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsCalendar, type CalendarEvent } from '../../utils/core/ical';
import { parseIcs, physicalLines } from '../support/ical';

const NOW = new Date('2026-12-01T18:19:05.123Z');
const H = 3_600_000;

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: '2026-12-02.plan@hardday',
  startMs: Date.parse('2026-12-02T17:45:00Z'),
  endMs: Date.parse('2026-12-02T20:00:00Z'),
  summary: 'Strength after intervals · strength block, week 2',
  description:
    'Fits after your usual hard run, Wednesday about 18:45; until 21:00.\nSession 2 of 2 this week.',
  ...over,
});

describe('icsCalendar', () => {
  test('a calendar with VERSION, PRODID, a VTIMEZONE and the events with UID, DTSTAMP in UTC and local times', () => {
    const text = icsCalendar({ events: [event()], timeZone: 'Europe/Berlin', now: NOW, name: 'HardDay' });
    const cal = parseIcs(text);
    expect(cal.version).toBe('2.0');
    expect(cal.prodId).toMatch(/HardDay/);
    expect(cal.timeZones).toEqual(['Europe/Berlin']);
    expect(cal.events).toHaveLength(1);
    const [e] = cal.events;
    expect(e).toMatchObject({
      uid: '2026-12-02.plan@hardday',
      summary: 'Strength after intervals · strength block, week 2',
      description: event().description,
      startMs: Date.parse('2026-12-02T17:45:00Z'),
      endMs: Date.parse('2026-12-02T20:00:00Z'),
      tzid: 'Europe/Berlin',
      dtstampUtc: true,
    });
    // Written as the runner's wall clock: 18:45 in Berlin in winter.
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261202T184500\r\n');
    expect(text).toContain('DTSTAMP:20261201T181905Z\r\n');
  });

  test('every physical line ends with CRLF, none longer than 75 octets', () => {
    const long = 'Ö'.repeat(200);
    const lines = physicalLines(
      icsCalendar({ events: [event({ description: long })], timeZone: 'Europe/Berlin', now: NOW }),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(75);
  });

  test.each([
    ['Europe/Berlin', '2027-03-26T16:00:00Z', 'spring forward: Friday +0100, Sunday +0200'],
    ['America/New_York', '2026-10-30T21:00:00Z', 'fall back: Friday -0400, Monday -0500'],
    ['Australia/Sydney', '2026-10-02T07:00:00Z', 'south: summer time starts in October'],
    ['Asia/Kolkata', '2026-12-02T12:30:00Z', 'a half-hour zone without summer time'],
    ['UTC', '2026-12-02T17:00:00Z', 'UTC'],
  ])('%s: each day of a week across %s keeps its instants', (zone, first) => {
    const events = Array.from({ length: 7 }, (_, i) =>
      event({
        uid: `day-${i}@hardday`,
        startMs: Date.parse(first) + i * 24 * H,
        endMs: Date.parse(first) + i * 24 * H + 2 * H,
      }),
    );
    const cal = parseIcs(icsCalendar({ events, timeZone: zone, now: NOW }));
    expect(cal.events.map((e) => [e.uid, e.startMs, e.endMs])).toEqual(
      events.map((e) => [e.uid, e.startMs, e.endMs]),
    );
  });

  test('the VTIMEZONE lists the clock change inside the week, read on the clock before it', () => {
    const start = Date.parse('2027-03-26T16:00:00Z');
    const text = icsCalendar({
      events: [event({ startMs: start, endMs: start + 3 * 24 * H })],
      timeZone: 'Europe/Berlin',
      now: NOW,
    });
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20270325T170000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100',
    );
  });

  test('the same day keeps its UID and a later export has a higher SEQUENCE', () => {
    const first = parseIcs(icsCalendar({ events: [event()], timeZone: 'Europe/Berlin', now: NOW }));
    const later = parseIcs(
      icsCalendar({
        events: [event()],
        timeZone: 'Europe/Berlin',
        now: new Date(NOW.getTime() + 5 * 60_000),
      }),
    );
    expect(later.events[0]!.uid).toBe(first.events[0]!.uid);
    expect(later.events[0]!.sequence).toBeGreaterThan(first.events[0]!.sequence);
  });

  test('text with commas, semicolons, backslashes, newlines, accents and emoji reads back the same', () => {
    const summary = 'Renfo après le fractionné; 6 × 1 km, 3:57/km \\ 💪🏽 Ünd Straße';
    const description = 'Ligne 1, avec virgule;\r\npoint-virgule\nRücken 🏃‍♀️ ok\\n pas un saut';
    const cal = parseIcs(
      icsCalendar({ events: [event({ summary, description })], timeZone: 'Europe/Paris', now: NOW }),
    );
    expect(cal.events[0]!.summary).toBe(summary);
    expect(cal.events[0]!.description).toBe(description.replace(/\r\n/g, '\n'));
  });

  test('an empty or reversed window is no event; an empty calendar is still valid', () => {
    const at = Date.parse('2026-12-02T17:00:00Z');
    const cal = parseIcs(
      icsCalendar({
        events: [event({ startMs: at, endMs: at }), event({ startMs: at, endMs: at - H })],
        timeZone: 'Europe/Berlin',
        now: NOW,
      }),
    );
    expect(cal.events).toEqual([]);
    expect(cal.timeZones).toEqual([]);
  });
});

describe('escapeText and foldLine', () => {
  test('escapes \\ ; , and newlines, drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  test('folds at 75 octets and never inside a character', () => {
    const line = `SUMMARY:${'€'.repeat(40)}`; // 8 + 120 octets
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.map((p) => Buffer.byteLength(p))).toEqual([74, 55]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  test('a line of exactly 75 octets stays whole', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });
});
