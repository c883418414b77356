import type { Advice, Effort } from '../utils/core/types';
import type { CardTexts } from '../utils/views/card-texts';
import { adviceSession, strengthHeadline } from '../utils/i18n/advice-text';
import { t } from '../utils/i18n';

export interface DashboardLineProps {
  effort: Effort;
  advice: Advice;
  /** Epoch ms, ticking while a window is open. */
  now: number;
  /** The run's kind and the advice's headline, said by the background as on the card. */
  texts: Pick<CardTexts, 'kind' | 'headline'>;
  /** The runner corrected the effort by hand. */
  overridden: boolean;
  onOpenSession: (sessionId: string) => void;
}

/** The logo's letters: a mark, not a word, the same in every language. */
const BRAND_MARK = 'HD';

/**
 * One compact line beside the runner's newest run in the site's feed: the verdict, the window's time left while it
 * is open (else the day's advice), and the session to open. The card on the activity page has the reasons and the
 * corrections; the popup has everything.
 */
export function DashboardLine(props: DashboardLineProps) {
  const { effort, advice, texts, now } = props;
  const session = adviceSession(advice);
  return (
    <div class={`line effort-${effort}`} role="group" aria-label={t('app.name')}>
      <span class="brand" aria-hidden="true">
        {BRAND_MARK}
      </span>
      <span class="verdict" data-testid="line-verdict">
        <strong>{effort === 'hard' ? t('common.hardDay') : t('common.easyDay')}</strong>
        {' · '}
        {texts.kind}
        {props.overridden && <span class="tag"> {t('card.yourCall')}</span>}
      </span>
      <span class="advice" data-testid="line-advice" role="status">
        {advice.kind === 'strength' ? strengthHeadline(advice.windowEnds, now) : texts.headline}
      </span>
      {session && (
        <button
          type="button"
          class="primary"
          data-testid="line-open-session"
          onClick={() => props.onOpenSession(session.id)}
        >
          {t('card.openSession')}
        </button>
      )}
    </div>
  );
}
