// How components say the core's messages: the container (popup, options, card painter) provides a `say` function —
// utils/views/say.ts in the runner's units and the UI's language — and components call `useSay()`. Components never
// format a message's values themselves.

import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Message } from '../utils/core/message';
import { tDynamic } from '../utils/i18n';

export type Say = (message: Message) => string;

/** Without a provider (a component rendered on its own): the message's text with its values left out. */
const withoutValues: Say = (message) => tDynamic(message.key);

const SpeakContext = createContext<Say>(withoutValues);

export function SpeakProvider({ value, children }: { value: Say; children: ComponentChildren }) {
  return <SpeakContext.Provider value={value}>{children}</SpeakContext.Provider>;
}

/** `say(message)` in the runner's units and language. */
export function useSay(): Say {
  return useContext(SpeakContext);
}
