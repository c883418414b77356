// The training settings that are one choice each: season phase, race date, sessions a week, the strength window,
// the first day of the week and the equipment. Each saves as soon as it changes.

import type { Settings } from '../../utils/core/types';
import { Field, withCurrent } from './Field';
import type { SaveSettings } from './types';

const PHASES: { value: Settings['phase']; label: string }[] = [
  { value: 'auto', label: 'Automatic, from my race date' },
  { value: 'off-season', label: 'Off-season (2–3 sessions a week)' },
  { value: 'build', label: 'Race build-up (1–2 a week)' },
  { value: 'taper', label: 'Taper (light core and mobility only)' },
];

const WINDOW_HOURS = [1, 2, 3, 4, 5, 6];

const EQUIPMENT = [
  ['bodyweight', 'Bodyweight only'],
  ['weights', 'I also train with weights'],
] as const;

interface FieldProps {
  settings: Settings;
  onSave: SaveSettings;
}

/** `phaseNow` says what the automatic phase works out to today. */
export function PhaseField({ settings, phaseNow, onSave }: FieldProps & { phaseNow: string }) {
  return (
    <Field label="Season phase" hint={phaseNow}>
      <select
        data-testid="phase"
        value={settings.phase}
        onChange={(e) => {
          const phase = PHASES.find((p) => p.value === e.currentTarget.value)?.value;
          if (phase) onSave({ phase });
        }}
      >
        {PHASES.map((p) => (
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
        Race date
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
            Clear race date
          </button>
        )}
      </div>
      <span class="field-hint">With the automatic phase, the date sets build-up, taper and race week.</span>
    </div>
  );
}

/** `targetNow` says which weekly target is in force and why. */
export function SessionsPerWeekField({ settings, targetNow, onSave }: FieldProps & { targetNow: string }) {
  return (
    <Field label="Strength sessions per week" hint={targetNow}>
      <select
        data-testid="sessions-per-week"
        value={settings.sessionsPerWeek === undefined ? '' : String(settings.sessionsPerWeek)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onSave({ sessionsPerWeek: value === '' ? null : Number(value) });
        }}
      >
        <option value="">Automatic for my phase</option>
        {[1, 2, 3].map((n) => (
          <option key={n} value={String(n)}>
            {n} a week
          </option>
        ))}
      </select>
    </Field>
  );
}

export function WindowHoursField({ settings, onSave }: FieldProps) {
  return (
    <Field label="Strength window after a hard run" hint="How long after a hard run strength still fits.">
      <select
        data-testid="window-hours"
        value={String(settings.windowHours)}
        onChange={(e) => onSave({ windowHours: Number(e.currentTarget.value) })}
      >
        {withCurrent(WINDOW_HOURS, settings.windowHours).map((h) => (
          <option key={h} value={String(h)}>
            {h} hour{h === 1 ? '' : 's'}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function WeekStartField({ settings, onSave }: FieldProps) {
  return (
    <Field label="Week starts on">
      <select
        data-testid="week-start"
        value={String(settings.weekStartsOn)}
        onChange={(e) => onSave({ weekStartsOn: e.currentTarget.value === '0' ? 0 : 1 })}
      >
        <option value="1">Monday</option>
        <option value="0">Sunday</option>
      </select>
    </Field>
  );
}

/** With weights, `coachNote` says what to do before lifting heavy. */
export function EquipmentField({ settings, coachNote, onSave }: FieldProps & { coachNote: string }) {
  return (
    <fieldset class="choice-list" data-testid="equipment">
      <legend>Equipment</legend>
      {EQUIPMENT.map(([value, label]) => (
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
          {coachNote}
        </p>
      )}
    </fieldset>
  );
}
