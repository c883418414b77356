// The key-parity guard: every message exists in every language, with the same {placeholders} and the same kind
// (plain or plural), so no runner ever sees a raw key, an English fallback or a "{count}" left in the text.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '.';

const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');
const PREDEFINED = /^@@/;

const parsed = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(
      async (language) =>
        [
          language,
          (await parseMessagesFile(resolve(LOCALES_DIR, `${language}.yml`))).filter(
            (message) => !PREDEFINED.test(message.key.join('.')),
          ),
        ] as const,
    ),
  ),
) as Record<(typeof LANGUAGES)[number], ParsedMessage[]>;

const keyOf = (message: ParsedMessage) => message.key.join('.');
const texts = (message: ParsedMessage): string[] =>
  message.type === 'plural'
    ? Object.values(message.plurals)
    : message.type === 'simple'
      ? [message.message]
      : [];
const placeholders = (text: string) =>
  [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]!).sort();
const union = (message: ParsedMessage) => [...new Set(texts(message).flatMap(placeholders))].sort();
const byKey = (language: (typeof LANGUAGES)[number]) => new Map(parsed[language].map((m) => [keyOf(m), m]));

const english = byKey('en');
const others = LANGUAGES.filter((language) => language !== 'en');

describe('locales', () => {
  test('one file per language HardDay speaks, and no other', () => {
    const files = readdirSync(LOCALES_DIR).sort();
    expect(files).toEqual(LANGUAGES.map((language) => `${language}.yml`).sort());
  });

  test.each(LANGUAGES)(
    '%s: keys are dotted camelCase words, unique once the build joins them with _',
    (language) => {
      const keys = parsed[language].map(keyOf);
      for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z0-9][A-Za-z0-9]*)*$/);
      expect(Object.keys(generateChromeMessages(parsed[language])).length).toBe(keys.length);
    },
  );

  test.each(others)('%s has exactly the English keys', (language) => {
    const keys = parsed[language].map(keyOf).sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  test.each(others)('%s: each message has the English kind and {placeholders}', (language) => {
    for (const message of parsed[language]) {
      const source = english.get(keyOf(message));
      if (!source) continue; // reported by the key test
      expect(message.type, keyOf(message)).toBe(source.type);
      expect(union(message), keyOf(message)).toEqual(union(source));
    }
  });

  test.each(LANGUAGES)(
    '%s: plurals have a singular and a plural form (and may have a zero form)',
    (language) => {
      for (const message of parsed[language]) {
        if (message.type !== 'plural') continue;
        expect(Object.keys(message.plurals).sort(), keyOf(message)).toSatisfy(
          (forms: string[]) => forms.join() === '1,n' || forms.join() === '0,1,n',
        );
        // The build joins the forms with " | " and utils/i18n splits them there.
        for (const form of Object.values(message.plurals)) expect(form, keyOf(message)).not.toContain(' | ');
      }
    },
  );

  test.each(LANGUAGES)('%s: texts are written out, with named placeholders only', (language) => {
    for (const message of parsed[language]) {
      expect(message.type, `${keyOf(message)}: use the short format, not messages.json's`).not.toBe('chrome');
      for (const text of texts(message)) {
        expect(text.trim(), keyOf(message)).not.toBe('');
        // browser.i18n reads $1 and $$ itself: a dollar sign would vanish or swallow a value.
        expect(text, keyOf(message)).not.toContain('$');
      }
    }
  });

  test.each(LANGUAGES)(
    '%s: the manifest name and description fit the stores (45 and 132 characters)',
    (language) => {
      const messages = byKey(language);
      const text = (key: string) => texts(messages.get(key)!)[0]!;
      expect(text('app.name').length).toBeLessThanOrEqual(45);
      expect(text('app.description').length).toBeLessThanOrEqual(132);
    },
  );
});
