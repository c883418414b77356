import { describe, expect, it } from 'vitest';
import type { Advice, Run, Session } from '../utils/core/types';
import { adviceClockInstant } from '../utils/core';
import { adviceHeadline, adviceSession, mobilityLabel } from './advice-text';
import { formatDayAndClock, formatLocalDay } from './format';

// Local wall times: the helpers read the day in the zone the test runs in, so instants are built from it too.
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const NOW = local(2026, 3, 10, 18, 0); // Tuesday, Mar 10 2026

const run: Run = {
  source: 'strava',
  id: '1',
  title: 'Easy jog',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 1800,
};
const session = (id: string, minutes: number, title = 'Session'): Session => ({
  id,
  title: { kind: title },
  focus: 'Core',
  level: 1,
  minutes,
  items: [],
});

describe('adviceHeadline for the new kinds', () => {
  it('race recovery: light mobility and core, and the first normal day', () => {
    const advice: Advice = {
      kind: 'race-recovery',
      run,
      recoveryEnds: '2026-03-19',
      session: session('r', 12),
      reasons: [],
    };
    expect(adviceHeadline(advice, NOW)).toBe(
      'Race recovery: light mobility and core only. Full strength again from Thursday, Mar 19.',
    );
    expect(adviceHeadline({ ...advice, recoveryEnds: '2026-03-12' }, NOW)).toContain('from Thursday.');
    expect(adviceHeadline({ ...advice, recoveryEnds: '2026-03-11' }, NOW)).toContain('from tomorrow.');
  });

  it('spacing: when the next full session fits, on the runner’s clock', () => {
    const next = new Date(local(2026, 3, 11, 18, 30)).toISOString();
    const advice: Advice = { kind: 'spacing', run, nextFullSession: next, reasons: [] };
    expect(adviceHeadline(advice, NOW, '6:30 PM')).toBe(
      'Good hard run. Your legs still need rest from the last session: next full strength from tomorrow 6:30 PM.',
    );
    const sameDay = new Date(local(2026, 3, 10, 20, 0)).toISOString();
    expect(adviceHeadline({ ...advice, nextFullSession: sameDay }, NOW, '8:00 PM')).toMatch(
      /from 8:00 PM\.$/,
    );
  });

  it('foundation: a rest day with the session, until the cut-off', () => {
    const until = new Date(local(2026, 3, 10, 21, 30)).toISOString();
    const advice: Advice = { kind: 'foundation', until, session: session('f', 20), reasons: [] };
    expect(adviceHeadline(advice, NOW, '9:30 PM')).toBe(
      'Rest day: a good day for your foundation session, any time until 9:30 PM.',
    );
  });

  it('easy day with a high heart rate says so (the question is the UI’s)', () => {
    const asked: Advice = { kind: 'easy-day', run, reasons: [], askFeltHard: true };
    expect(adviceHeadline(asked, NOW)).toContain('heart rate');
    expect(adviceHeadline({ kind: 'easy-day', run, reasons: [] }, NOW)).toContain('Easy day');
  });
});

describe('adviceSession', () => {
  it('returns the session for strength, taper, race recovery and foundation only', () => {
    const s = session('s', 20);
    const windowEnds = new Date(NOW + 3_600_000).toISOString();
    expect(adviceSession({ kind: 'strength', run, windowEnds, session: s, reasons: [] })).toBe(s);
    expect(adviceSession({ kind: 'taper', run, session: s, reasons: [] })).toBe(s);
    expect(adviceSession({ kind: 'taper', run, reasons: [] })).toBeUndefined();
    expect(
      adviceSession({ kind: 'race-recovery', run, recoveryEnds: '2026-03-19', session: s, reasons: [] }),
    ).toBe(s);
    expect(adviceSession({ kind: 'foundation', until: windowEnds, session: s, reasons: [] })).toBe(s);
    const mobility = session('m', 6);
    expect(adviceSession({ kind: 'easy-day', run, reasons: [], mobility })).toBeUndefined();
    expect(adviceSession({ kind: 'spacing', run, nextFullSession: windowEnds, reasons: [] })).toBeUndefined();
  });

  it('names the instant the card’s clock text is for', () => {
    const at = new Date(NOW).toISOString();
    expect(adviceClockInstant({ kind: 'spacing', run, nextFullSession: at, reasons: [] })).toBe(at);
    expect(
      adviceClockInstant({ kind: 'foundation', until: at, session: session('f', 20), reasons: [] }),
    ).toBe(at);
    expect(adviceClockInstant({ kind: 'easy-day', run, reasons: [] })).toBeUndefined();
  });

  it('labels the mobility routine with its minutes', () => {
    expect(mobilityLabel(session('m', 6))).toBe('Mobility routine · 6 min');
  });
});

describe('day formatting without Intl', () => {
  it('reads local dates and instants relative to today', () => {
    expect(formatLocalDay('2026-03-10', NOW)).toBe('today');
    expect(formatLocalDay('2026-03-16', NOW)).toBe('Monday');
    expect(formatLocalDay('2026-03-17', NOW)).toBe('Tuesday, Mar 17');
    expect(formatLocalDay('not a date', NOW)).toBe('not a date');
    const friday = new Date(local(2026, 3, 13, 7, 5)).toISOString();
    expect(formatDayAndClock(friday, NOW, '7:05 AM')).toBe('Friday 7:05 AM');
    const later = new Date(local(2026, 3, 24, 7, 5)).toISOString();
    expect(formatDayAndClock(later, NOW, '7:05 AM')).toBe('Tuesday, Mar 24, 7:05 AM');
  });
});
