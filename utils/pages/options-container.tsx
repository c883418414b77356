import { t, uiLocale } from '../i18n';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { Options } from '@/components/options/Options';
import { SpeakProvider } from '@/components/speak';
import { CalendarFilesProvider } from '@/components/history/calendar-files';
import { CALENDAR_FILES } from './calendar-files';
import type { SettingsPatch } from '@/components/options/types';
import { COACH_NOTE, effectivePhase, localDateOf, weeklyTarget } from '../core';
import type { Settings } from '../core/types';
import { sendMessage } from '../messaging/protocol';
import { resolveUnits } from '../views/units';
import { LOCAL_TIME_ZONE, localLanguage, sayer } from '../platform';
import { downloadJson } from './page-actions';
import { historyModel, weekGlance } from '../views/popup-model';
import { usualWeekSuggestion, weekPlanModel } from '../views/week-plan-view';
import { useStoredState, useSyncStatus } from './stored-state';

export function OptionsContainer() {
  const state = useStoredState();
  const sync = useSyncStatus();
  useLayoutEffect(() => {
    if (!state) return;
    document.body.dataset.ready = 'true';
    // Opened at a part of the page (the popup's "Add to calendar" in Firefox: #week-plan): show it, now it is there.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [state !== undefined]);
  const derived = useMemo(() => {
    if (!state) return undefined;
    const now = Date.now();
    const nowDate = new Date(now);
    const target = weeklyTarget(nowDate, state.settings, LOCAL_TIME_ZONE);
    const units = resolveUnits(state.prefs.units, state.prefs.siteUnits, localLanguage());
    const say = sayer(units.units);
    const reasons = target.reasons.slice(1).map(say);
    return {
      phaseNow: t('options.phaseToday', {
        phase: say(effectivePhase(nowDate, state.settings, LOCAL_TIME_ZONE).reason),
      }),
      targetNow: reasons.length
        ? `${reasons.join('. ')}.`
        : t('options.targetPerWeek', { target: new Intl.NumberFormat(uiLocale()).format(target.target) }),
      week: weekGlance(state, now, LOCAL_TIME_ZONE),
      history: historyModel(state, now, LOCAL_TIME_ZONE),
      weekPlan: weekPlanModel(state, now, LOCAL_TIME_ZONE),
      usualWeekSuggestion: usualWeekSuggestion(state, now, LOCAL_TIME_ZONE),
      unit: units.units,
      unitSource: units.source,
      thisYear: nowDate.getFullYear(),
    };
  }, [state]);

  if (!state || !derived) return <p class="loading">{t('common.loading')}</p>;
  // History's week plan (and its calendar file) says the core's reasons in the runner's units, as the popup does.
  return (
    <SpeakProvider value={sayer(derived.unit)}>
      <CalendarFilesProvider value={CALENDAR_FILES}>
        <Options
          settings={state.settings}
          prefs={state.prefs}
          coachNote={COACH_NOTE}
          {...derived}
          onSettings={async (patch: SettingsPatch) => {
            // null asks the background to clear an optional field (JSON messaging drops undefined values).
            await sendMessage('updateSettings', patch as Partial<Settings>);
          }}
          onPrefs={async (patch) => {
            await sendMessage('updatePrefs', patch);
          }}
          onExport={async () => {
            const file = await sendMessage('exportData', undefined);
            downloadJson(file, `hardday-export-${localDateOf(Date.now(), LOCAL_TIME_ZONE)}.json`);
          }}
          onPreview={(data) => sendMessage('previewImport', data)}
          onApplyImport={(file, choice) => sendMessage('applyImport', { file, ...choice })}
          onUndoImport={() => sendMessage('undoImport', undefined)}
          onDataStatus={() => sendMessage('dataStatus', undefined)}
          onReset={() => sendMessage('resetData', undefined)}
          sync={sync}
          onSync={async (on) => {
            await sendMessage('setSync', { on });
          }}
        />
      </CalendarFilesProvider>
    </SpeakProvider>
  );
}
