// The renderer's formatting tables: every kind of value in both unit systems and in English, German and French, and
// whole messages built from parts.
import { describe, expect, test } from 'vitest';
import { msg } from '../core/message';
import { REASON } from '../core/classify-reasons';
import { say, sayValue, type UnitSystem } from './say';
import { speaker } from '../platform';
import type { MessageValue } from '../core/types';
import { useLocale } from '@/test/support/i18n';

const value = (locale: string, units: UnitSystem, v: MessageValue) => sayValue(speaker(units, locale), v);
// Intl writes narrow no-break spaces and no-break spaces in de/fr; the tables use plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('values in the runner’s units', () => {
  test.each<[MessageValue, string, string]>([
    // value, metric (en-GB), imperial (en-GB)
    [{ distance: 10_050 }, '10.1 km', '6.2 mi'],
    [{ distance: 800 }, '800 m', '0.5 mi'],
    [{ distance: 42_195 }, '42.2 km', '26.2 mi'],
    [{ pace: 245 }, '4:05/km', '6:34/mi'],
    [{ pace: 300 }, '5:00/km', '8:03/mi'],
    [{ climb: 250 }, '250 m', '820 ft'],
    [{ climb: 1400 }, '1,400 m', '4,593 ft'],
    [{ climbRate: 32 }, '32 m/km', '169 ft/mi'],
    [{ rep: 400 }, '400 m', '400 m'],
    [{ rep: 1000 }, '1 km', '1 km'],
    [{ rep: 1600 }, '1.6 km', '1 mi'],
    [{ rep: 3200 }, '3.2 km', '2 mi'],
    [{ raceDistance: 5000 }, '5 km', '3.1 mi'],
    [{ raceDistance: 21_097 }, '21 km', '13.1 mi'],
    [{ raceDistance: 42_195 }, '42 km', '26.2 mi'],
    [{ volume: 62_400 }, '62 km', '39 mi'],
    [{ duration: 6720 }, '1 h 52 min', '1 h 52 min'],
    [{ repTime: 90 }, '1:30 min', '1:30 min'],
    [{ bpm: 171.6 }, '172 bpm', '172 bpm'],
    [{ percent: 0.123 }, '12%', '12%'],
    [{ ratio: 1.62 }, '1.6×', '1.6×'],
  ])('%o → %s / %s', (v, metric, imperial) => {
    expect(value('en-GB', 'metric', v)).toBe(metric);
    expect(value('en-GB', 'imperial', v)).toBe(imperial);
  });

  test.each<[string, MessageValue, string, string]>([
    ['de', { distance: 14_230 }, '14,2 km', '8,8 mi'],
    ['fr', { distance: 14_230 }, '14,2 km', '8,8 mi'],
    ['de', { climb: 1400 }, '1.400 m', '4.593 ft'],
    ['fr', { climb: 1400 }, '1 400 m', '4 593 pi'],
    ['de', { percent: 0.12 }, '12 %', '12 %'],
    ['fr', { ratio: 1.62 }, '1,6×', '1,6×'],
    ['de', { decimal: 3 }, '3,0', '3,0'],
  ])('%s: %o → %s / %s', (locale, v, metric, imperial) => {
    expect(plain(value(locale, 'metric', v))).toBe(metric);
    expect(plain(value(locale, 'imperial', v))).toBe(imperial);
  });

  test('unreadable numbers never show as NaN', () => {
    for (const v of [{ pace: Number.NaN }, { distance: -1 }, { climb: Infinity }, { duration: Number.NaN }])
      expect(value('en-GB', 'metric', v as MessageValue)).toBe('unknown');
    expect(value('en-GB', 'metric', { clock: '', zone: 'UTC' })).toBe('unknown');
  });
});

describe('clock times and days in the runner’s zone and locale', () => {
  const zone = 'Europe/Berlin';
  const now = '2026-07-14T08:00:00.000Z'; // Tuesday 10:00 in Berlin
  test.each<[string, string, string]>([
    ['2026-07-14T16:10:00.000Z', 'en-GB', '18:10'],
    ['2026-07-14T16:10:00.000Z', 'en-US', '6:10 PM'],
    ['2026-07-15T16:10:00.000Z', 'en-GB', 'tomorrow 18:10'],
    ['2026-07-16T16:10:00.000Z', 'en-GB', 'Thursday 18:10'],
    ['2026-07-16T16:10:00.000Z', 'de', 'Donnerstag 18:10'],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(plain(value(locale, 'metric', { dayClock: iso, now, zone }))).toBe(expected);
  });

  test.each<[string, string, string]>([
    ['2026-07-14T07:59:40.000Z', 'en-GB', 'just now'],
    ['2026-07-14T07:20:00.000Z', 'en-GB', '40 minutes ago'],
    ['2026-07-13T16:10:00.000Z', 'en-GB', 'yesterday at 18:10'],
    ['2026-07-04T08:00:00.000Z', 'en-GB', '10 days ago'],
    ['2026-07-04T08:00:00.000Z', 'de', 'vor 10 Tagen'],
    ['2026-07-04T08:00:00.000Z', 'fr', 'il y a 10 jours'],
    ['2026-06-16T08:00:00.000Z', 'en-GB', '4 weeks ago'],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(plain(value(locale, 'metric', { ago: iso, now, zone }))).toBe(expected);
  });

  test('a local day reads in the locale', () => {
    expect(value('en-GB', 'metric', { day: '2026-07-05' })).toBe('Sunday 5 Jul');
    expect(value('de', 'metric', { day: '2026-07-05' })).toBe('Sonntag, 5. Juli');
  });
});

describe('messages built from parts', () => {
  const intervals = REASON.intervals({
    workLaps: 6,
    repS: 237,
    repM: 1000,
    evenReps: true,
    workPace: 237,
    recoveryPace: 400,
  } as Parameters<typeof REASON.intervals>[0]);

  test('nested parts take the runner’s units', () => {
    expect(say(speaker('metric', 'en-GB'), intervals)).toBe('6 × 1 km at 3:57/km, recoveries at 6:40/km');
    expect(say(speaker('imperial', 'en-GB'), intervals)).toBe('6 × 1 km at 6:21/mi, recoveries at 10:44/mi');
  });

  test('the count picks the plural form', () => {
    expect(say(speaker('metric', 'en-GB'), msg('advice.weekLine', { done: 0, count: 1 }))).toBe(
      'This week: 0 of 1 strength session done',
    );
    expect(say(speaker('metric', 'en-GB'), msg('advice.weekLine', { done: 1, count: 3 }))).toBe(
      'This week: 1 of 3 strength sessions done',
    );
  });

  test('the runner’s own words are shown as written, placeholders in them are not filled', () => {
    expect(say(speaker('metric', 'en-GB'), REASON.title('{pace} <b>'))).toBe('The title says “{pace} <b>”');
  });
});

describe('days and clock times as each language puts them in a sentence', () => {
  const NOW = '2026-03-12T10:00:00Z'; // a Thursday
  const ZONE = 'Europe/Madrid';
  const sayIn = async (locale: string, message: Parameters<typeof say>[1]) => {
    useLocale(locale);
    return plain(say(speaker('metric', locale), message));
  };

  test('Spanish: the article with the hour and with the weekday', async () => {
    const from = (iso: string) =>
      msg('advice.nextFitsFrom', { from: { dayClock: iso, now: NOW, zone: ZONE } });
    expect(await sayIn('es-ES', from('2026-03-12T17:10:00Z'))).toBe('la siguiente encaja desde las 18:10');
    expect(await sayIn('es-ES', from('2026-03-13T17:10:00Z'))).toBe(
      'la siguiente encaja desde mañana a las 18:10',
    );
    expect(await sayIn('es-ES', from('2026-03-15T17:10:00Z'))).toBe(
      'la siguiente encaja desde el domingo a las 18:10',
    );
    const usual = msg('advice.week.ranHardOnRest', {
      day: { weekdays: ['2026-03-19'], today: '2026-03-12', capital: true },
      kind: { message: msg('common.runKind.inSentence.tempo') },
    });
    expect(await sayIn('es-ES', usual)).toMatch(/^El jueves suele ser día de descanso, pero corriste duro/);
    const moves = msg('advice.week.moves', {
      from: { weekdays: ['2026-03-15'], today: '2026-03-12' },
      to: { weekdays: ['2026-03-12', '2026-03-14'], today: '2026-03-12' },
    });
    expect(await sayIn('es-ES', moves)).toBe('Así que la fuerza toca hoy y el sábado, no el domingo');
  });

  test('German, Dutch and English: the weekday with its own preposition, or none', async () => {
    const comesIn = msg('advice.week.comesIn', { days: { weekdays: ['2026-03-14'], today: '2026-03-12' } });
    expect(await sayIn('de-DE', comesIn)).toBe('Kraft kommt also am Samstag dazu');
    expect(await sayIn('nl-NL', comesIn)).toBe('Krachttraining komt er dus op zaterdag bij');
    expect(await sayIn('en-GB', comesIn)).toBe('So strength comes in on Saturday');
    const today = msg('advice.week.comesIn', { days: { weekdays: ['2026-03-12'], today: '2026-03-12' } });
    expect(await sayIn('de-DE', today)).toBe('Kraft kommt also heute dazu');
  });
});
