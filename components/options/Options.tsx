import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/core/types';
import { HistoryPanel } from '../history/HistoryPanel';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { LevelPicker } from '../LevelPicker';
import type { DistanceUnit } from '../../utils/views/units';
import { DataSection } from './DataSection';
import { BirthYearField, LatestTimeField, MaxHrField, RaceDistanceField } from './ProfileFields';
import type { ImportResult, OptionsPrefs, SettingsPatch } from './types';

export interface OptionsProps {
  settings: Settings;
  prefs: OptionsPrefs;
  /** e.g. "Your race is 6 weeks away: race build-up" — what the automatic phase works out to today. */
  phaseNow: string;
  /** The weekly target in force and why. */
  targetNow: string;
  /** Shown when the runner trains with weights. */
  coachNote: string;
  week: WeekGlance;
  history: HistoryBar[];
  onSettings: (patch: SettingsPatch) => Promise<void>;
  onPrefs: (patch: Partial<OptionsPrefs>) => Promise<void>;
  onExport: () => Promise<void>;
  onImport: (data: unknown) => Promise<ImportResult>;
  onReset: () => Promise<void>;
  /** The current year, the latest a birth year can be (default: from the clock). */
  thisYear?: number;
  /** Unit of the weekly distances in the history (the runner's units preference, resolved). */
  unit?: DistanceUnit;
}

const PHASES: { value: Settings['phase']; label: string }[] = [
  { value: 'auto', label: 'Automatic, from my race date' },
  { value: 'off-season', label: 'Off-season (2–3 sessions a week)' },
  { value: 'build', label: 'Race build-up (1–2 a week)' },
  { value: 'taper', label: 'Taper (light core and mobility only)' },
];

const WINDOW_HOURS = [1, 2, 3, 4, 5, 6];
const REMINDER_MINUTES = [10, 15, 20, 30, 45, 60, 90, 120];

function withCurrent(values: number[], current: number): number[] {
  return values.includes(current) ? values : [...values, current].sort((a, b) => a - b);
}

function Field({ label, hint, children }: { label: string; hint?: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span class="field-label">{label}</span>
      {children}
      {hint && <span class="field-hint">{hint}</span>}
    </label>
  );
}

export function Options(props: OptionsProps) {
  const { settings, prefs } = props;
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const save = (work: Promise<void>) => {
    work.then(
      () => setStatus({ tone: 'ok', text: 'Saved.' }),
      () => setStatus({ tone: 'error', text: 'That change could not be saved. Try again.' }),
    );
  };
  const setSettings = (patch: SettingsPatch) => save(props.onSettings(patch));
  const setPrefs = (patch: Partial<OptionsPrefs>) => save(props.onPrefs(patch));

  return (
    <main class="options" data-testid="options">
      <h1>HardDay settings</h1>
      <p class="status-bar">
        <span class={`status ${status?.tone ?? ''}`} role="status" data-testid="save-status">
          {status?.text ?? ''}
        </span>
      </p>

      <section class="panel" aria-labelledby="training-title">
        <h2 id="training-title">Training</h2>
        <LevelPicker
          level={settings.level}
          name="options-level"
          onChange={(level) => setSettings({ level })}
        />

        <Field label="Season phase" hint={props.phaseNow}>
          <select
            data-testid="phase"
            value={settings.phase}
            onChange={(e) => {
              const phase = PHASES.find((p) => p.value === e.currentTarget.value)?.value;
              if (phase) setSettings({ phase });
            }}
          >
            {PHASES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>

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
                setSettings({ raceDate: value || null });
              }}
            />
            {settings.raceDate && (
              <button
                type="button"
                data-testid="race-date-clear"
                onClick={() => setSettings({ raceDate: null })}
              >
                Clear race date
              </button>
            )}
          </div>
          <span class="field-hint">
            With the automatic phase, the date sets build-up, taper and race week.
          </span>
        </div>

        <RaceDistanceField raceDistanceM={settings.raceDistanceM} onSave={setSettings} />

        <Field label="Strength sessions per week" hint={props.targetNow}>
          <select
            data-testid="sessions-per-week"
            value={settings.sessionsPerWeek === undefined ? '' : String(settings.sessionsPerWeek)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setSettings({ sessionsPerWeek: value === '' ? null : Number(value) });
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

        <Field label="Strength window after a hard run" hint="How long after a hard run strength still fits.">
          <select
            data-testid="window-hours"
            value={String(settings.windowHours)}
            onChange={(e) => setSettings({ windowHours: Number(e.currentTarget.value) })}
          >
            {withCurrent(WINDOW_HOURS, settings.windowHours).map((h) => (
              <option key={h} value={String(h)}>
                {h} hour{h === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </Field>

        <LatestTimeField latestSessionTime={settings.latestSessionTime} onSave={setSettings} />

        <Field label="Week starts on">
          <select
            data-testid="week-start"
            value={String(settings.weekStartsOn)}
            onChange={(e) => setSettings({ weekStartsOn: e.currentTarget.value === '0' ? 0 : 1 })}
          >
            <option value="1">Monday</option>
            <option value="0">Sunday</option>
          </select>
        </Field>

        <fieldset class="choice-list" data-testid="equipment">
          <legend>Equipment</legend>
          {(
            [
              ['bodyweight', 'Bodyweight only'],
              ['weights', 'I also train with weights'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="choice-inline">
              <input
                type="radio"
                name="equipment"
                value={value}
                checked={settings.equipment === value}
                data-testid={`equipment-${value}`}
                onChange={() => setSettings({ equipment: value })}
              />
              {label}
            </label>
          ))}
          {settings.equipment === 'weights' && (
            <p class="note" data-testid="coach-note">
              {props.coachNote}
            </p>
          )}
        </fieldset>
      </section>

      <section class="panel" aria-labelledby="you-title">
        <h2 id="you-title">About you</h2>
        <BirthYearField
          birthYear={settings.birthYear}
          thisYear={props.thisYear ?? new Date().getFullYear()}
          onSave={setSettings}
        />
        <MaxHrField maxHr={settings.maxHr} onSave={setSettings} />
      </section>

      <section class="panel" aria-labelledby="sites-title">
        <h2 id="sites-title">Sites and reminders</h2>
        <fieldset class="choice-list">
          <legend>Show HardDay on</legend>
          <label class="choice-inline">
            <input
              type="checkbox"
              data-testid="site-strava"
              checked={prefs.sites.strava}
              onChange={(e) => setPrefs({ sites: { ...prefs.sites, strava: e.currentTarget.checked } })}
            />
            Strava activity pages
          </label>
          <label class="choice-inline">
            <input
              type="checkbox"
              data-testid="site-garmin"
              checked={prefs.sites.garmin}
              onChange={(e) => setPrefs({ sites: { ...prefs.sites, garmin: e.currentTarget.checked } })}
            />
            Garmin Connect activity pages
          </label>
        </fieldset>

        <label class="choice-inline">
          <input
            type="checkbox"
            data-testid="reminders"
            checked={prefs.reminders}
            onChange={(e) => setPrefs({ reminders: e.currentTarget.checked })}
          />
          Remind me before a strength window closes
        </label>
        <Field label="Remind me this long before">
          <select
            data-testid="reminder-minutes"
            disabled={!prefs.reminders}
            value={String(prefs.reminderMinutesBefore)}
            onChange={(e) => setPrefs({ reminderMinutesBefore: Number(e.currentTarget.value) })}
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
              if (value === 'auto' || value === 'km' || value === 'mi') setPrefs({ units: value });
            }}
          >
            <option value="auto">Automatic (from the browser language)</option>
            <option value="km">Kilometres</option>
            <option value="mi">Miles</option>
          </select>
        </Field>
      </section>

      <HistoryPanel week={props.week} weeks={props.history} unit={props.unit} />

      <DataSection onExport={props.onExport} onImport={props.onImport} onReset={props.onReset} />
    </main>
  );
}
