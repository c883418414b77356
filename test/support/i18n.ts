// Unit tests render text from the real message files: fake-browser has no i18n, so this gives it a getMessage that
// reads locales/<lang>.yml the way the build writes _locales/<lang>/messages.json, and a UI language. Every test starts
// in English (setup file below); a test renders another language with `useLocale('de')` (the next test is English
// again).
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES, type Language } from '@/utils/i18n';

const tables = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (language) => {
      const parsed = await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${language}.yml`));
      return [language, generateChromeMessages(parsed)] as const;
    }),
  ),
) as Record<Language, Record<string, { message: string }>>;

/** Messages and the UI language as a browser set to `uiLanguage` shows them (`de-DE` reads locales/de.yml). */
export function useLocale(uiLanguage: string): void {
  const language = uiLanguage.split(/[-_]/)[0] as Language;
  // Like the browser: a language HardDay does not speak falls back to the default locale's messages.
  const table = tables[language] ?? tables.en;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) =>
    chromeMessage(
      table[name]?.message ?? tables.en[name]?.message ?? '',
      substitutions,
    )) as typeof fakeBrowser.i18n.getMessage;
}

/** browser.i18n.getMessage's own substitution: `$1`…`$9` from the list, `$$` is a dollar sign. */
function chromeMessage(message: string, substitutions: string | string[] | undefined): string {
  const list =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (list[Number(what) - 1] ?? ''),
  );
}

beforeEach(() => useLocale('en-US'));
useLocale('en-US');
