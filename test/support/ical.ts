// Reads an .ics file the way a calendar app would, with ical.js (a devDependency, never in the extension): checks the
// shape RFC 5545 asks for and gives back each event with its instants, so tests compare what a calendar would show.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  startMs: number;
  endMs: number;
  tzid: string | null;
  sequence: number;
  /** STATUS as written (CONFIRMED, CANCELLED), null when absent. */
  status: string | null;
  dtstampUtc: boolean;
}

export interface ParsedCalendar {
  version: string;
  prodId: string;
  timeZones: string[];
  events: ParsedEvent[];
}

/** Every physical line of the file: CRLF endings, at most 75 octets, each one whole UTF-8 (no character split). */
export function physicalLines(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i += 1;
    } else if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      throw new Error(`a bare line break at octet ${i}`);
    }
  }
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    if (line.length > 75) throw new Error(`a line of ${line.length} octets: ${line.toString()}`);
    strict.decode(line); // throws on a character split across lines
  }
  return lines;
}

export function parseIcs(text: string): ParsedCalendar {
  physicalLines(text);
  // Read the octets of the file, as an app opening it would: a character split by a fold cannot be put back.
  const file = new TextDecoder('utf-8').decode(Buffer.from(text, 'utf8'));
  const root = new ICAL.Component(ICAL.parse(file));
  if (root.name !== 'vcalendar') throw new Error(`root is ${root.name}`);
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstProperty('dtstart');
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time | null;
    if (!event.uid || !stamp || !event.startDate || !event.endDate)
      throw new Error('an event lacks UID, DTSTAMP or times');
    const tzid = (start?.getParameter('tzid') as string | undefined) ?? null;
    // A TZID without its VTIMEZONE would leave the time floating (read in the machine's zone): refuse that.
    if (tzid && event.startDate.zone?.tzid !== tzid) throw new Error(`TZID ${tzid} has no VTIMEZONE`);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      startMs: event.startDate.toJSDate().getTime(),
      endMs: event.endDate.toJSDate().getTime(),
      tzid,
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      dtstampUtc: stamp.zone === ICAL.Timezone.utcTimezone,
    };
  });
  for (const zone of zones) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  return {
    version: String(root.getFirstPropertyValue('version')),
    prodId: String(root.getFirstPropertyValue('prodid')),
    timeZones: zones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    events,
  };
}
