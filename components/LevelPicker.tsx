import type { Level } from '../utils/core/types';
import { levelMeaning, levelName, LEVELS } from '../utils/i18n/levels';
import { t } from '../utils/i18n';

interface Props {
  level: Level;
  onChange: (level: Level) => void;
  /** Shows each level's one-line meaning under its name. */
  explain?: boolean;
  name?: string;
  /** One row of three, for the popup footer. */
  compact?: boolean;
}

export function LevelPicker({ level, onChange, explain = true, name = 'level', compact = false }: Props) {
  return (
    <fieldset class={compact ? 'level-picker compact' : 'level-picker'} data-testid="level-picker">
      <legend>{t('level.legend')}</legend>
      {LEVELS.map((value) => (
        <label key={value} class={value === level ? 'level-option selected' : 'level-option'}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={value === level}
            data-testid={`level-${value}`}
            onChange={() => onChange(value)}
          />
          <span class="level-name">{levelName(value)}</span>
          {explain && <span class="level-meaning">{levelMeaning(value)}</span>}
        </label>
      ))}
    </fieldset>
  );
}
