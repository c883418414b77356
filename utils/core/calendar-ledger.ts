// What "Add to calendar" has handed out, so a later file can take back what the plan no longer holds. A calendar that
// imports an .ics file keeps, for each UID, the copy with the highest SEQUENCE (RFC 5545 3.8.7.4): a session moved
// from Tuesday to Thursday leaves Tuesday's event in the runner's calendar unless the next file carries Tuesday's UID
// again, now with STATUS:CANCELLED and a higher SEQUENCE (docs/decisions/0009-own-icalendar-writer.md).
//
// SEQUENCE policy: an event keeps its SEQUENCE while what it says stays the same (same times, title and text, still
// planned), so downloading the same plan twice hands out the very same event; any change (moved, retimed, reworded,
// cancelled, planned again) takes the minute of the export, or one more than before when that is not higher. The
// minute keeps a later change above an earlier one even when this browser forgot its ledger (a reset, another
// browser), which a plain counter would not.
//
// Pure: the clock comes in as `nowMs`, today's local date as `today`; the stored ledger is read and written by the
// page and the background (utils/store).

import type { CalendarEvent } from './ical';

const MINUTE_MS = 60_000;
/** More than 7 days of sessions can never be ahead; the rest would be a ledger that only grows. */
export const LEDGER_MAX = 31;

/** One event as the last file that held it said it. */
export interface ExportedEvent {
  uid: string;
  /** The planned day, local date (YYYY-MM-DD). */
  date: string;
  startMs: number;
  endMs: number;
  /** The title it had, kept to name a cancellation. */
  summary: string;
  sequence: number;
  /** A short digest of what the event said (times, title, text): a change means a new SEQUENCE. */
  digest: string;
  cancelled: boolean;
}

/** A session of the plan to put in the file, on its local date. */
export interface PlannedEvent extends CalendarEvent {
  date: string;
}

export interface ExportInput {
  ledger: readonly ExportedEvent[];
  /** The file's sessions, each still ahead or under way. */
  planned: readonly PlannedEvent[];
  /**
   * The days the file speaks for: the week's file for all its days, today's file for today alone. A day outside
   * them is never cancelled by this file.
   */
  covers: readonly string[];
  nowMs: number;
  /** The runner's local date now: days before it are past and never cancelled. */
  today: string;
}

export interface FileEvent extends CalendarEvent {
  sequence: number;
  cancelled: boolean;
}

export interface ExportPlan {
  /** Planned sessions, then cancellations, each with its SEQUENCE. */
  events: FileEvent[];
  /** What the file hands out, for the ledger once it is downloaded (`recordExport`). */
  exported: ExportedEvent[];
}

/** FNV-1a, 32 bits: enough to tell two versions of one event apart; not a security measure. */
export function digestOf(event: CalendarEvent): string {
  const text = [event.startMs, event.endMs, event.summary, event.description ?? ''].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The SEQUENCE of a changed event: the export's minute, or one above the last when that is not higher. */
const nextSequence = (previous: number | undefined, nowMs: number) => {
  const minute = Math.max(0, Math.floor(nowMs / MINUTE_MS));
  return previous === undefined ? minute : Math.max(previous + 1, minute);
};

/** The file's events: the plan's sessions with their SEQUENCE, and a cancellation for each handed-out day it dropped. */
export function calendarExport(input: ExportInput): ExportPlan {
  const byUid = new Map(input.ledger.map((e) => [e.uid, e]));
  const plannedUids = new Set(input.planned.map((e) => e.uid));
  const events: FileEvent[] = [];
  const exported: ExportedEvent[] = [];
  // What a page sends for the ledger may carry more (the description): the background's schema keeps the fields above.
  const add = (e: PlannedEvent | ExportedEvent, sequence: number, digest: string, cancelled: boolean) => {
    const event = { ...e, sequence, cancelled };
    events.push(event);
    exported.push({ ...event, digest });
  };

  for (const event of input.planned) {
    const before = byUid.get(event.uid);
    const digest = digestOf(event);
    const same = before && !before.cancelled && before.digest === digest;
    add(event, same ? before.sequence : nextSequence(before?.sequence, input.nowMs), digest, false);
  }

  const covered = new Set(input.covers);
  input.ledger
    .filter(
      (e) =>
        covered.has(e.date) &&
        !plannedUids.has(e.uid) &&
        e.date >= input.today &&
        // An event already over (today's window closed, the session done) stays as it was.
        e.endMs > input.nowMs,
    )
    .sort((a, b) => a.startMs - b.startMs)
    // Handed out again as long as it is ahead, with the SEQUENCE it was cancelled with: a file imported after one
    // that was never imported still takes the event back, and the same cancellation twice is the same event.
    .forEach((e) =>
      e.cancelled
        ? add(e, e.sequence, e.digest, true)
        : add(e, nextSequence(e.sequence, input.nowMs), `x${e.digest}`, true),
    );
  return { events, exported };
}

/**
 * The ledger once a file is downloaded: its events replace those with the same UID; events over by now are
 * forgotten (never cancelled, nothing to remember), and at most LEDGER_MAX of the latest are kept.
 */
export function recordExport(
  ledger: readonly ExportedEvent[],
  exported: readonly ExportedEvent[],
  nowMs: number,
): ExportedEvent[] {
  const byUid = new Map(ledger.map((e) => [e.uid, e]));
  for (const e of exported) byUid.set(e.uid, e);
  return [...byUid.values()]
    .filter((e) => e.endMs > nowMs)
    .sort((a, b) => a.startMs - b.startMs)
    .slice(-LEDGER_MAX);
}
