// Options fields for the goal race distance, the evening cut-off for strength, and the runner's birth year and
// maximum heart rate. Each saves a valid value at once and says in plain words what is wrong with an invalid one
// (nothing is saved then); an empty box goes back to "not set".

import { useState } from 'preact/hooks';
import type { SaveSettings } from './types';
import type { UnitSystem } from '../../utils/core/types';
import { t, uiLocale } from '../../utils/i18n';

/** The evening cut-off when the runner has not chosen one (the core's DEFAULT_LATEST_SESSION_TIME). */
export const DEFAULT_LATEST_TIME = '21:30';

export const RACE_DISTANCES = [
  { value: '5000', label: () => t('options.distance5k'), metres: 5000 },
  { value: '10000', label: () => t('options.distance10k'), metres: 10_000 },
  { value: '21097.5', label: () => t('options.distanceHalf'), metres: 21_097.5 },
  { value: '42195', label: () => t('options.distanceMarathon'), metres: 42_195 },
] as const;

const METRES_PER_MILE = 1609.344;
/** A custom race in the runner's own unit: from a 400 m track race (a quarter mile) to a 500 km (310 mi) ultra. */
const RACE_UNITS = {
  metric: { metres: 1000, min: 0.4, max: 500 },
  imperial: { metres: METRES_PER_MILE, min: 0.25, max: 310 },
} as const;
const number = (n: number) => new Intl.NumberFormat(uiLocale()).format(n);

function FieldError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <span class="field-error" id={id} data-testid={id} role="alert">
      {text}
    </span>
  ) : null;
}

/**
 * Goal race distance: the usual four or a custom distance in the runner's unit (km or mi). Shown with the race date;
 * it sets how long the taper is and how long the recovery after the race.
 */
export function RaceDistanceField({
  raceDistanceM,
  unit = 'metric',
  onSave,
}: {
  raceDistanceM?: number;
  unit?: UnitSystem;
  onSave: SaveSettings;
}) {
  const { metres: perUnit, min, max } = RACE_UNITS[unit];
  const imperial = unit === 'imperial';
  const preset = RACE_DISTANCES.find((d) => d.metres === raceDistanceM);
  const [customChosen, setCustomChosen] = useState(false);
  const custom = customChosen || (raceDistanceM !== undefined && !preset);
  const choice = custom ? 'custom' : (preset?.value ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Two decimals in miles, so a stored 50 km reads 31.07 mi and saves back to the same metres.
  const places = imperial ? 100 : 10;
  const stored =
    raceDistanceM !== undefined && !preset
      ? String(Math.round((raceDistanceM / perUnit) * places) / places)
      : '';

  const saveDistance = (text: string) => {
    const value = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
      const range = { min: number(min), max: number(max) };
      setError(imperial ? t('options.raceDistanceErrorMi', range) : t('options.raceDistanceError', range));
      return;
    }
    setError(null);
    setDraft(null);
    onSave({ raceDistanceM: Math.round(value * perUnit) });
  };

  return (
    <div class="field">
      <label class="field-label" for="race-distance">
        {t('options.raceDistance')}
      </label>
      <div class="inline">
        <select
          id="race-distance"
          data-testid="race-distance"
          value={choice}
          aria-describedby="race-distance-hint"
          onChange={(e) => {
            const value = e.currentTarget.value;
            setError(null);
            if (value === 'custom') {
              setCustomChosen(true);
              return;
            }
            setCustomChosen(false);
            setDraft(null);
            const picked = RACE_DISTANCES.find((d) => d.value === value);
            onSave({ raceDistanceM: picked ? picked.metres : null });
          }}
        >
          <option value="">{t('options.raceDistanceNotSet')}</option>
          {RACE_DISTANCES.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label()}
            </option>
          ))}
          <option value="custom">{t('options.raceDistanceOther')}</option>
        </select>
        {custom && (
          <span class="inline-label">
            <input
              type="number"
              inputMode="decimal"
              min={min}
              max={max}
              step={imperial ? '0.01' : '0.1'}
              class="short-number"
              data-testid="race-distance-km"
              data-unit={imperial ? 'mi' : 'km'}
              aria-label={imperial ? t('options.raceDistanceMi') : t('options.raceDistanceKm')}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'race-distance-error' : undefined}
              value={draft ?? stored}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onChange={(e) => saveDistance(e.currentTarget.value)}
            />
            <span aria-hidden="true">{imperial ? t('options.mi') : t('options.km')}</span>
          </span>
        )}
      </div>
      <FieldError id="race-distance-error" text={error} />
      <span class="field-hint" id="race-distance-hint">
        {t('options.raceDistanceHint')}
      </span>
    </div>
  );
}

/** The latest time of day a strength session may start: no window runs past it and no reminder comes after it. */
export function LatestTimeField({
  latestSessionTime,
  onSave,
}: {
  latestSessionTime?: string;
  onSave: SaveSettings;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="field">
      <label class="field-label" for="latest-session-time">
        {t('options.latestTime')}
      </label>
      <input
        id="latest-session-time"
        type="time"
        data-testid="latest-session-time"
        class="short-number"
        value={latestSessionTime ?? DEFAULT_LATEST_TIME}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'latest-session-time-error latest-time-hint' : 'latest-time-hint'}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value === '') {
            setError(null);
            onSave({ latestSessionTime: null });
            return;
          }
          if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) {
            setError(t('options.latestTimeError', { example: DEFAULT_LATEST_TIME }));
            return;
          }
          setError(null);
          onSave({ latestSessionTime: value });
        }}
      />
      <FieldError id="latest-session-time-error" text={error} />
      <span class="field-hint" id="latest-time-hint">
        {t('options.latestTimeHint', { time: DEFAULT_LATEST_TIME })}
      </span>
    </div>
  );
}

interface WholeNumberProps {
  id: string;
  label: string;
  hint: string;
  value?: number;
  min: number;
  max: number;
  /** e.g. "a year from 1900 to 2026". */
  rangeWords: string;
  onSave: (value: number | null) => void;
}

/** An optional whole number: empty clears it, a number outside its range is explained and not saved. */
function WholeNumberField({ id, label, hint, value, min, max, rangeWords, onSave }: WholeNumberProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label} <span class="optional">{t('options.optional')}</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step="1"
        class="short-number"
        data-testid={id}
        value={draft ?? (value === undefined ? '' : String(value))}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => {
          const text = e.currentTarget.value.trim();
          if (text === '') {
            setError(null);
            setDraft(null);
            onSave(null);
            return;
          }
          const n = Number(text);
          if (!Number.isInteger(n) || n < min || n > max) {
            setError(t('options.wholeNumberError', { range: rangeWords }));
            return;
          }
          setError(null);
          setDraft(null);
          onSave(n);
        }}
      />
      <FieldError id={`${id}-error`} text={error} />
      <span class="field-hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}

export function BirthYearField({
  birthYear,
  thisYear,
  onSave,
}: {
  birthYear?: number;
  thisYear: number;
  onSave: SaveSettings;
}) {
  return (
    <WholeNumberField
      id="birth-year"
      label={t('options.birthYear')}
      hint={t('options.birthYearHint')}
      value={birthYear}
      min={1900}
      max={thisYear}
      rangeWords={t('options.birthYearRange', { year: thisYear })}
      onSave={(value) => onSave({ birthYear: value })}
    />
  );
}

export function MaxHrField({ maxHr, onSave }: { maxHr?: number; onSave: SaveSettings }) {
  return (
    <WholeNumberField
      id="max-hr"
      label={t('options.maxHr')}
      hint={t('options.maxHrHint')}
      value={maxHr}
      min={100}
      max={240}
      rangeWords={t('options.maxHrRange')}
      onSave={(value) => onSave({ maxHr: value })}
    />
  );
}
