import { describe, expect, test } from 'vitest';
import { useLocale } from '@/test/support/i18n';
import { hasMessage, t, tDynamic, tn, uiLanguage, uiLocale } from '.';

describe('t and tn', () => {
  test('unit tests read English from locales/en.yml', () => {
    expect(t('popup.week.title')).toBe('This week');
    expect(t('popup.week.strengthOfTarget', { done: 1, target: 2 })).toBe('1 of 2 strength sessions');
  });

  test('another language renders from its own file', () => {
    useLocale('de-DE');
    expect(t('popup.week.title')).toBe('Diese Woche');
    expect(t('popup.week.strengthOfTarget', { done: 1, target: 2 })).toBe('1 von 2 Krafteinheiten');
  });

  test.each([
    ['en-US', 0, '0 strength sessions, none planned'],
    ['en-US', 1, '1 strength session, none planned'],
    ['en-US', 2, '2 strength sessions, none planned'],
    // French counts zero as singular: "0 séance", not "0 séances".
    ['fr-FR', 0, '0 séance de renfo, aucune prévue'],
    ['fr-FR', 1, '1 séance de renfo, aucune prévue'],
    ['fr-FR', 3, '3 séances de renfo, aucune prévue'],
    ['de-DE', 1, '1 Krafteinheit, keine geplant'],
    ['nl-NL', 2, '2 krachttrainingen, geen gepland'],
  ])('%s: %d → %s', (locale, count, expected) => {
    useLocale(locale);
    expect(tn('popup.week.strengthNonePlanned', count)).toBe(expected);
  });

  test('a zero form wins for zero; other values pass through formatted', () => {
    useLocale('es-ES');
    const runs = tn('popup.week.runs', 3);
    expect(tn('popup.week.hardRuns', 0, { runs })).toBe('3 entrenamientos, ninguno duro');
    expect(tn('popup.week.hardRuns', 1, { runs })).toBe('3 entrenamientos, 1 duro');
  });

  test('the count is written in the language’s number format', () => {
    useLocale('de-DE');
    expect(tn('popup.week.runs', 1200)).toBe('1.200 Läufe');
    useLocale('en-GB');
    expect(tn('popup.week.runs', 1200)).toBe('1,200 runs');
  });

  test('a key from data renders like a typed one; an unknown key shows itself', () => {
    expect(tDynamic('popup.week.strengthOfTarget', { done: '3', target: '4' })).toBe(
      '3 of 4 strength sessions',
    );
    expect(hasMessage('popup.week.title')).toBe(true);
    expect(hasMessage('reason.noSuchThing')).toBe(false);
    expect(tDynamic('reason.noSuchThing')).toBe('reason.noSuchThing');
  });
});

describe('uiLocale', () => {
  test.each([
    ['en-US', 'en-US', 'en'],
    ['de-AT', 'de-AT', 'de'],
    ['fr', 'fr', 'fr'],
    ['nl-BE', 'nl-BE', 'nl'],
    ['it-CH', 'it-CH', 'it'],
    // A language HardDay does not speak: English messages, so English numbers and dates beside them.
    ['pt-PT', 'en', 'en'],
    ['pt_BR', 'en', 'en'],
  ])('browser in %s → Intl locale %s, messages in %s', (browserLanguage, locale, language) => {
    useLocale(browserLanguage);
    expect(uiLocale()).toBe(locale);
    expect(uiLanguage()).toBe(language);
  });
});
