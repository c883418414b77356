import { describe, expect, it } from 'vitest';
import type { Advice, Run, Session } from '../core/types';
import { adviceClockInstant } from '../core';
import { adviceHeadline, adviceSession, mobilityLabel } from './advice-text';
import type { Message } from '../core/message';
import { say } from '../views/say';
import { speaker } from '../platform';
import { english } from '../../test/support/english';
import { useLocale } from '../../test/support/i18n';

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

// Tuesday 10 March 2026, 18:00 in Berlin (UTC+1): days and clocks are said in that zone, whatever the machine's.
const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-03-10T17:00:00Z');
const headline = (advice: Advice, now = NOW) => adviceHeadline(advice, now, english, ZONE);

describe('adviceHeadline', () => {
  it('race recovery: light mobility and core, and the first normal day seen from today', () => {
    const advice: Advice = {
      kind: 'race-recovery',
      run,
      recoveryEnds: '2026-03-19',
      session: session('r', 12),
      reasons: [],
    };
    expect(headline(advice)).toBe(
      'Race recovery: light mobility and core only. Full strength again from Thursday 19 March.',
    );
    expect(headline({ ...advice, recoveryEnds: '2026-03-12' })).toContain('from Thursday.');
    expect(headline({ ...advice, recoveryEnds: '2026-03-11' })).toContain('from tomorrow.');
    expect(headline({ ...advice, recoveryEnds: '2026-03-10' })).toContain('from today.');
  });

  it('spacing: when the next full session fits, on the runner’s clock in their zone', () => {
    const advice: Advice = { kind: 'spacing', run, nextFullSession: '2026-03-11T17:30:00Z', reasons: [] };
    expect(headline(advice)).toBe(
      'Good hard run. Your legs still need rest from the last session: next full strength from tomorrow 18:30.',
    );
    expect(headline({ ...advice, nextFullSession: '2026-03-10T19:00:00Z' })).toMatch(/from 20:00\.$/);
    // 23:30 UTC on the 10th is already the 11th in Berlin.
    expect(headline({ ...advice, nextFullSession: '2026-03-10T23:30:00Z' })).toMatch(/from tomorrow 0:30\.$/);
  });

  it('foundation: a rest day with the session, until the cut-off', () => {
    const advice: Advice = {
      kind: 'foundation',
      until: '2026-03-10T20:30:00Z',
      session: session('f', 20),
      reasons: [],
    };
    expect(headline(advice)).toBe('Rest day: a good day for your foundation session, any time until 21:30.');
  });

  it('an open window counts down in whole minutes', () => {
    const advice: Advice = {
      kind: 'strength',
      run,
      windowEnds: '2026-03-10T19:15:30Z',
      session: session('s', 20),
      reasons: [],
    };
    expect(headline(advice)).toBe('Strength window open: 2 h 15 min left');
    expect(headline(advice, Date.parse('2026-03-10T19:15:00Z'))).toBe(
      'Strength window open: under a minute left',
    );
  });

  it('easy day with a high heart rate says so (the question is the UI’s)', () => {
    const asked: Advice = { kind: 'easy-day', run, reasons: [], askFeltHard: true };
    expect(headline(asked)).toContain('heart rate');
    expect(headline({ kind: 'easy-day', run, reasons: [] })).toContain('Easy day');
  });

  it('is said in the runner’s language: German days and clocks', () => {
    const german = (message: Message) => say(speaker('metric', 'de-DE'), message);
    useLocale('de-DE');
    try {
      const spacing: Advice = { kind: 'spacing', run, nextFullSession: '2026-03-11T17:30:00Z', reasons: [] };
      expect(adviceHeadline(spacing, NOW, german, ZONE)).toMatch(/ab morgen um 18:30\.$/);
      const recovery: Advice = {
        kind: 'race-recovery',
        run,
        recoveryEnds: '2026-03-12',
        session: session('r', 12),
        reasons: [],
      };
      expect(adviceHeadline(recovery, NOW, german, ZONE)).toMatch(/ab Donnerstag\.$/);
    } finally {
      useLocale('en-US');
    }
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
