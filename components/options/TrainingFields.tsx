// The training settings that are one choice each: season phase, race date, sessions a week, the strength window,
// the first day of the week and the equipment. Each saves as soon as it changes.

import type { Settings } from '../../utils/core/types';
import { words } from '../../utils/i18n/training-text';
import { Field, withCurrent } from './Field';
import type { SaveSettings } from './types';
import { t, tn } from '../../utils/i18n';

const phases = (): { value: Settings['phase']; label: string }[] => [
  { value: 'auto', label: t('options.phaseAuto') },
  { value: 'off-season', label: t('options.phaseOffSeason') },
  { value: 'build', label: t('options.phaseBuild') },
  { value: 'taper', label: t('options.phaseTaper') },
];

const WINDOW_HOURS = [1, 2, 3, 4, 5, 6];

const equipment = () =>
  [
    ['bodyweight', t('options.bodyweight')],
    ['weights', t('options.weights')],
  ] as const;

interface FieldProps {
  settings: Settings;
  onSave: SaveSettings;
}

/** `phaseNow` says what the automatic phase works out to today. */
export function PhaseField({ settings, phaseNow, onSave }: FieldProps & { phaseNow: string }) {
  return (
    <Field label={t('options.phase')} hint={phaseNow}>
      <select
        data-testid="phase"
        value={settings.phase}
        onChange={(e) => {
          const phase = phases().find((p) => p.value === e.currentTarget.value)?.value;
          if (phase) onSave({ phase });
        }}
      >
        {phases().map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function RaceDateField({ settings, onSave }: FieldProps) {
  return (
    <div class="field">
      <label class="field-label" for="race-date">
        {t('options.raceDate')}
      </label>
      <div class="inline">
        <input
          id="race-date"
          type="date"
          data-testid="race-date"
          value={settings.raceDate ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onSave({ raceDate: value || null });
          }}
        />
        {settings.raceDate && (
          <button type="button" data-testid="race-date-clear" onClick={() => onSave({ raceDate: null })}>
            {t('options.raceDateClear')}
          </button>
        )}
      </div>
      <span class="field-hint">{t('options.raceDateHint')}</span>
    </div>
  );
}

/** `targetNow` says which weekly target is in force and why. */
export function SessionsPerWeekField({ settings, targetNow, onSave }: FieldProps & { targetNow: string }) {
  return (
    <Field label={t('options.perWeek')} hint={targetNow}>
      <select
        data-testid="sessions-per-week"
        value={settings.sessionsPerWeek === undefined ? '' : String(settings.sessionsPerWeek)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onSave({ sessionsPerWeek: value === '' ? null : Number(value) });
        }}
      >
        <option value="">{t('options.perWeekAuto')}</option>
        {[1, 2, 3].map((n) => (
          <option key={n} value={String(n)}>
            {t('options.perWeekN', { count: n })}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function WindowHoursField({ settings, onSave }: FieldProps) {
  return (
    <Field label={t('options.window')} hint={t('options.windowHint')}>
      <select
        data-testid="window-hours"
        value={String(settings.windowHours)}
        onChange={(e) => onSave({ windowHours: Number(e.currentTarget.value) })}
      >
        {withCurrent(WINDOW_HOURS, settings.windowHours).map((h) => (
          <option key={h} value={String(h)}>
            {tn('options.windowHours', h)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Where the first day of the week comes from, unless the runner chose it here: their Garmin Connect setting, or
 * HardDay's default, which that setting replaces.
 */
function weekStartHint(from: 'runner' | 'garmin' | undefined): string | undefined {
  if (from === 'runner') return undefined;
  return from === 'garmin' ? t('options.weekStartFrom.garmin') : t('options.weekStartFrom.default');
}

export function WeekStartField({ settings, from, onSave }: FieldProps & { from?: 'runner' | 'garmin' }) {
  return (
    <Field label={t('options.weekStart')} hint={weekStartHint(from)}>
      <select
        data-testid="week-start"
        value={String(settings.weekStartsOn)}
        onChange={(e) => onSave({ weekStartsOn: e.currentTarget.value === '0' ? 0 : 1 })}
      >
        <option value="1">{t('options.monday')}</option>
        <option value="0">{t('options.sunday')}</option>
      </select>
    </Field>
  );
}

/** With weights, `coachNote` (a training-content key) says what to do before lifting heavy. */
export function EquipmentField({ settings, coachNote, onSave }: FieldProps & { coachNote: string }) {
  return (
    <fieldset class="choice-list" data-testid="equipment">
      <legend>{t('options.equipment')}</legend>
      {equipment().map(([value, label]) => (
        <label key={value} class="choice-inline">
          <input
            type="radio"
            name="equipment"
            value={value}
            checked={settings.equipment === value}
            data-testid={`equipment-${value}`}
            onChange={() => onSave({ equipment: value })}
          />
          {label}
        </label>
      ))}
      {settings.equipment === 'weights' && (
        <p class="note" data-testid="coach-note">
          {words(coachNote)}
        </p>
      )}
    </fieldset>
  );
}
