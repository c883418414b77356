import type { ComponentChildren } from 'preact';
import { tDynamic, uiLanguage, uiLocale, type MessageKey } from '../utils/i18n';

/**
 * A message with elements inside it (a link in the middle of a sentence): its `{name}` placeholders become the given
 * elements, the rest stays text, so each language keeps its own word order around them.
 */
export function tParts(key: MessageKey, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  return tDynamic(key)
    .split(/\{([A-Za-z0-9_]+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece));
}

/** A name (a run kind, an exercise) inside a sentence: lower case, except in German, where nouns keep their capital. */
export function inSentence(name: string): string {
  return uiLanguage() === 'de' ? name : name.toLocaleLowerCase(uiLocale());
}
