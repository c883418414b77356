// Messages in English, as the tests read them: locales/en.yml (served by test/support/i18n.ts), metric units unless
// asked otherwise, and a 24-hour clock (en-GB), so the core's tests assert the sentences a runner reads in English.
import type { Message } from '../../utils/core/message';
import { speaker } from '../../utils/platform';
import { say, type UnitSystem } from '../../utils/views/say';

export function english(message: Message, units: UnitSystem = 'metric'): string {
  return say(speaker(units, 'en-GB'), message);
}

/** Every message of a list in English. */
export function englishAll(messages: readonly Message[], units: UnitSystem = 'metric'): string[] {
  return messages.map((m) => english(m, units));
}
