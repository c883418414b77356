import type { ComponentChildren } from 'preact';
import { tDynamic, type MessageKey } from '../utils/i18n';

/**
 * A message with elements inside it (a link in the middle of a sentence): its `{name}` placeholders become the given
 * elements, the rest stays text, so each language keeps its own word order around them.
 */
export function tParts(key: MessageKey, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  return tDynamic(key)
    .split(/\{([A-Za-z0-9_]+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece));
}
