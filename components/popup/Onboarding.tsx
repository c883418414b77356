import { useState } from 'preact/hooks';
import type { Level, Settings } from '../../utils/core/types';
import { LevelPicker } from '../LevelPicker';

export type SeasonChoice = 'none' | 'race' | 'build' | 'taper';

export interface OnboardingResult {
  level: Level;
  phase: Settings['phase'];
  raceDate?: string;
  /** undefined: let HardDay pick from the phase. */
  sessionsPerWeek?: number;
}

interface Props {
  /** Today, YYYY-MM-DD (local): the earliest race date that makes sense. */
  today: string;
  onFinish: (result: OnboardingResult) => Promise<void>;
  /** Keep the safe defaults (level 1, no race, target from the phase). */
  onSkip: () => void;
}

const SEASONS: { value: SeasonChoice; label: string; hint: string }[] = [
  { value: 'none', label: 'No race planned', hint: 'Off-season: 2–3 sessions a week build a strong base.' },
  { value: 'race', label: 'I have a race date', hint: 'HardDay works out the phase from the date.' },
  {
    value: 'build',
    label: 'Building up for a race',
    hint: 'Race build-up: 1–2 sessions a week keep strength.',
  },
  { value: 'taper', label: 'Tapering', hint: 'Taper: light core and mobility only.' },
];

const TARGETS: { value: string; label: string }[] = [
  { value: '', label: 'Let HardDay choose for my phase' },
  { value: '1', label: '1 session a week' },
  { value: '2', label: '2 sessions a week' },
  { value: '3', label: '3 sessions a week' },
];

const STEP_TITLES = ['Your strength level', 'Your season', 'Sessions per week'];

export function toSettings(
  level: Level,
  season: SeasonChoice,
  raceDate: string,
  target: string,
): OnboardingResult {
  const result: OnboardingResult = {
    level,
    phase: season === 'build' || season === 'taper' ? season : 'auto',
  };
  if (season === 'race' && raceDate) result.raceDate = raceDate;
  if (target) result.sessionsPerWeek = Number(target);
  return result;
}

/** Three short questions, each skippable; nothing is saved until the last step (or skip keeps the defaults). */
export function Onboarding({ today, onFinish, onSkip }: Props) {
  const [step, setStep] = useState(0);
  const [level, setLevel] = useState<Level>(1);
  const [season, setSeason] = useState<SeasonChoice>('none');
  const [raceDate, setRaceDate] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const next = () => {
    if (step === 1 && season === 'race' && !(raceDate >= today)) {
      setError('Pick a race date from today on, or choose another option.');
      return;
    }
    setError('');
    setStep(step + 1);
  };
  const finish = () => {
    setBusy(true);
    onFinish(toSettings(level, season, raceDate, target)).catch(() => {
      setBusy(false);
      setError('HardDay could not save this. Try again, or skip for now.');
    });
  };

  return (
    <main class="popup onboarding" data-testid="onboarding" data-step={step}>
      <h1>Welcome to HardDay</h1>
      <p class="intro">
        Strength work fits best in the hours after a hard run, and not at all on easy days. Three quick
        questions set it up.
      </p>
      <p class="step-count muted">
        Step {step + 1} of 3: {STEP_TITLES[step]}
      </p>

      {step === 0 && <LevelPicker level={level} name="onboarding-level" onChange={setLevel} />}

      {step === 1 && (
        <fieldset class="choice-list" data-testid="onboarding-season">
          <legend>Your season</legend>
          {SEASONS.map((option) => (
            <label key={option.value} class={option.value === season ? 'choice selected' : 'choice'}>
              <input
                type="radio"
                name="onboarding-season"
                value={option.value}
                checked={option.value === season}
                data-testid={`season-${option.value}`}
                onChange={() => setSeason(option.value)}
              />
              <span class="choice-name">{option.label}</span>
              <span class="choice-meaning">{option.hint}</span>
            </label>
          ))}
          {season === 'race' && (
            <label class="stacked">
              Race date
              <input
                type="date"
                min={today}
                value={raceDate}
                data-testid="onboarding-race-date"
                onInput={(e) => setRaceDate(e.currentTarget.value)}
              />
            </label>
          )}
        </fieldset>
      )}

      {step === 2 && (
        <label class="stacked">
          Strength sessions per week
          <select
            data-testid="onboarding-target"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
          >
            {TARGETS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <span class="muted">HardDay keeps the number inside what your phase allows.</span>
        </label>
      )}

      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}

      <div class="actions">
        {step > 0 && (
          <button type="button" data-testid="onboarding-back" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        {step < 2 ? (
          <button type="button" class="primary" data-testid="onboarding-next" onClick={next}>
            Next
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-testid="onboarding-finish"
            disabled={busy}
            onClick={finish}
          >
            Start using HardDay
          </button>
        )}
        <button type="button" class="link" data-testid="onboarding-skip" onClick={onSkip}>
          Skip, use safe defaults
        </button>
      </div>
    </main>
  );
}
