// Every text HardDay shows goes through here (typed by the keys @wxt-dev/i18n generates into #i18n): the UI, the background (notifications, badge title) and the content
// scripts. Messages live in locales/<lang>.yml; the build turns them into _locales/<lang>/messages.json and the
// browser serves them (browser.i18n), so no bundle carries the message tables. How to add a string: docs/ARCHITECTURE.md
// ("Text and languages").
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';

/** The languages HardDay speaks (one locales/<lang>.yml each; the key-parity test holds this list to the files). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

type Structure = GeneratedI18nStructure;
type OwnKey = Exclude<keyof Structure, `@@${string}`>;
type NamesOf<K extends OwnKey> = Structure[K] extends {
  namedSubstitutions: readonly (infer N extends string)[];
}
  ? N
  : never;
/** A message with one text. */
export type TextKey = { [K in OwnKey]: Structure[K] extends { plural: false } ? K : never }[OwnKey];
/** A message with a singular and a plural text (`1:` / `n:`, optionally `0:`), chosen by a count. */
export type PluralKey = { [K in OwnKey]: Structure[K] extends { plural: true } ? K : never }[OwnKey];
export type MessageKey = OwnKey;
/** Values for a message's `{name}` placeholders: already formatted text (numbers through Intl, in the runner's units). */
export type Values<K extends OwnKey> = [NamesOf<K>] extends [never]
  ? undefined
  : Record<NamesOf<K>, string | number>;

type Args<K extends OwnKey> = [NamesOf<K>] extends [never] ? [] : [values: Values<K>];

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The message for `key` in the browser's language, its `{name}` placeholders filled from `values`. */
export function t<K extends TextKey>(key: K, ...[values]: Args<K>): string {
  return fill(raw(key), values);
}

/**
 * The plural message for `count`: the form follows the language's plural rules (Intl.PluralRules: French says
 * "0 sortie", English "0 runs"); a `0:` form, where written, wins for zero. `{count}` is filled with the count in the
 * UI locale's number format unless `values` brings its own.
 */
export function tn<K extends PluralKey>(
  key: K,
  count: number,
  values?: Partial<Record<NamesOf<K>, string | number>>,
): string {
  return plural(key, count, values as Readonly<Record<string, string | number>> | undefined);
}

/** `tn` for a plural message whose key comes from data (the core's messages), its values already formatted. */
export function tnDynamic(
  key: string,
  count: number,
  values?: Readonly<Record<string, string | number>>,
): string {
  return plural(key, count, values);
}

function plural(key: string, count: number, values?: Readonly<Record<string, string | number>>): string {
  const forms = raw(key).split(' | ');
  const [zero, one, other] = forms.length === 3 ? forms : [undefined, forms[0], forms[1] ?? forms[0]];
  const form =
    count === 0 && zero !== undefined
      ? zero
      : new Intl.PluralRules(uiLocale()).select(count) === 'one'
        ? one
        : other;
  return fill(form ?? '', { count: new Intl.NumberFormat(uiLocale()).format(count), ...values });
}

/**
 * A message whose key comes from data (a reason or an advice from utils/core, which cannot know the generated key
 * types) with its values already formatted. An unknown key shows itself rather than an empty line.
 */
export function tDynamic(key: string, values?: Readonly<Record<string, string | number>>): string {
  return fill(raw(key), values);
}

/** Whether a message exists for `key` (for keys that come from data). */
export function hasMessage(key: string): boolean {
  return lookup(key) !== '';
}

/**
 * The locale for Intl (numbers, dates, plural rules): the browser's UI language when HardDay speaks it, so "14,2 km"
 * sits in German text and "14.2 km" in English; otherwise English, as the messages fall back to English too.
 */
export function uiLocale(): string {
  const ui = browser.i18n.getUILanguage();
  const language = ui.split(/[-_]/)[0]?.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? ui : 'en';
}

/** The language whose messages are showing (for the `lang` attribute of pages and the card). */
export function uiLanguage(): Language {
  return uiLocale().split(/[-_]/)[0] as Language;
}

/** What `i18n.t` from #i18n does underneath, without its console warning (hasMessage asks about unknown keys). */
function lookup(key: string): string {
  // WXT types getMessage for public/_locales only; the keys here are the generated ones.
  return (browser.i18n.getMessage as (name: string) => string)(key.replaceAll('.', '_'));
}

function raw(key: string): string {
  return lookup(key) || key;
}

function fill(message: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (!values) return message;
  return message.replace(PLACEHOLDER, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/**
 * The translation the core's messages are said with (utils/views/say.ts): `count` picks the plural form by the
 * language's own rules.
 */
export function translate(
  key: string,
  count: number | undefined,
  values: Readonly<Record<string, string | number>>,
): string {
  return count === undefined ? tDynamic(key, values) : tnDynamic(key, count, values);
}
