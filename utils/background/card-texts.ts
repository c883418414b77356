// Every word of the in-page card, said by the background in the runner's units and language: the injected card
// then carries no formatter, no date code and no training vocabulary, only the few words of its buttons.

import type { Message } from '../core/message';
import type { Level } from '../core/types';
import type { CardView } from '../core/view';
import type { CardTexts } from '../views/card-texts';
import { adviceSession, headlineMessage, mobilityLabel } from '../i18n/advice-text';
import { formatDuration, runKindName } from '../i18n/format';
import { levelName } from '../i18n/levels';
import { sessionTitle } from '../i18n/training-text';

export function cardTexts(
  view: CardView,
  level: Level,
  say: (message: Message) => string,
  now: number,
  zone: string,
): CardTexts {
  const { advice, classification } = view;
  const session = adviceSession(advice);
  return {
    kind: runKindName(classification.kind),
    reasons: classification.reasons.map(say),
    headline: advice.kind === 'strength' ? undefined : say(headlineMessage(advice, now, zone)),
    session: session
      ? {
          title: sessionTitle(session.title),
          detail: `${levelName(level)} · ${formatDuration(session.minutes * 60)}`,
        }
      : undefined,
    mobility: advice.mobility ? mobilityLabel(advice.mobility) : undefined,
    level: levelName(level),
  };
}
