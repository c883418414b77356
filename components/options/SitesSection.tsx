// "Sites and reminders": where the card shows and in which colours, the reminder before a strength window closes,
// and the distance unit.
// These are preferences (how HardDay behaves), saved apart from the training settings.

import type { UnitSystem } from '../../utils/core/types';
import type { UnitsSource } from '../../utils/views/units';
import { CARD_THEME_CHOICES } from '../../utils/core/card-theme';
import { Field, withCurrent } from './Field';
import type { OptionsPrefs, SavePrefs } from './types';
import { t } from '../../utils/i18n';

const REMINDER_MINUTES = [10, 15, 20, 30, 45, 60, 90, 120];

const sites = () =>
  [
    ['strava', t('options.siteStrava')],
    ['garmin', t('options.siteGarmin')],
  ] as const;

/** Which units 'Automatic' works out to now, and what decided: a site's setting or the browser's region. */
function unitsHint(unit: UnitSystem | undefined, source: UnitsSource | undefined): string | undefined {
  if (!unit || !source || source === 'choice') return undefined;
  const system = unit === 'imperial' ? t('options.unitsMi') : t('options.unitsKm');
  return `${system} · ${t(`options.unitsNow.${source}`)}`;
}

export function SitesSection({
  prefs,
  unit,
  unitSource,
  onSave,
}: {
  prefs: OptionsPrefs;
  unit?: UnitSystem;
  unitSource?: UnitsSource;
  onSave: SavePrefs;
}) {
  return (
    <section class="panel" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.sites')}</h2>
      <fieldset class="choice-list">
        <legend>{t('options.showOn')}</legend>
        {sites().map(([site, label]) => (
          <label key={site} class="choice-inline">
            <input
              type="checkbox"
              data-testid={`site-${site}`}
              checked={prefs.sites[site]}
              onChange={(e) => onSave({ sites: { ...prefs.sites, [site]: e.currentTarget.checked } })}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <Field label={t('options.cardTheme.label')}>
        <select
          data-testid="card-theme"
          value={prefs.cardTheme ?? 'page'}
          onChange={(e) => {
            const value = CARD_THEME_CHOICES.find((choice) => choice === e.currentTarget.value);
            if (value) onSave({ cardTheme: value });
          }}
        >
          {CARD_THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`options.cardTheme.${choice}`)}
            </option>
          ))}
        </select>
      </Field>

      <label class="choice-inline">
        <input
          type="checkbox"
          data-testid="reminders"
          checked={prefs.reminders}
          onChange={(e) => onSave({ reminders: e.currentTarget.checked })}
        />
        {t('options.reminders')}
      </label>
      <Field label={t('options.reminderBefore')}>
        <select
          data-testid="reminder-minutes"
          disabled={!prefs.reminders}
          value={String(prefs.reminderMinutesBefore)}
          onChange={(e) => onSave({ reminderMinutesBefore: Number(e.currentTarget.value) })}
        >
          {withCurrent(REMINDER_MINUTES, prefs.reminderMinutesBefore).map((m) => (
            <option key={m} value={String(m)}>
              {t('options.reminderMinutes', { count: m })}
            </option>
          ))}
        </select>
      </Field>

      <Field label={t('options.units')} hint={unitsHint(unit, unitSource)}>
        <select
          data-testid="units"
          value={prefs.units}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === 'auto' || value === 'metric' || value === 'imperial') onSave({ units: value });
          }}
        >
          <option value="auto">{t('options.unitsAuto')}</option>
          <option value="metric">{t('options.unitsKm')}</option>
          <option value="imperial">{t('options.unitsMi')}</option>
        </select>
      </Field>
    </section>
  );
}
