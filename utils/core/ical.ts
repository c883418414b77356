// A small iCalendar (RFC 5545) writer for "Add to calendar": the planned strength sessions as timed events in the
// runner's own time zone. Written here rather than taken from a library: the smallest well-kept one
// (ical-generator) is about 9 KB gzipped without a VTIMEZONE generator, more than the popup's budget leaves
// (docs/decisions/0009-own-icalendar-writer.md). Tests parse every file with ical.js (test/core/ical*.test.ts).
//
// What makes the file valid and useful:
// - CRLF line endings, lines folded at 75 octets of UTF-8, never inside a character (RFC 5545 3.1);
// - TEXT values escaped: backslash, semicolon, comma and newlines (3.3.11); other control characters dropped;
// - times as local wall clock with TZID and a VTIMEZONE built from Intl for the span of the events, so a calendar
//   shows "18:30" where the runner is, and an event after a clock change keeps its local time (3.2.19, 3.6.5);
// - a UID per planned day that the caller keeps stable, and a SEQUENCE that grows when the event changes, so importing
//   the file again updates the day's event instead of adding a second one (the caller's ledger decides it, see
//   calendar-ledger.ts; without one, the minute of the export); STATUS:CANCELLED takes back a day the plan dropped;
// - DTSTAMP in UTC (3.8.7.2).

import { zoneOffsetMs } from './time';

export interface CalendarEvent {
  /** Stable for the same planned day: a new export replaces the event instead of adding one. */
  uid: string;
  startMs: number;
  endMs: number;
  summary: string;
  description?: string;
  /** RFC 5545 3.8.7.4; the minute of the export when not given. */
  sequence?: number;
  /** Written with STATUS:CANCELLED (and free time): a calendar that holds the UID takes the event back. */
  cancelled?: boolean;
}

export interface CalendarInput {
  events: readonly CalendarEvent[];
  /** IANA zone the times are written in; unknown zones fall back to UTC (see `safeTimeZone`). */
  timeZone: string;
  /** When the file is made: DTSTAMP and SEQUENCE. */
  now: Date;
  /** The calendar's name shown by some apps (X-WR-CALNAME). */
  name?: string;
}

export const ICS_MIME = 'text/calendar;charset=utf-8';
const PRODID = '-//HardDay//Strength after hard runs//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** TEXT value escaping (RFC 5545 3.3.11): \ ; , and newlines; other control characters are not allowed in TEXT. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing the control characters TEXT may not hold
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * One content line folded at 75 octets: each continuation starts with a space (which counts toward its 75), and a
 * break never falls inside a UTF-8 character (the loop walks whole code points).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE-TIME form: 20261203T183000, with Z when `utc`. The instant is taken at whole seconds. */
function dateTime(wallMs: number, utc = false): string {
  const d = new Date(Math.floor(wallMs / 1000) * 1000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`
  );
}

/** UTC-OFFSET form: +0100, -0330, +053328 when seconds are not whole minutes. */
function utcOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}

/** A parameter value is quoted when it holds a character that would end it (RFC 5545 3.2). */
const paramValue = (value: string) => (/[:;,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

interface Transition {
  atMs: number;
  fromMs: number;
  toMs: number;
}

/** Offset changes of the zone within [fromMs, toMs], each to the minute (zones change on whole minutes). */
function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let before = zoneOffsetMs(fromMs, zone);
  for (let at = fromMs + HOUR_MS; at <= toMs + HOUR_MS; at += HOUR_MS) {
    const after = zoneOffsetMs(at, zone);
    if (after === before) continue;
    // The change lies in (at - 1 h, at]: narrow it to the minute.
    let low = at - HOUR_MS;
    let high = at;
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zoneOffsetMs(mid, zone) === before) low = mid;
      else high = mid;
    }
    found.push({ atMs: high, fromMs: before, toMs: after });
    before = after;
  }
  return found;
}

/** Summer time is any offset above the year's smaller one (this also holds south of the equator). */
function isDaylight(zone: string, atMs: number, offsetMs: number): boolean {
  const year = new Date(atMs).getUTCFullYear();
  const standard = Math.min(
    zoneOffsetMs(Date.UTC(year, 0, 1), zone),
    zoneOffsetMs(Date.UTC(year, 6, 1), zone),
  );
  return offsetMs > standard;
}

/**
 * The zone's rules for the span of the events: its offset at the start, then each change within the span. Listing
 * the span's own changes (no RRULE) keeps the writer small and exact for any zone Intl knows.
 */
function vtimezone(zone: string, fromMs: number, toMs: number): string[] {
  const startMs = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
  const first = zoneOffsetMs(startMs, zone);
  const parts: { atWallMs: number; from: number; to: number; daylight: boolean }[] = [
    { atWallMs: startMs + first, from: first, to: first, daylight: isDaylight(zone, startMs, first) },
    ...transitions(zone, startMs, toMs).map((t) => ({
      // A rule's DTSTART is the local time of the change, read on the clock before it (RFC 5545 3.6.5).
      atWallMs: t.atMs + t.fromMs,
      from: t.fromMs,
      to: t.toMs,
      daylight: isDaylight(zone, t.atMs, t.toMs),
    })),
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...parts.flatMap((p) => {
      const kind = p.daylight ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        `DTSTART:${dateTime(p.atWallMs)}`,
        `TZOFFSETFROM:${utcOffset(p.from)}`,
        `TZOFFSETTO:${utcOffset(p.to)}`,
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/** The whole .ics file; events with an empty or reversed span are left out. */
export function icsCalendar(input: CalendarInput): string {
  const zone = input.timeZone;
  const nowMs = input.now.getTime();
  const events = input.events.filter(
    (e) => Number.isFinite(e.startMs) && Number.isFinite(e.endMs) && e.endMs > e.startMs,
  );
  const local = (ms: number) => `;TZID=${paramValue(zone)}:${dateTime(ms + zoneOffsetMs(ms, zone))}`;
  // Calendars keep the copy with the higher SEQUENCE for a UID: one step per minute of export time is enough.
  const exportMinute = Math.max(0, Math.floor(nowMs / MINUTE_MS));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(input.name ? [`X-WR-CALNAME:${escapeText(input.name)}`] : []),
  ];
  if (events.length > 0) {
    const from = Math.min(...events.map((e) => e.startMs)) - DAY_MS;
    const to = Math.max(...events.map((e) => e.endMs)) + DAY_MS;
    lines.push(...vtimezone(zone, from, to));
  }
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dateTime(nowMs, true)}`,
      `SEQUENCE:${event.sequence ?? exportMinute}`,
      `DTSTART${local(event.startMs)}`,
      `DTEND${local(event.endMs)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // CONFIRMED said outright: a day cancelled before and planned again comes back in the calendar.
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      `TRANSP:${event.cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
