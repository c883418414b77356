// The UI formatter in the runner's units and the UI language: distances with the locale's digits, lengths of time
// with the language's words.
import { describe, expect, it } from 'vitest';
import { useLocale } from '@/test/support/i18n';
import { t } from './index';
import {
  formatClock,
  formatClockInSentence,
  formatDistanceIn,
  formatDuration,
  formatTimeLeft,
} from './format';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format in the UI language', () => {
  it('writes a distance in the runner units and the locale number format', () => {
    expect(formatDistanceIn(14_200, 'metric')).toBe('14.2 km');
    expect(formatDistanceIn(14_200, 'imperial')).toBe('8.8 mi');
    expect(formatDistanceIn(0, 'metric')).toBe('');
    useLocale('de-DE');
    expect(formatDistanceIn(14_200, 'metric')).toBe('14,2 km');
    useLocale('fr-FR');
    expect(plain(formatDistanceIn(10_000, 'imperial'))).toBe('6,2 mi');
  });

  it('writes lengths of time with the language own words', () => {
    expect(formatDuration(3960)).toBe('1 h 6 min');
    expect(formatTimeLeft(0)).toBe('0 min');
    useLocale('nl-NL');
    expect(formatDuration(3960)).toBe('1 u 6 min');
    expect(formatTimeLeft(30_000)).toBe('minder dan een minuut');
    useLocale('fr-FR');
    expect(formatDuration(3960)).toBe('1 h 6 min');
    expect(formatDuration(-1)).toBe('inconnu');
  });

  it('puts a clock time in a sentence with the article Spanish gives its hour', () => {
    // Local wall-clock times (the page formats in the browser's zone).
    const at = (h: number, m: number) => new Date(2026, 2, 12, h, m).toISOString();
    useLocale('es-ES');
    expect(t('popup.plan.until', { until: formatClockInSentence(at(1, 10)) })).toBe('hasta la 1:10');
    expect(t('popup.advice.leftClosesAt', { clock: formatClockInSentence(at(1, 10)) })).toBe(
      'restante · cierra a la 1:10',
    );
    expect(t('popup.plan.until', { until: formatClockInSentence(at(13, 10)) })).toBe('hasta las 13:10');
    expect(t('popup.plan.until', { until: formatClockInSentence(at(0, 10)) })).toBe('hasta las 0:10');
    expect(t('popup.plan.until', { until: formatClockInSentence(at(21, 30)) })).toBe('hasta las 21:30');
    // A bare window keeps bare times.
    expect(t('popup.plan.window', { from: formatClock(at(1, 10)), until: formatClock(at(2, 0)) })).toBe(
      '1:10–2:00',
    );
    useLocale('en-GB');
    expect(t('popup.plan.until', { until: formatClockInSentence(at(1, 10)) })).toBe('until 1:10');
  });

  // Italian writes the article inside the clock value ("le 13:10", "l’1:10": l’una), and the template the preposition
  // it merges with ("al{clock}"): one o'clock alone elides. With digits, 8 and 11 keep "alle" (le otto, le undici).
  it.each([
    [1, 10, 'fino all’1:10', 'rimanenti · chiude all’1:10', 'rimanenti · ci sta fino all’1:10'],
    [13, 10, 'fino alle 13:10', 'rimanenti · chiude alle 13:10', 'rimanenti · ci sta fino alle 13:10'],
    [0, 10, 'fino alle 0:10', 'rimanenti · chiude alle 0:10', 'rimanenti · ci sta fino alle 0:10'],
    [8, 10, 'fino alle 8:10', 'rimanenti · chiude alle 8:10', 'rimanenti · ci sta fino alle 8:10'],
    [11, 10, 'fino alle 11:10', 'rimanenti · chiude alle 11:10', 'rimanenti · ci sta fino alle 11:10'],
    [21, 30, 'fino alle 21:30', 'rimanenti · chiude alle 21:30', 'rimanenti · ci sta fino alle 21:30'],
  ])('Italian, %i:%i in the popup → "%s", "%s", "%s"', (h, m, until, closes, fits) => {
    const at = new Date(2026, 2, 12, h, m).toISOString();
    useLocale('it-IT');
    expect(t('popup.plan.until', { until: formatClockInSentence(at) })).toBe(until);
    expect(t('popup.advice.leftClosesAt', { clock: formatClockInSentence(at) })).toBe(closes);
    expect(t('popup.advice.leftFitsUntil', { clock: formatClockInSentence(at) })).toBe(fits);
    // A bare window keeps bare times.
    expect(t('popup.plan.window', { from: formatClock(at), until: formatClock(at) })).toBe(
      `${h}:${m}–${h}:${m}`,
    );
  });
});
