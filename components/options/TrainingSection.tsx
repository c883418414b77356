// "Training": what sets the advice — level, season and race, how many sessions a week, when strength fits, the week
// and the equipment — in the order a runner thinks of them.

import type { Settings, UnitSystem } from '../../utils/core/types';
import { LevelPicker } from '../LevelPicker';
import { LatestTimeField, RaceDistanceField } from './ProfileFields';
import {
  EquipmentField,
  PhaseField,
  RaceDateField,
  SessionsPerWeekField,
  WeekStartField,
  WindowHoursField,
} from './TrainingFields';
import type { SaveSettings } from './types';
import { t } from '../../utils/i18n';

interface Props {
  settings: Settings;
  phaseNow: string;
  targetNow: string;
  coachNote: string;
  /** Who set the first day of the week (prefs.weekStartFrom). */
  weekStartFrom?: 'runner' | 'garmin';
  /** The runner's units, for a custom race distance. */
  unit?: UnitSystem;
  onSave: SaveSettings;
}

export function TrainingSection({
  settings,
  phaseNow,
  targetNow,
  coachNote,
  weekStartFrom,
  unit,
  onSave,
}: Props) {
  return (
    <section class="panel" aria-labelledby="training-title">
      <h2 id="training-title">{t('options.training')}</h2>
      <LevelPicker level={settings.level} name="options-level" onChange={(level) => onSave({ level })} />
      <PhaseField settings={settings} phaseNow={phaseNow} onSave={onSave} />
      <RaceDateField settings={settings} onSave={onSave} />
      <RaceDistanceField raceDistanceM={settings.raceDistanceM} unit={unit} onSave={onSave} />
      <SessionsPerWeekField settings={settings} targetNow={targetNow} onSave={onSave} />
      <WindowHoursField settings={settings} onSave={onSave} />
      <LatestTimeField latestSessionTime={settings.latestSessionTime} onSave={onSave} />
      <WeekStartField settings={settings} from={weekStartFrom} onSave={onSave} />
      <EquipmentField settings={settings} coachNote={coachNote} onSave={onSave} />
    </section>
  );
}
