import { useState } from 'preact/hooks';
import type { Level, Settings } from '../../utils/core/types';
import { LevelPicker } from '../LevelPicker';
import { t, tn } from '../../utils/i18n';

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

const seasons = (): { value: SeasonChoice; label: string; hint: string }[] => [
  { value: 'none', label: t('onboarding.seasonNone'), hint: t('onboarding.seasonNoneHint') },
  { value: 'race', label: t('onboarding.seasonRace'), hint: t('onboarding.seasonRaceHint') },
  { value: 'build', label: t('onboarding.seasonBuild'), hint: t('onboarding.seasonBuildHint') },
  { value: 'taper', label: t('onboarding.seasonTaper'), hint: t('onboarding.seasonTaperHint') },
];

const targets = (): { value: string; label: string }[] => [
  { value: '', label: t('onboarding.targetAuto') },
  ...[1, 2, 3].map((n) => ({ value: String(n), label: tn('onboarding.targetPerWeek', n) })),
];

const stepTitle = (step: number) =>
  step === 0
    ? t('onboarding.stepLevel')
    : step === 1
      ? t('onboarding.stepSeason')
      : t('onboarding.stepTarget');

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
      setError(t('onboarding.raceDateError'));
      return;
    }
    setError('');
    setStep(step + 1);
  };
  const finish = () => {
    setBusy(true);
    onFinish(toSettings(level, season, raceDate, target)).catch(() => {
      setBusy(false);
      setError(t('onboarding.saveError'));
    });
  };

  return (
    <main class="popup onboarding" data-testid="onboarding" data-step={step}>
      <h1>{t('onboarding.welcome')}</h1>
      <p class="intro">{t('onboarding.intro')}</p>
      <p class="step-count muted">{t('onboarding.step', { step: step + 1, title: stepTitle(step) })}</p>

      {step === 0 && <LevelPicker level={level} name="onboarding-level" onChange={setLevel} />}

      {step === 1 && (
        <fieldset class="choice-list" data-testid="onboarding-season">
          <legend>{t('onboarding.stepSeason')}</legend>
          {seasons().map((option) => (
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
              {t('onboarding.raceDate')}
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
          {t('onboarding.target')}
          <select
            data-testid="onboarding-target"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
          >
            {targets().map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <span class="muted">{t('onboarding.targetHint')}</span>
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
            {t('onboarding.back')}
          </button>
        )}
        {step < 2 ? (
          <button type="button" class="primary" data-testid="onboarding-next" onClick={next}>
            {t('onboarding.next')}
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-testid="onboarding-finish"
            disabled={busy}
            onClick={finish}
          >
            {t('onboarding.finish')}
          </button>
        )}
        <button type="button" class="link" data-testid="onboarding-skip" onClick={onSkip}>
          {t('onboarding.skip')}
        </button>
      </div>
    </main>
  );
}
