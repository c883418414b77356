// "Sites and reminders": where the card shows, the reminder before a strength window closes, and the distance unit.
// These are preferences (how HardDay behaves), saved apart from the training settings.

import { Field, withCurrent } from './Field';
import type { OptionsPrefs, SavePrefs } from './types';

const REMINDER_MINUTES = [10, 15, 20, 30, 45, 60, 90, 120];

const SITES = [
  ['strava', 'Strava activity pages'],
  ['garmin', 'Garmin Connect activity pages'],
] as const;

export function SitesSection({ prefs, onSave }: { prefs: OptionsPrefs; onSave: SavePrefs }) {
  return (
    <section class="panel" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites and reminders</h2>
      <fieldset class="choice-list">
        <legend>Show HardDay on</legend>
        {SITES.map(([site, label]) => (
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

      <label class="choice-inline">
        <input
          type="checkbox"
          data-testid="reminders"
          checked={prefs.reminders}
          onChange={(e) => onSave({ reminders: e.currentTarget.checked })}
        />
        Remind me before a strength window closes
      </label>
      <Field label="Remind me this long before">
        <select
          data-testid="reminder-minutes"
          disabled={!prefs.reminders}
          value={String(prefs.reminderMinutesBefore)}
          onChange={(e) => onSave({ reminderMinutesBefore: Number(e.currentTarget.value) })}
        >
          {withCurrent(REMINDER_MINUTES, prefs.reminderMinutesBefore).map((m) => (
            <option key={m} value={String(m)}>
              {m} minutes
            </option>
          ))}
        </select>
      </Field>

      <Field label="Distances in">
        <select
          data-testid="units"
          value={prefs.units}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === 'auto' || value === 'km' || value === 'mi') onSave({ units: value });
          }}
        >
          <option value="auto">Automatic (from the browser language)</option>
          <option value="km">Kilometres</option>
          <option value="mi">Miles</option>
        </select>
      </Field>
    </section>
  );
}
