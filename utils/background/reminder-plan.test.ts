import { describe, expect, it } from 'vitest';
import type { Advice, Run } from '../core/types';
import { ALARM, badgeText, reminderNotice, reminderPlan, titleText } from './reminder-plan';
import { msg } from '../core/message';
import { useLocale } from '@/test/support/i18n';

const run: Run = {
  source: 'garmin',
  id: '1',
  title: 'Track 8×800',
  sport: 'run',
  start: '2026-05-05T06:00:00Z',
  elapsedS: 3600,
};
const now = Date.parse('2026-05-05T07:30:00Z');
const strength = (windowEnds: string): Advice => ({
  kind: 'strength',
  run,
  windowEnds,
  reasons: [msg('advice.coachNote')],
  session: {
    id: 's',
    title: { kind: 'training.title.intervals' },
    focus: 'training.focus.power',
    level: 2,
    minutes: 25,
    items: [],
  },
});
const prefs = { reminders: true, reminderMinutesBefore: 30 };

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-5, ''],
    [59_000, '1m'],
    [45 * 60_000, '45m'],
    [60 * 60_000, '1:00'],
    [(2 * 60 + 14) * 60_000 + 1, '2:15'],
  ])('%d ms left → %s', (ms, text) => expect(badgeText(ms)).toBe(text));
});

describe('titleText', () => {
  it.each([
    [0, 'HardDay'],
    [-5, 'HardDay'],
    [Number.NaN, 'HardDay'],
    [59_000, 'Strength window: 1 min left'],
    [45 * 60_000, 'Strength window: 45 min left'],
    [60 * 60_000, 'Strength window: 1 h left'],
    [(2 * 60 + 14) * 60_000, 'Strength window: 2 h 14 min left'],
    [(2 * 60 + 13) * 60_000 + 1, 'Strength window: 2 h 14 min left'],
  ])('%d ms left → %s', (ms, text) => expect(titleText(ms)).toBe(text));

  it('says in words the same hours and minutes the badge shows', () => {
    for (let ms = 1; ms < 6 * 3_600_000; ms += 37_003) {
      const badge = badgeText(ms);
      const [, h = '0', m] = /^(?:(\d+):)?(\d+)m?$/.exec(badge) ?? [];
      const words = /: (?:(\d+) h)? ?(?:(\d+) min)? left$/.exec(titleText(ms));
      expect(words, titleText(ms)).not.toBeNull();
      expect([Number(words?.[1] ?? 0), Number(words?.[2] ?? 0)]).toEqual([Number(h), Number(m)]);
    }
  });
});

describe('titleText in the browser language', () => {
  it.each([
    ['de-DE', 45, 'Kraftfenster: noch 45 min'],
    ['de-DE', 134, 'Kraftfenster: noch 2 h 14 min'],
    ['fr-FR', 134, 'Créneau renfo : encore 2 h 14 min'],
    ['es-ES', 1, 'Ventana de fuerza: queda 1 min'],
    ['es-ES', 60, 'Ventana de fuerza: queda 1 h'],
    ['es-ES', 65, 'Ventana de fuerza: quedan 1 h 5 min'],
    ['nl-NL', 134, 'Krachtvenster: nog 2 u 14 min'],
    ['it-IT', 1, 'Finestra per la forza: manca 1 min'],
    ['it-IT', 134, 'Finestra per la forza: mancano 2 h 14 min'],
    ['en-GB', 134, 'Strength window: 2 h 14 min left'],
  ])('%s, %d min → %s', (locale, minutes, text) => {
    useLocale(locale);
    expect(titleText(minutes * 60_000)).toBe(text);
  });

  it('writes large numbers in the locale: no window lasts 1000 h, but the format is Intl', () => {
    useLocale('de-DE');
    expect(titleText(1234 * 3_600_000)).toBe('Kraftfenster: noch 1.234 h');
  });
});

describe('reminderNotice', () => {
  const advice = (distanceM?: number) => {
    const base = strength('2026-05-05T08:15:00Z');
    if (base.kind !== 'strength') throw new Error('strength advice expected');
    return { ...base, run: { ...run, distanceM } };
  };

  it('says the time left, the session and the run with its distance in the runner units', () => {
    expect(reminderNotice(advice(14_200), now, 'metric')).toEqual({
      title: 'Strength window closing soon',
      message: '45 min left to fit in your 25 min session after “Track 8×800” (14.2 km).',
    });
    expect(reminderNotice(advice(14_200), now, 'imperial').message).toBe(
      '45 min left to fit in your 25 min session after “Track 8×800” (8.8 mi).',
    );
  });

  it('leaves the distance out when the run has none', () => {
    expect(reminderNotice(advice(undefined), now, 'metric').message).toBe(
      '45 min left to fit in your 25 min session after “Track 8×800”.',
    );
  });

  it.each([
    [
      'de-DE',
      'metric',
      'Dein Kraftfenster schließt bald',
      'Noch 45 min für deine Krafteinheit (25 min) nach „Track 8×800“ (14,2 km).',
    ],
    [
      'fr-FR',
      'metric',
      'Votre créneau renfo se termine bientôt',
      'Encore 45 min pour caser votre séance de renfo de 25 min après « Track 8×800 » (14,2 km).',
    ],
    [
      'es-ES',
      'metric',
      'Tu ventana de fuerza se cierra pronto',
      'Te quedan 45 min para hacer tu sesión de fuerza de 25 min después de «Track 8×800» (14,2 km).',
    ],
    [
      'nl-NL',
      'imperial',
      'Je krachtvenster sluit bijna',
      'Nog 45 min om je krachttraining van 25 min te doen na ‘Track 8×800’ (8,8 mi).',
    ],
    [
      'it-IT',
      'metric',
      'La finestra per la forza sta per chiudersi',
      'Mancano 45 min per fare la tua sessione di 25 min dopo “Track 8×800” (14,2 km).',
    ],
  ] as const)('%s, %s', (locale, units, title, message) => {
    useLocale(locale);
    const notice = reminderNotice(advice(14_200), now, units);
    // Intl puts a no-break space between number and unit in French ("14,2 km"); the text reads the same.
    expect({ ...notice, message: notice.message.replace(/[\u00a0\u202f]/g, ' ') }).toEqual({
      title,
      message,
    });
  });

  it('never says less than a minute', () => {
    useLocale('es-ES');
    const late = now + 45 * 60_000 - 10_000;
    expect(reminderNotice(advice(undefined), late, 'metric').message).toBe(
      'Te queda 1 min para hacer tu sesión de fuerza de 25 min después de «Track 8×800».',
    );
  });
});

describe('reminderPlan', () => {
  it('schedules a tick, the window end and a reminder 30 min before it closes', () => {
    const plan = reminderPlan(strength('2026-05-05T10:00:00Z'), now, prefs);
    expect(plan.badge).toBe('2:30');
    expect(plan.title).toBe('Strength window: 2 h 30 min left');
    expect(plan.alarms).toEqual([
      { name: ALARM.tick, when: now + 60_000, periodInMinutes: 1 },
      { name: ALARM.windowEnd, when: Date.parse('2026-05-05T10:00:00Z') },
      { name: ALARM.reminder, when: Date.parse('2026-05-05T09:30:00Z') },
    ]);
  });

  it('skips the reminder when reminders are off or its time has passed', () => {
    expect(
      reminderPlan(strength('2026-05-05T10:00:00Z'), now, { ...prefs, reminders: false }).alarms.map(
        (a) => a.name,
      ),
    ).not.toContain(ALARM.reminder);
    expect(
      reminderPlan(strength('2026-05-05T07:50:00Z'), now, prefs).alarms.map((a) => a.name),
    ).not.toContain(ALARM.reminder);
  });

  it('clears everything outside a window', () => {
    const idle = { badge: '', title: 'HardDay', alarms: [] };
    expect(
      reminderPlan({ kind: 'easy-day', run, reasons: [msg('advice.keepEasyDaysEasy')] }, now, prefs),
    ).toEqual(idle);
    expect(reminderPlan(strength('2026-05-05T07:00:00Z'), now, prefs)).toEqual(idle);
  });
});
