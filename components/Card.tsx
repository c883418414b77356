import type { Advice, Classification, Effort, Run } from '../utils/core/types';
import type { CardTexts } from '../utils/views/card-texts';
import { adviceSession, strengthHeadline } from '../utils/i18n/advice-text';
import { t } from '../utils/i18n';

export interface CardProps {
  run: Run;
  classification: Classification;
  advice: Advice;
  /** Epoch ms, ticking while a window is open. */
  now: number;
  /** Every other word about this run and its advice, said by the background in the runner's units and language. */
  texts: CardTexts;
  collapsed: boolean;
  /** The runner corrected the effort by hand. */
  overridden: boolean;
  onToggleCollapsed: () => void;
  onCorrect: (effort: Effort | null) => void;
  onOpenSession: (sessionId: string) => void;
  /** The short mobility routine: opened on its own, not tied to this run. */
  onOpenMobility: (sessionId: string) => void;
  /** Given when the card floats in the page's corner (no place for it in the page): closes it for this visit. */
  onClose?: () => void;
}

/** The logo's letters: a mark, not a word, the same in every language. */
const BRAND_MARK = 'HD';

export function Card(props: CardProps) {
  const { classification, advice, texts, now, collapsed, overridden } = props;
  const session = adviceSession(advice);
  const mobility = advice.mobility;
  const other: Effort = classification.effort === 'hard' ? 'easy' : 'hard';
  // The heart rate was high for an easy run: ask, and let the runner's answer decide (the same correction).
  const askFeltHard = advice.kind === 'easy-day' && advice.askFeltHard === true && !overridden;
  return (
    <section class={`card effort-${classification.effort}`} aria-label={t('app.name')}>
      <header class="card-head">
        <span class="brand" aria-hidden="true">
          {BRAND_MARK}
        </span>
        <span class="verdict" data-testid="card-verdict">
          <strong>{classification.effort === 'hard' ? t('common.hardDay') : t('common.easyDay')}</strong>
          {' · '}
          {texts.kind}
          {overridden && <span class="tag"> {t('card.yourCall')}</span>}
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          data-testid="card-toggle"
          onClick={props.onToggleCollapsed}
        >
          {collapsed ? t('card.show') : t('card.hide')}
        </button>
        {props.onClose && (
          <button
            type="button"
            class="close"
            data-testid="card-close"
            aria-label={t('card.close')}
            onClick={props.onClose}
          >
            ×
          </button>
        )}
      </header>
      {!collapsed && (
        <div class="card-body">
          <ul class="reasons" data-testid="card-reasons">
            {texts.reasons.slice(0, 3).map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
          <p class="advice" data-testid="card-advice" role="status">
            {advice.kind === 'strength' ? strengthHeadline(advice.windowEnds, now) : texts.headline}
          </p>
          {askFeltHard && (
            <div class="felt-hard" data-felt-hard="true" role="group" aria-labelledby="hd-felt-hard">
              <span id="hd-felt-hard">
                <strong>{t('common.feltHard')}</strong> {t('common.feltHardThen')}
              </span>
              <button
                type="button"
                class="primary"
                data-testid="card-felt-hard"
                onClick={() => props.onCorrect('hard')}
              >
                {t('common.markHard')}
              </button>
            </div>
          )}
          {session && (
            <div class="session">
              <span data-testid="card-session">
                <strong>{texts.session?.title}</strong> · {texts.session?.detail}
              </span>
              <button
                type="button"
                class="primary"
                data-testid="card-open-session"
                onClick={() => props.onOpenSession(session.id)}
              >
                {t('card.openSession')}
              </button>
            </div>
          )}
          {mobility && (
            <div class="mobility" data-mobility="true" data-testid="card-mobility">
              <span>
                {texts.mobility}
                <span class="hint"> · {t('card.fitsAnyDay')}</span>
              </span>
              <button
                type="button"
                data-testid="card-open-mobility"
                aria-label={t('common.mobilityStart', { minutes: mobility.minutes })}
                onClick={() => props.onOpenMobility(mobility.id)}
              >
                {t('common.start')}
              </button>
            </div>
          )}
          {!session && !mobility && (
            <p class="level-line" data-testid="card-level">
              {t('card.yourLevel', { level: texts.level })}
            </p>
          )}
          {!askFeltHard && (
            <div class="correct">
              {overridden ? (
                <button type="button" data-testid="card-correct-reset" onClick={() => props.onCorrect(null)}>
                  {t('card.verdictAgain')}
                </button>
              ) : (
                <button type="button" data-testid="card-correct" onClick={() => props.onCorrect(other)}>
                  {other === 'easy' ? t('card.wasEasy') : t('card.wasHard')}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
