import { useLayoutEffect, useMemo } from 'preact/hooks';
import { Options } from '@/components/options/Options';
import type { SettingsPatch } from '@/components/options/types';
import { COACH_NOTE, effectivePhase, localDateOf, weeklyTarget } from '../core';
import type { Settings } from '../core/types';
import { sendMessage } from '../messaging/protocol';
import { resolveUnit } from '../views/units';
import { LOCAL_TIME_ZONE, localLanguage } from '../platform';
import { downloadJson } from './page-actions';
import { historyModel, weekGlance } from '../views/popup-model';
import { useStoredState } from './stored-state';

export function OptionsContainer() {
  const state = useStoredState();
  useLayoutEffect(() => {
    if (state) document.body.dataset.ready = 'true';
  }, [state !== undefined]);
  const derived = useMemo(() => {
    if (!state) return undefined;
    const now = Date.now();
    const nowDate = new Date(now);
    const target = weeklyTarget(nowDate, state.settings, LOCAL_TIME_ZONE);
    return {
      phaseNow: `Today: ${effectivePhase(nowDate, state.settings, LOCAL_TIME_ZONE).reason}.`,
      targetNow: `${target.reasons.slice(1).join('. ') || `Target: ${target.target} a week`}.`,
      week: weekGlance(state, now, LOCAL_TIME_ZONE),
      history: historyModel(state, now, LOCAL_TIME_ZONE),
      unit: resolveUnit(state.prefs.units, localLanguage()),
      thisYear: nowDate.getFullYear(),
    };
  }, [state]);

  if (!state || !derived) return <p class="loading">Loading…</p>;
  return (
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
    />
  );
}
