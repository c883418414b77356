// "Your usual week": which weekdays are usually hard, long, easy or rest. The week plan places strength on it. The
// runner sets each day, takes the suggestion from their last 6 weeks of runs in one go, or goes back to automatic.

import type { Settings } from '../../utils/core/types';
import type { UsualWeekSuggestionView } from '../../utils/views/week-plan-view';
import { weekdayLong, weekdayShort } from '../../utils/i18n/format';
import { t, tn } from '../../utils/i18n';
import type { SaveSettings } from './types';

type UsualDay = NonNullable<Settings['usualWeek']>[number];

const DAY_TYPES: { value: UsualDay; label: () => string }[] = [
  { value: 'hard', label: () => t('options.usualWeek.type.hard') },
  { value: 'long', label: () => t('options.usualWeek.type.long') },
  { value: 'easy', label: () => t('options.usualWeek.type.easy') },
  { value: 'rest', label: () => t('options.usualWeek.type.rest') },
];

/** A date that falls on each weekday (a week of January 2023 starts on Sunday 1st), for the day names. */
const DATE_OF_WEEKDAY = [
  '2023-01-01',
  '2023-01-02',
  '2023-01-03',
  '2023-01-04',
  '2023-01-05',
  '2023-01-06',
  '2023-01-07',
];

interface Props {
  settings: Settings;
  suggestion: UsualWeekSuggestionView;
  onSave: SaveSettings;
}

const sameWeek = (a: readonly string[] | undefined, b: readonly string[]) =>
  !!a && a.length === b.length && a.every((day, i) => day === b[i]);

export function UsualWeekSection({ settings, suggestion, onSave }: Props) {
  const own = settings.usualWeek;
  const shown = own ?? suggestion.days;
  // Days in the order of the runner's week (Monday or Sunday first); the stored week is Sunday first.
  const order = settings.weekStartsOn === 0 ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0];
  const canSuggest = suggestion.weeks > 0 && !sameWeek(own, suggestion.days);
  const setDay = (weekday: number, type: UsualDay) => {
    const next = [...shown];
    next[weekday] = type;
    onSave({ usualWeek: next });
  };
  return (
    <section class="panel" aria-labelledby="usual-week-title" data-testid="usual-week">
      <h2 id="usual-week-title">{t('options.usualWeek.title')}</h2>
      <p class="muted">{t('options.usualWeek.intro')}</p>
      <div class="usual-week" data-source={own ? 'settings' : suggestion.weeks > 0 ? 'suggested' : 'none'}>
        {order.map((weekday) => (
          <label key={weekday}>
            <span aria-hidden="true">{weekdayShort(DATE_OF_WEEKDAY[weekday]!)}</span>
            <span class="visually-hidden">{weekdayLong(DATE_OF_WEEKDAY[weekday]!)}</span>
            <select
              data-testid={`usual-day-${weekday}`}
              value={shown[weekday]}
              onChange={(e) => {
                const type = DAY_TYPES.find((d) => d.value === e.currentTarget.value)?.value;
                if (type) setDay(weekday, type);
              }}
            >
              {DAY_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label()}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p class="muted small-print" data-testid="usual-week-status">
        {own
          ? t('options.usualWeek.own')
          : suggestion.weeks > 0
            ? tn('options.usualWeek.learned', suggestion.weeks)
            : t('options.usualWeek.nothingToLearn')}
      </p>
      <div class="inline">
        {canSuggest && (
          <button
            type="button"
            data-testid="usual-week-suggest"
            onClick={() => onSave({ usualWeek: [...suggestion.days] })}
          >
            {tn('options.usualWeek.useSuggestion', suggestion.weeks)}
          </button>
        )}
        {own && (
          <button
            type="button"
            class="link"
            data-testid="usual-week-clear"
            onClick={() => onSave({ usualWeek: null })}
          >
            {t('options.usualWeek.followRuns')}
          </button>
        )}
      </div>
    </section>
  );
}
