// The options page: the save status and the page's sections. Each section edits its part and hands a patch up;
// the page saves it and says whether that worked.

import { useState } from 'preact/hooks';
import type { Settings, UnitSystem } from '../../utils/core/types';
import type { UnitsSource } from '../../utils/views/units';
import { HistoryPanel } from '../history/HistoryPanel';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { DataSection, type DataSectionProps } from './DataSection';
import { BirthYearField, MaxHrField } from './ProfileFields';
import { SitesSection } from './SitesSection';
import { SyncSection } from './SyncSection';
import { TrainingSection } from './TrainingSection';
import { UsualWeekSection } from './UsualWeekSection';
import type { UsualWeekSuggestionView, WeekPlanView } from '../../utils/views/week-plan-view';
import type { OptionsPrefs, SettingsPatch, SyncStatusView } from './types';
import { t } from '../../utils/i18n';

export interface OptionsProps extends DataSectionProps {
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
  /** The next 7 days, shown with the history. */
  weekPlan?: WeekPlanView;
  /** The usual week the last 6 weeks of runs show, for the usual-week editor. */
  usualWeekSuggestion?: UsualWeekSuggestionView;
  onSettings: (patch: SettingsPatch) => Promise<void>;
  onPrefs: (patch: Partial<OptionsPrefs>) => Promise<void>;
  /** The current year, the latest a birth year can be (default: from the clock). */
  thisYear?: number;
  /** The units numbers are shown in (the runner's units preference, resolved). */
  unit?: UnitSystem;
  /** What decided `unit`: the runner's choice, a site's setting or the browser's region. */
  unitSource?: UnitsSource;
  /** Sync between the runner's browsers: on or off here, and how the last sync went (absent: not read yet). */
  sync?: SyncStatusView;
  onSync?: (on: boolean) => Promise<void>;
}

export function Options(props: OptionsProps) {
  const { settings, prefs } = props;
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const save = (work: Promise<void>) => {
    work.then(
      () => setStatus({ tone: 'ok', text: t('options.saved') }),
      () => setStatus({ tone: 'error', text: t('options.saveFailed') }),
    );
  };
  const setSettings = (patch: SettingsPatch) => save(props.onSettings(patch));
  const setPrefs = (patch: Partial<OptionsPrefs>) => save(props.onPrefs(patch));

  return (
    <main class="options" data-testid="options">
      <h1>{t('options.title')}</h1>
      <p class="status-bar">
        <span class={`status ${status?.tone ?? ''}`} role="status" data-testid="save-status">
          {status?.text ?? ''}
        </span>
      </p>

      <TrainingSection
        settings={settings}
        phaseNow={props.phaseNow}
        targetNow={props.targetNow}
        coachNote={props.coachNote}
        weekStartFrom={prefs.weekStartFrom}
        unit={props.unit}
        onSave={setSettings}
      />

      <UsualWeekSection
        settings={settings}
        suggestion={
          props.usualWeekSuggestion ?? {
            days: ['rest', 'rest', 'rest', 'rest', 'rest', 'rest', 'rest'],
            weeks: 0,
          }
        }
        onSave={setSettings}
      />

      <section class="panel" aria-labelledby="you-title">
        <h2 id="you-title">{t('options.aboutYou')}</h2>
        <BirthYearField
          birthYear={settings.birthYear}
          thisYear={props.thisYear ?? new Date().getFullYear()}
          onSave={setSettings}
        />
        <MaxHrField maxHr={settings.maxHr} onSave={setSettings} />
      </section>

      <SitesSection prefs={prefs} unit={props.unit} unitSource={props.unitSource} onSave={setPrefs} />

      <HistoryPanel week={props.week} weeks={props.history} unit={props.unit} plan={props.weekPlan} />

      {props.sync && props.onSync && (
        <SyncSection
          status={props.sync}
          onSave={(on) => {
            const work = props.onSync!(on);
            save(work);
            return work.catch(() => undefined);
          }}
        />
      )}

      <DataSection
        onExport={props.onExport}
        onPreview={props.onPreview}
        onApplyImport={props.onApplyImport}
        onUndoImport={props.onUndoImport}
        onDataStatus={props.onDataStatus}
        onReset={props.onReset}
      />
    </main>
  );
}
