// Properties of the iCalendar writer over random text, zones and weeks of windows (two years of clock changes): whatever the text, a standard parser
// (ical.js) reads back the same summary, description, UID and instants, and no physical line is longer than 75
// octets or splits a UTF-8 character.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { icsCalendar } from '../../utils/core/ical';
import { parseIcs } from '../support/ical';

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];
const YEAR_2026 = Date.parse('2026-01-01T00:00:00Z');
const MINUTE = 60_000;

/** Text full of what needs escaping or careful folding, mixed with any grapheme. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', 'é', 'ß', '€', '𝄞', '💪🏽', '🏃‍♀️', '\\n', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
  size: 'max',
});

/** What TEXT can carry: one kind of line break, no other control characters. */
const expected = (value: string) =>
  value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex

test('text, UID and instants survive writing and parsing; lines stay within 75 octets', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: 0, max: 2 * 365 }),
      fc.array(
        fc.record({
          startMinute: fc.integer({ min: 0, max: 8 * 24 * 60 }),
          minutes: fc.integer({ min: 20, max: 6 * 60 }),
          summary: text,
          description: text,
        }),
        { minLength: 1, maxLength: 7 },
      ),
      (zone, day, drawn) => {
        const base = YEAR_2026 + day * 24 * 60 * MINUTE;
        const events = drawn.map((d, i) => ({
          uid: `2026-${i}.plan@hardday`,
          startMs: base + d.startMinute * MINUTE,
          endMs: base + (d.startMinute + d.minutes) * MINUTE,
          summary: d.summary,
          description: d.description,
        }));
        const cal = parseIcs(icsCalendar({ events, timeZone: zone, now: new Date(YEAR_2026) }));
        expect(cal.events.map((e) => [e.uid, e.startMs, e.endMs, e.summary, e.description ?? ''])).toEqual(
          events.map((e) => [e.uid, e.startMs, e.endMs, expected(e.summary), expected(e.description)]),
        );
      },
    ),
    { numRuns: 200 },
  );
});
