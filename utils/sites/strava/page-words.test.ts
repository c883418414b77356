// The DOM fallback in the runner's Strava language (issue 13): the bootstrap-less activity page in German, French,
// Spanish and Dutch reads to the same run as the English one, and any run written in those languages' forms reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../../test/fixtures/load';
import { STRAVA_FIXTURE_UTC_OFFSET_MIN } from '../../../test/fixtures/routes.mjs';
import { normalizePageWord, parseStravaTimeText, runSportTypeFromWord, statKind } from './page-words';
import { parseDistanceText, parseStravaPage } from './parse-page';
import { readStravaPage, stravaShownTexts } from './read-page';
import { stravaShown } from './shown';

const at = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi) / 1000;

describe('parseStravaTimeText: the start line in every language HardDay speaks', () => {
  it.each([
    // English, as the fixtures and Elevate's issue tracker show it.
    ['7:05 AM on Monday, January 12, 2026', at(2026, 1, 12, 7, 5)],
    ['12:10 PM on Friday, January 16, 2026', at(2026, 1, 16, 12, 10)],
    ['12:30 AM on Friday, January 16, 2026', at(2026, 1, 16, 0, 30)],
    ['10:25 on Monday, 3 August 2015', at(2015, 8, 3, 10, 25)],
    ['7:05 pm on Monday, 12 January 2026', at(2026, 1, 12, 19, 5)],
    // German: the page template's order, the feed's order, with "am" that is not the morning.
    ['07:05 am Montag, 12. Januar 2026', at(2026, 1, 12, 7, 5)],
    ['12:30 am Freitag, 16. Januar 2026', at(2026, 1, 16, 12, 30)],
    ['19:05 am Sonntag, 7. September 2025', at(2025, 9, 7, 19, 5)],
    ['Montag, 12. Januar 2026 um 07:05', at(2026, 1, 12, 7, 5)],
    ['Am 7. September 2025 um 06:36', at(2025, 9, 7, 6, 36)],
    ['Donnerstag, 5. März 2026 um 18:00 Uhr', at(2026, 3, 5, 18, 0)],
    ['Montag, 12. Jänner 2026 um 07:05', at(2026, 1, 12, 7, 5)],
    // French, with and without the accent, the "h" clock and an abbreviated month.
    ['07:05 le lundi 12 janvier 2026', at(2026, 1, 12, 7, 5)],
    ['lundi 12 février 2026 à 19h05', at(2026, 2, 12, 19, 5)],
    ['lundi 12 fevrier 2026 a 19 h 05', at(2026, 2, 12, 19, 5)],
    ['le 3 août 2025 à 06:30', at(2025, 8, 3, 6, 30)],
    ['1 déc. 2025, 21:15', at(2025, 12, 1, 21, 15)],
    // Spanish, Spain and Latin America.
    ['07:05 el lunes, 12 de enero de 2026', at(2026, 1, 12, 7, 5)],
    ['lunes, 12 de enero de 2026 a las 19:05', at(2026, 1, 12, 19, 5)],
    ['7:05 p. m. el lunes, 12 de enero de 2026', at(2026, 1, 12, 19, 5)],
    ['12:10 a. m. el sábado, 7 de septiembre de 2025', at(2025, 9, 7, 0, 10)],
    // Dutch.
    ['07:05 op maandag 12 januari 2026', at(2026, 1, 12, 7, 5)],
    ['maandag 12 januari 2026 om 19:05', at(2026, 1, 12, 19, 5)],
    ['zaterdag 1 mei 2027 om 07.30', at(2027, 5, 1, 7, 30)],
    // The exports' own date forms (docs/sites.md §1.7), seconds and all.
    ['1 jul 2026, 16:52:24', at(2026, 7, 1, 16, 52)],
    ['2 janv. 2024, 07:30:00', at(2024, 1, 2, 7, 30)],
  ])('%s', (text, expected) => {
    expect(parseStravaTimeText(text)).toBe(expected);
  });

  it.each([
    '',
    'Yesterday',
    '7:05 AM on Monday', // no date
    'Montag, 12. Januar 2026', // no time
    '07:05 am Montag, 31. Februar 2026', // no such day
    '25:05 on Monday, January 12, 2026',
    '13:05 PM on Monday, January 12, 2026',
    '07:75 op maandag 12 januari 2026',
    '07:05 op maandag 12 smarch 2026',
  ])('gives nothing for %j', (text) => {
    expect(parseStravaTimeText(text)).toBeUndefined();
  });
});

describe('the page’s words', () => {
  it.each([
    ['Distance', 'distance'],
    ['Distanz', 'distance'],
    ['Distancia', 'distance'],
    ['Afstand', 'distance'],
    ['Moving Time', 'movingTime'],
    ['Bewegungszeit', 'movingTime'],
    ['Temps de déplacement', 'movingTime'],
    ['Tiempo en movimiento', 'movingTime'],
    ['Tijd in beweging', 'movingTime'],
    ['Beweegtijd', 'movingTime'],
    ['Elapsed Time', 'elapsedTime'],
    ['Verstrichene Zeit', 'elapsedTime'],
    ['Temps écoulé :', 'elapsedTime'],
    ['TEMPS ECOULE', 'elapsedTime'],
    ['Tiempo transcurrido', 'elapsedTime'],
    ['Verstreken tijd', 'elapsedTime'],
    ['Elevation', 'elevation'],
    ['Höhenmeter', 'elevation'],
    ['Dénivelé', 'elevation'],
    ['Desnivel', 'elevation'],
    ['Hoogteverschil', 'elevation'],
    ['Totale stijging', 'elevation'],
    ['Höhenzunahme', 'elevation'],
    ['Pace', undefined],
    ['Allure', undefined],
    ['Kalorien', undefined],
    ['Max Elevation', undefined],
  ])('label %j names %s', (label, kind) => {
    expect(statKind(label)).toBe(kind);
  });

  it.each([
    ['Run', 'Run'],
    ['Trail Run', 'TrailRun'],
    ['Virtual Run', 'VirtualRun'],
    ['Lauf', 'Run'],
    ['Virtueller Lauf', 'VirtualRun'],
    ['Course à pied', 'Run'],
    ['Course a pied', 'Run'],
    ['Trail', 'TrailRun'],
    ['Course à pied virtuelle', 'VirtualRun'],
    ['Carrera', 'Run'],
    ['Carrera virtual', 'VirtualRun'],
    ['Hardlopen', 'Run'],
    ['Ride', undefined],
    ['Radfahrt', undefined],
    ['Sortie à vélo', undefined],
  ])('type word %j is %s', (word, type) => {
    expect(runSportTypeFromWord(word)).toBe(type);
  });

  it('normalizes case, accents, ß, non-breaking spaces and a trailing colon', () => {
    expect(normalizePageWord('  Höhen\u00a0Meter : ')).toBe('hohen meter');
    expect(normalizePageWord('Straße')).toBe('strasse');
  });

  it.each([
    ['7,02 km', 7020],
    ['7.02 km', 7020],
    ['1.234 m', 1234],
    ['1,234 m', 1234],
    ['1 234 m', 1234],
    ['1\u202f234 m', 1234],
    ['1.021,5 km', 1_021_500],
    ['4,36 mi', 7016.7],
    ['59 ft', 18],
  ])('distance %j is %d m', (text, metres) => {
    expect(parseDistanceText(text)).toBe(metres);
  });
});

// --- The bootstrap-less page in each language (test/fixtures/strava/activity-run-no-script-*-2026-12.html) ----------

const read = (file: string) =>
  parseStravaPage({
    ...readStravaPage(fixtureDocument(`strava/${file}.html`)),
    url: 'https://www.strava.com/activities/16900000007',
    utcOffsetMin: STRAVA_FIXTURE_UTC_OFFSET_MIN,
  });

/** The run as the English page shows it (parse.test.ts checks it against the page itself). */
const english = read('activity-run-no-script-2026-01');

describe('the bootstrap-less page in German, French, Spanish and Dutch', () => {
  it.each([
    ['de', 'Mittagslauf'],
    ['fr', 'Course à pied le midi'],
    ['es', 'Carrera a la hora de comer'],
    ['nl', 'Middagloop'],
  ])('%s reads to the same run as the English page', (language, title) => {
    expect(english.status).toBe('run');
    const result = read(`activity-run-no-script-${language}-2026-12`);
    if (result.status !== 'run' || english.status !== 'run') throw new Error(JSON.stringify(result));
    expect(result.run).toEqual({ ...english.run, title });
    expect(result.run).toMatchObject({
      start: '2026-01-16T11:10:00.000Z',
      elapsedS: 2355,
      movingS: 2293,
      distanceM: 7020,
      elevationGainM: 18,
    });
  });

  it.each(['de', 'fr', 'es', 'nl'])(
    '%s: what an unreadable page showed prefills the hand entry all the same',
    (language) => {
      const doc = fixtureDocument(`strava/activity-run-no-script-${language}-2026-12.html`);
      const texts = stravaShownTexts({ ...readStravaPage(doc), utcOffsetMin: STRAVA_FIXTURE_UTC_OFFSET_MIN });
      expect(stravaShown(texts)).toMatchObject({
        start: '2026-01-16T11:10:00.000Z',
        elapsedS: 2355,
        distanceM: 7020,
      });
    },
  );
});

// --- Any run, written the way each language writes it, reads back ---------------------------------------------------

interface Language {
  labels: { distance: string; moving: string; elapsed: string; elevation: string };
  type: string;
  months: string[];
  weekdays: string[];
  decimal: ',' | '.';
  line: (p: { h: number; mi: number; weekday: string; d: number; month: string; y: number }) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const twelve = (h: number) => `${h % 12 === 0 ? 12 : h % 12}`;

/** Each language's forms as docs/sites.md §1.7 lists them (confirmed or likely). */
const LANGUAGES: Record<string, Language> = {
  'en-US': {
    labels: { distance: 'Distance', moving: 'Moving Time', elapsed: 'Elapsed Time', elevation: 'Elevation' },
    type: 'Run',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    decimal: '.',
    line: (p) =>
      `${twelve(p.h)}:${pad(p.mi)} ${p.h < 12 ? 'AM' : 'PM'} on ${p.weekday}, ${p.month} ${p.d}, ${p.y}`,
  },
  'en-GB': {
    labels: { distance: 'Distance', moving: 'Moving Time', elapsed: 'Elapsed Time', elevation: 'Elevation' },
    type: 'Trail Run',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    decimal: '.',
    line: (p) => `${p.h}:${pad(p.mi)} on ${p.weekday}, ${p.d} ${p.month} ${p.y}`,
  },
  de: {
    labels: {
      distance: 'Distanz',
      moving: 'Bewegungszeit',
      elapsed: 'Verstrichene Zeit',
      elevation: 'Höhenmeter',
    },
    type: 'Lauf',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    decimal: ',',
    line: (p) => `${pad(p.h)}:${pad(p.mi)} am ${p.weekday}, ${p.d}. ${p.month} ${p.y}`,
  },
  'de-feed': {
    labels: {
      distance: 'Distanz',
      moving: 'Bewegungszeit',
      elapsed: 'Verstrichene Zeit',
      elevation: 'Höhenzunahme',
    },
    type: 'Virtueller Lauf',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    decimal: ',',
    line: (p) => `${p.weekday}, ${p.d}. ${p.month} ${p.y} um ${pad(p.h)}:${pad(p.mi)}`,
  },
  fr: {
    labels: {
      distance: 'Distance',
      moving: 'Temps de déplacement',
      elapsed: 'Temps écoulé',
      elevation: 'Dénivelé',
    },
    type: 'Course à pied',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    decimal: ',',
    line: (p) => `${pad(p.h)}:${pad(p.mi)} le ${p.weekday} ${p.d} ${p.month} ${p.y}`,
  },
  es: {
    labels: {
      distance: 'Distancia',
      moving: 'Tiempo en movimiento',
      elapsed: 'Tiempo transcurrido',
      elevation: 'Desnivel',
    },
    type: 'Carrera',
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    decimal: ',',
    line: (p) => `${p.h}:${pad(p.mi)} el ${p.weekday}, ${p.d} de ${p.month} de ${p.y}`,
  },
  nl: {
    labels: {
      distance: 'Afstand',
      moving: 'Tijd in beweging',
      elapsed: 'Verstreken tijd',
      elevation: 'Hoogteverschil',
    },
    type: 'Hardlopen',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    decimal: ',',
    line: (p) => `${pad(p.h)}:${pad(p.mi)} op ${p.weekday} ${p.d} ${p.month} ${p.y}`,
  },
};

const clock = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
    : `${Math.floor(s / 60)}:${pad(s % 60)}`;

describe('any run, in any language’s forms, reads back to the same numbers', () => {
  it('distance, times, climb and start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(LANGUAGES)),
        fc.record({
          startMs: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) }),
          distanceCm: fc.integer({ min: 100, max: 10_000 }), // 10 m steps: the page shows two decimals of a km
          movingS: fc.integer({ min: 60, max: 12 * 3600 }),
          pausedS: fc.integer({ min: 0, max: 3600 }),
          climbM: fc.integer({ min: 0, max: 4000 }),
          thousands: fc.constantFrom('', '.', ',', ' ', '\u202f'),
        }),
        (code, r) => {
          const language = LANGUAGES[code]!;
          const start = new Date(Math.floor(r.startMs / 60_000) * 60_000);
          const line = language.line({
            h: start.getUTCHours(),
            mi: start.getUTCMinutes(),
            weekday: language.weekdays[start.getUTCDay()]!,
            d: start.getUTCDate(),
            month: language.months[start.getUTCMonth()]!,
            y: start.getUTCFullYear(),
          });
          const km = (r.distanceCm / 100).toFixed(2).replace('.', language.decimal);
          const climb =
            r.climbM >= 1000
              ? `${Math.floor(r.climbM / 1000)}${r.thousands}${pad(r.climbM % 1000).padStart(3, '0')}`
              : `${r.climbM}`;
          const result = parseStravaPage({
            url: 'https://www.strava.com/activities/16900000007',
            scripts: [],
            title: `Some name | with a bar | ${language.type} | Strava`,
            headingName: '',
            stats: [
              { label: language.labels.distance, value: `${km} km` },
              { label: language.labels.moving, value: clock(r.movingS) },
              { label: language.labels.elevation, value: `${climb}m` },
              { label: language.labels.elapsed, value: clock(r.movingS + r.pausedS) },
            ],
            timeText: line,
            utcOffsetMin: 0,
          });
          if (result.status !== 'run') throw new Error(`${line}: ${JSON.stringify(result)}`);
          expect(result.run).toMatchObject({
            start: start.toISOString(),
            distanceM: r.distanceCm * 10,
            movingS: r.movingS,
            elapsedS: r.movingS + r.pausedS,
            elevationGainM: r.climbM,
            title: 'Some name | with a bar',
          });
        },
      ),
      { numRuns: 700 },
    );
  });
});
