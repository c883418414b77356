// The renderer's formatting tables: every kind of value in both unit systems and in English, German and French, and
// whole messages built from parts.
import { describe, expect, test } from 'vitest';
import { msg, weekday } from '../core/message';
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

  test('a local day reads in the locale, its month written out as a sentence has it', () => {
    expect(value('en-GB', 'metric', { day: '2026-07-05' })).toBe('Sunday 5 July');
    expect(value('de', 'metric', { day: '2026-07-05' })).toBe('Sonntag, 5. Juli');
    // Spanish running text: no comma after the weekday.
    expect(value('es-ES', 'metric', { day: '2026-07-05' })).toBe('domingo 5 de julio');
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

  // Thursday 12 March 2026 is today; the days said in each language's own sentence for "strength comes in …".
  const TODAY = '2026-03-12';
  const comesIn = (...dates: string[]) =>
    msg('advice.week.comesIn', { days: { weekdays: dates, today: TODAY } });
  test.each<[string, string, string, string, string, string]>([
    // locale, today, tomorrow, a weekday, two days, an earlier weekday
    [
      'en-GB',
      'So strength comes in today',
      'So strength comes in tomorrow',
      'So strength comes in on Saturday',
      'So strength comes in today and on Sunday',
      'So strength comes in last Tuesday',
    ],
    [
      'de-DE',
      'Kraft kommt also heute dazu',
      'Kraft kommt also morgen dazu',
      'Kraft kommt also am Samstag dazu',
      'Kraft kommt also heute und am Sonntag dazu',
      'Kraft kommt also letzten Dienstag dazu',
    ],
    [
      'nl-NL',
      'Krachttraining komt er dus vandaag bij',
      'Krachttraining komt er dus morgen bij',
      'Krachttraining komt er dus op zaterdag bij',
      'Krachttraining komt er dus vandaag en op zondag bij',
      'Krachttraining komt er dus afgelopen dinsdag bij',
    ],
    [
      'fr-FR',
      'Le renfo s’ajoute donc aujourd’hui',
      'Le renfo s’ajoute donc demain',
      'Le renfo s’ajoute donc samedi',
      'Le renfo s’ajoute donc aujourd’hui et dimanche',
      'Le renfo s’ajoute donc mardi dernier',
    ],
    [
      'es-ES',
      'Así que la fuerza toca hoy',
      'Así que la fuerza toca mañana',
      'Así que la fuerza toca el sábado',
      'Así que la fuerza toca hoy y el domingo',
      'Así que la fuerza toca el martes pasado',
    ],
  ])('%s: today, tomorrow, a weekday, two days, a day behind', async (locale, ...expected) => {
    const said = [
      await sayIn(locale, comesIn(TODAY)),
      await sayIn(locale, comesIn('2026-03-13')),
      await sayIn(locale, comesIn('2026-03-14')),
      await sayIn(locale, comesIn(TODAY, '2026-03-15')),
      await sayIn(locale, comesIn('2026-03-10')),
    ];
    expect(said).toEqual(expected);
  });

  test('English: no "on today" or "on tomorrow" in any sentence that names days', async () => {
    const days = { weekdays: [TODAY, '2026-03-13'], today: TODAY };
    const lines = [
      msg('advice.week.comesIn', { days }),
      msg('advice.week.drops', { days }),
      msg('advice.week.moves', { from: days, to: { weekdays: ['2026-03-16'], today: TODAY } }),
      msg('advice.week.moves', { from: { weekdays: ['2026-03-16'], today: TODAY }, to: days }),
    ];
    const said = await Promise.all(lines.map((line) => sayIn('en-GB', line)));
    for (const line of said) expect(line).not.toMatch(/\b(on|from) (today|tomorrow|yesterday)\b/);
    expect(said[1]).toBe(
      'So no strength today and tomorrow: the spacing or the week’s target no longer leaves room',
    );
    expect(said[2]).toBe('So strength comes on Monday instead of today and tomorrow');
    // A Wednesday behind and one ahead never read the same ("Wednesday, Friday, and Wednesday").
    const moves = msg('advice.week.moves', {
      from: { weekdays: ['2026-03-11', '2026-03-18'], today: TODAY },
      to: { weekdays: [TODAY], today: TODAY },
    });
    expect(await sayIn('en-GB', moves)).toBe('So strength comes today instead of yesterday and on Wednesday');
    const fromLast = msg('advice.week.moves', {
      from: { weekdays: ['2026-03-09'], today: TODAY },
      to: { weekdays: [TODAY], today: TODAY },
    });
    expect(await sayIn('en-GB', fromLast)).toBe('So strength comes today instead of last Monday');
  });

  test('a subject at the start of a sentence keeps the weekday, even yesterday’s', async () => {
    const usual = msg('advice.week.turnedEasy', {
      day: { weekdays: ['2026-03-11'], today: TODAY, capital: true },
      usual: { message: msg('advice.week.usualHardDay') },
    });
    expect(await sayIn('en-GB', usual)).toMatch(/^Wednesday is usually your hard day, but the run was easy/);
  });
});

describe('Spanish clock times: the article follows the hour', () => {
  const ZONE = 'Europe/Madrid';
  const NOW = '2026-03-12T10:00:00Z';
  const es = async (message: Parameters<typeof say>[1]) => {
    useLocale('es-ES');
    return plain(say(speaker('metric', 'es-ES'), message));
  };
  /** An instant at `clock` (HH:MM) Madrid time on 12 March 2026 (UTC+1). */
  const at = (clock: string) => new Date(Date.parse(`2026-03-12T${clock}:00+01:00`)).toISOString();

  test.each([
    ['01:10', 'La fuerza encaja ahora: la ventana está abierta hasta la 1:10'],
    ['13:10', 'La fuerza encaja ahora: la ventana está abierta hasta las 13:10'],
    // Midnight hours take the plural, as "las cero horas" does.
    ['00:10', 'La fuerza encaja ahora: la ventana está abierta hasta las 0:10'],
    ['21:10', 'La fuerza encaja ahora: la ventana está abierta hasta las 21:10'],
  ])('%s → %s', async (clock, expected) => {
    expect(await es(msg('advice.strengthFits', { clock: { clock: at(clock), zone: ZONE } }))).toBe(expected);
  });

  test('"a la 1:10", "cierra a la 1:10", and a window from one hour to another', async () => {
    expect(await es(msg('headline.windowMissed', { clock: { clock: at('01:10'), zone: ZONE } }))).toBe(
      'La ventana de fuerza cerró a la 1:10. Guarda la fuerza para tu próximo día duro.',
    );
    const fits = msg('advice.week.foundationFits', {
      from: { clock: at('01:10'), zone: ZONE },
      clock: { clock: at('13:40'), zone: ZONE },
    });
    expect(await es(fits)).toBe(
      'Día de descanso: tu sesión básica encaja de la 1:10 a las 13:40, a la hora a la que sueles entrenar',
    );
    const tomorrow = msg('advice.nextFitsFrom', {
      from: { dayClock: '2026-03-13T00:10:00Z', now: NOW, zone: ZONE },
    });
    expect(await es(tomorrow)).toBe('la siguiente encaja desde mañana a la 1:10');
  });

  test('other languages keep the bare clock', async () => {
    useLocale('de-DE');
    const line = say(
      speaker('metric', 'de-DE'),
      msg('advice.strengthFits', { clock: { clock: at('01:10'), zone: ZONE } }),
    );
    expect(line).toBe('Kraft passt jetzt: Das Fenster ist bis 1:10 offen');
  });
});

describe('dates more than a week away, in the sentences that use them', () => {
  const TODAY = '2026-03-02';
  const recovery = msg('headline.raceRecovery', { day: { dayFrom: '2026-03-14', today: TODAY } });
  const behind = msg('advice.phase.raceBehind', { day: { day: '2026-03-14' } });
  test.each([
    [
      'es-ES',
      'Recuperación tras la competición: solo movilidad ligera y core. Fuerza completa de nuevo desde el sábado 14 de marzo.',
      'Tu carrera del sábado 14 de marzo ya pasó: fuera de temporada',
    ],
    [
      'fr-FR',
      'Récupération après la course : seulement mobilité légère et gainage. Renfo complet à nouveau dès le samedi 14 mars.',
      'Votre course du samedi 14 mars est derrière vous : intersaison',
    ],
    [
      'de-DE',
      'Erholung nach dem Wettkampf: nur leichte Mobilität und Rumpf. Volle Kraft wieder ab Samstag, 14. März.',
      'Dein Wettkampf am Samstag, 14. März liegt hinter dir: Saisonpause',
    ],
    [
      'nl-NL',
      'Herstel na de wedstrijd: alleen lichte mobiliteit en core. Weer volledige kracht vanaf zaterdag 14 maart.',
      'Je wedstrijd op zaterdag 14 maart ligt achter je: buiten het seizoen',
    ],
    [
      'en-GB',
      'Race recovery: light mobility and core only. Full strength again from Saturday 14 March.',
      'Your race on Saturday 14 March is behind you: off-season',
    ],
  ])('%s', async (locale, from, race) => {
    expect(await sayInLocale(locale, recovery)).toBe(from);
    expect(await sayInLocale(locale, behind)).toBe(race);
  });

  test('within the week the weekday, tomorrow and today as words', async () => {
    const within = (date: string) => msg('headline.raceRecovery', { day: { dayFrom: date, today: TODAY } });
    expect(await sayInLocale('fr-FR', within('2026-03-02'))).toMatch(/dès aujourd’hui\.$/);
    expect(await sayInLocale('fr-FR', within('2026-03-05'))).toMatch(/dès jeudi\.$/);
    expect(await sayInLocale('es-ES', within('2026-03-03'))).toMatch(/desde mañana\.$/);
    expect(await sayInLocale('es-ES', within('2026-03-05'))).toMatch(/desde el jueves\.$/);
  });
});

async function sayInLocale(locale: string, message: Parameters<typeof say>[1]) {
  useLocale(locale);
  return say(speaker('metric', locale), message).replace(/[\u00a0\u202f]/g, ' ');
}

describe('Italian: days without an article, the hour with its article merged into the preposition', () => {
  const NOW = '2026-03-12T10:00:00Z'; // a Thursday, 11:00 in Rome
  const ZONE = 'Europe/Rome';
  const sayIt = (message: Parameters<typeof say>[1], units: UnitSystem = 'metric') => {
    useLocale('it-IT');
    return plain(say(speaker(units, 'it-IT'), message));
  };
  const from = (iso: string) => msg('advice.nextFitsFrom', { from: { dayClock: iso, now: NOW, zone: ZONE } });

  test.each<[string, string]>([
    ['2026-03-12T17:10:00Z', 'la prossima ci sta dalle 18:10'],
    // Midnight keeps "dalle 0:10".
    ['2026-03-11T23:10:00Z', 'la prossima ci sta dalle 0:10'],
    ['2026-03-13T17:10:00Z', 'la prossima ci sta domani dalle 18:10'],
    ['2026-03-15T17:10:00Z', 'la prossima ci sta domenica dalle 18:10'],
    // A week or more away: the date after the weekday, still no article ("lunedì 23 marzo").
    ['2026-03-23T17:10:00Z', 'la prossima ci sta lunedì 23 marzo dalle 18:10'],
  ])('the next session from %s → %s', (iso, expected) => {
    expect(sayIt(from(iso))).toBe(expected);
  });

  test.each<[string, string]>([
    ['2026-03-12T20:30:00Z', 'La forza ci sta adesso: la finestra è aperta fino alle 21:30'],
    ['2026-03-11T23:45:00Z', 'La forza ci sta adesso: la finestra è aperta fino alle 0:45'],
    ['2026-03-12T12:05:00Z', 'La forza ci sta adesso: la finestra è aperta fino alle 13:05'],
  ])('the window open until %s → %s', (iso, expected) => {
    expect(sayIt(msg('advice.strengthFits', { clock: { clock: iso, zone: ZONE } }))).toBe(expected);
  });

  // One o'clock is "l’una": its article elides into the preposition ("all’1:10", "dall’1:10", "dell’1:10", "dopo
  // l’1:10"); every other hour takes "le" ("alle 13:10", "alle 0:10", "alle 8:10", "alle 11:10": le otto, le undici).
  // Rome is UTC+1 in March: each instant below is an hour earlier in UTC.
  test.each([
    ['2026-03-12T00:10:00Z', 'all’1:10', 'dall’1:10', 'dell’1:10', 'l’1:10'],
    ['2026-03-12T12:10:00Z', 'alle 13:10', 'dalle 13:10', 'delle 13:10', 'le 13:10'],
    ['2026-03-11T23:10:00Z', 'alle 0:10', 'dalle 0:10', 'delle 0:10', 'le 0:10'],
    ['2026-03-12T07:10:00Z', 'alle 8:10', 'dalle 8:10', 'delle 8:10', 'le 8:10'],
    ['2026-03-12T10:10:00Z', 'alle 11:10', 'dalle 11:10', 'delle 11:10', 'le 11:10'],
  ])('%s: "%s", "%s", "%s", "dopo %s"', (iso, at, from_, of, the) => {
    const clock = { clock: iso, zone: ZONE };
    expect(sayIt(msg('advice.strengthFits', { clock }))).toBe(
      `La forza ci sta adesso: la finestra è aperta fino ${at}`,
    );
    expect(sayIt(msg('headline.windowMissed', { clock }))).toBe(
      `La finestra per la forza si è chiusa ${at}. Tieni la forza per la tua prossima giornata dura.`,
    );
    expect(sayIt(msg('advice.windowUntilCutoff', { clock }))).toBe(
      `dopo la corsa, fino al tuo limite serale ${of}`,
    );
    expect(sayIt(msg('advice.tooLateTonight', { clock }))).toMatch(
      new RegExp(
        `^Troppo tardi stasera: la corsa è finita dopo ${the}, la tua ora più tarda per la forza\\. `,
      ),
    );
    const longRun = { message: msg('advice.week.usualLongRun') };
    expect(
      sayIt(msg('advice.week.afterUsualRun', { what: longRun, day: weekday('2026-03-15'), clock })),
    ).toBe(`Dopo il tuo lungo abituale di domenica (finisce verso ${the})`);
    // A start: today's says only the hour, tomorrow's its day too.
    const start = (ahead: string) =>
      msg('advice.nextFitsFrom', { from: { dayClock: iso, now: ahead, zone: ZONE } });
    expect(sayIt(start(NOW))).toMatch(new RegExp(`^la prossima ci sta (domani )?${from_}$`));
    expect(sayIt(start('2026-03-10T10:00:00Z'))).toMatch(
      new RegExp(`^la prossima ci sta (domani|giovedì) ${from_}$`),
    );
    // The week plan's line: after the usual run (ending at 18:10), strength from this hour to the evening's close.
    const evening = { clock: '2026-03-12T20:30:00Z', zone: ZONE };
    const six = { clock: '2026-03-12T17:10:00Z', zone: ZONE };
    const after = msg('advice.week.afterUsualRun', { what: longRun, day: weekday('2026-03-15'), clock: six });
    expect(
      sayIt(msg('advice.week.strengthFits', { run: { message: after }, from: clock, clock: evening })),
    ).toBe(
      `Dopo il tuo lungo abituale di domenica (finisce verso le 18:10): la forza ci sta ${from_} alle 21:30`,
    );
    expect(sayIt(msg('advice.nextFitsBeforeClose', { from: six, clock }))).toBe(
      `la prossima ci sta dalle 18:10, prima che questa finestra si chiuda ${at}`,
    );
  });

  test.each<[string, string]>([
    ['2026-03-11T00:20:00Z', 'La tua ultima corsa è finita ieri all’1:20'],
    ['2026-03-11T12:20:00Z', 'La tua ultima corsa è finita ieri alle 13:20'],
    ['2026-03-10T23:20:00Z', 'La tua ultima corsa è finita ieri alle 0:20'],
    ['2026-03-11T10:20:00Z', 'La tua ultima corsa è finita ieri alle 11:20'],
  ])('yesterday at %s → %s', (iso, expected) => {
    expect(sayIt(msg('advice.lastRunEnded', { ago: { ago: iso, now: NOW, zone: ZONE } }))).toBe(expected);
  });

  test('the next session from one o’clock, on another day', () => {
    expect(sayIt(from('2026-03-14T00:10:00Z'))).toBe('la prossima ci sta sabato dall’1:10');
    expect(sayIt(from('2026-03-13T00:10:00Z'))).toBe('la prossima ci sta domani dall’1:10');
  });

  test('days from today: "da domani", "da giovedì", a date further on', () => {
    const recovery = (day: string) =>
      msg('headline.raceRecovery', { day: { dayFrom: day, today: '2026-03-12' } });
    expect(sayIt(recovery('2026-03-13'))).toMatch(/Di nuovo forza piena da domani\.$/);
    expect(sayIt(recovery('2026-03-19'))).toMatch(/Di nuovo forza piena da giovedì 19 marzo\.$/);
    expect(sayIt(recovery('2026-03-16'))).toMatch(/Di nuovo forza piena da lunedì\.$/);
  });

  test('weekdays in a sentence and as its subject', () => {
    const comesIn = msg('advice.week.comesIn', {
      days: { weekdays: ['2026-03-12', '2026-03-14'], today: '2026-03-12' },
    });
    expect(sayIt(comesIn)).toBe('Quindi la forza si aggiunge oggi e sabato');
    const turned = msg('advice.week.turnedEasy', {
      day: { weekdays: ['2026-03-17'], today: '2026-03-12', capital: true },
      usual: { message: msg('advice.week.usualHardDay') },
    });
    expect(sayIt(turned)).toBe(
      'Martedì di solito è un giorno duro, ma la corsa è stata facile: niente forza dopo',
    );
    const longRun = msg('advice.week.windowPassed', { what: { message: msg('advice.week.usualLongRun') } });
    expect(sayIt(longRun)).toBe('La finestra per la forza dopo il tuo lungo abituale è passata');
  });

  test('plurals and numbers: one form for 1, the other for 0 and the rest; decimal comma', () => {
    expect(sayIt(msg('advice.weekLine', { done: 0, count: 1 }))).toBe(
      'Questa settimana: 0 su 1 sessione di forza fatta',
    );
    expect(sayIt(msg('advice.weekLine', { done: 1, count: 3 }))).toBe(
      'Questa settimana: 1 su 3 sessioni di forza fatte',
    );
    expect(sayIt(msg('advice.runsThatDayEasy', { count: 2 }))).toBe('2 corse quel giorno, tutte facili');
    expect(plain(value('it-IT', 'metric', { distance: 14_230 }))).toBe('14,2 km');
    expect(plain(value('it-IT', 'imperial', { pace: 245 }))).toBe('6:34/mi');
    expect(plain(value('it-IT', 'metric', { climb: 12_400 }))).toBe('12.400 m');
  });
});
