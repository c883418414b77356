// The UI formatter in the runner's units and the UI language: distances with the locale's digits, lengths of time
// with the language's words.
import { describe, expect, it } from 'vitest';
import { useLocale } from '@/test/support/i18n';
import { formatDistanceIn, formatDuration, formatTimeLeft } from './format';

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
});
