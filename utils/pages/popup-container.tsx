import { t, type TextKey } from '../i18n';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { countdownEnd } from '@/components/popup/countdown';
import { Onboarding, type OnboardingResult } from '@/components/popup/Onboarding';
import { Popup } from '@/components/popup/Popup';
import { useNow } from '@/components/popup/use-now';
import { SpeakProvider } from '@/components/speak';
import { CalendarFilesProvider } from '@/components/history/calendar-files';
import { CALENDAR_FILES } from './calendar-files';
import type { Run, StrengthEntry } from '../core/types';
import { sendMessage } from '../messaging/protocol';
import { errorText } from './page-actions';
import {
  LOCAL_TIME_ZONE,
  localLanguage,
  openCalendarPage,
  openOptionsPage,
  openSessionTab,
  POPUP_CAN_DOWNLOAD,
  sayer,
} from '../platform';
import type { PopupView } from '../views/popup-model';
import { backgroundView, pageQueryClient, refetchViewsOnStateChange } from './page-client';
import { tabPageView, useTabPage } from './tab-page';
import { useQuery } from './use-query';

/** What the popup says when an action fails (popup.error.*). */
type ActionError = Extract<TextKey, `popup.error.${string}`>;

/** Runs one background request; `busy` disables the buttons meanwhile and a failure becomes a visible message. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async (what: ActionError, work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure, t(what)));
      throw failure;
    } finally {
      setBusy(false);
    }
  };
  const fire = (what: ActionError, work: () => Promise<unknown>) =>
    void run(what, work).catch(() => undefined);
  return { busy, error, run, fire };
}

/**
 * The popup's content comes from the background, which holds the training logic: the popup bundle stays small
 * and opens fast. The view the background prepared (read before the first render) is the query's initial data, so
 * it shows at once; the answer the background sends now replaces it (they are the same unless something changed in
 * the last moments). Both are asked for again whenever the stored state changes.
 */
function usePopupView(prepared: PopupView | undefined) {
  useLayoutEffect(() => refetchViewsOnStateChange(pageQueryClient), []);
  const today = useQuery(
    pageQueryClient,
    backgroundView(
      'popup-view',
      () => sendMessage('popupView', { timeZone: LOCAL_TIME_ZONE, language: localLanguage() }),
      { initialData: prepared },
    ),
  );
  const view = today.data;
  // The 8-week history is asked for once the first view is on screen, so it never delays opening the popup.
  const history = useQuery(
    pageQueryClient,
    backgroundView('popup-history', () => sendMessage('popupHistory', { timeZone: LOCAL_TIME_ZONE }), {
      enabled: view !== undefined,
    }),
  );
  const weekPlan = useQuery(
    pageQueryClient,
    backgroundView('popup-week-plan', () => sendMessage('popupWeekPlan', { timeZone: LOCAL_TIME_ZONE }), {
      enabled: view !== undefined,
    }),
  );
  return {
    view,
    error: view ? undefined : today.error,
    history: history.data,
    weekPlan: weekPlan.data,
    refresh: () => void today.refetch(),
  };
}

/** `prepared`: the view the background kept ready for this popup, if it still fits (see prepared-popup-view.ts). */
export function PopupContainer({ prepared }: { prepared?: PopupView }) {
  const { view, error, history, weekPlan, refresh } = usePopupView(prepared);
  const tabPage = useTabPage();
  // While a window is open the countdown ticks, in step with the window's end so no second is skipped.
  const [tickUntil, setTickUntil] = useState(0);
  const now = useNow(tickUntil > 0, tickUntil % 1000);
  const action = useAction();
  const model = view?.model;
  const loaded = !!view;

  // The countdown runs to the strength window's end, or to the foundation session's evening cut-off.
  const countdownIso = countdownEnd(model?.current?.advice);
  const windowEndMs = countdownIso ? Date.parse(countdownIso) || 0 : 0;
  useEffect(() => setTickUntil(windowEndMs), [windowEndMs]);
  // When the window closes (or the cut-off passes), the advice changes: ask for it again.
  useEffect(() => {
    if (windowEndMs && now >= windowEndMs) refresh();
  }, [windowEndMs > 0 && now >= windowEndMs]);
  useLayoutEffect(() => {
    if (loaded) document.body.dataset.ready = 'true';
  }, [loaded]);

  if (!view || !model) {
    return error ? (
      <p class="status error" role="alert" data-testid="popup-error">
        {errorText(error, t('popup.error.load'))}
      </p>
    ) : (
      <p class="loading">{t('common.loading')}</p>
    );
  }

  if (!view.prefs.onboarded) {
    const finish = async (result: OnboardingResult) => {
      await sendMessage('updateSettings', result);
      await sendMessage('updatePrefs', { onboarded: true });
    };
    return (
      <Onboarding
        today={model.today}
        onFinish={finish}
        onSkip={() =>
          action.fire('popup.error.skipSetup', () => sendMessage('updatePrefs', { onboarded: true }))
        }
      />
    );
  }

  const log = (status: StrengthEntry['status'], sessionId: string, runKey: string) =>
    action.fire(status === 'done' ? 'popup.error.logSession' : 'popup.error.skipSession', () =>
      sendMessage('logStrength', { date: new Date().toISOString(), sessionId, runId: runKey, status }),
    );

  const page = tabPage ? tabPageView(tabPage, view.prefs) : undefined;
  const setSiteOn = (on: boolean) => {
    if (!tabPage) return;
    action.fire(on ? 'popup.error.resumeSite' : 'popup.error.pauseSite', () =>
      sendMessage('updatePrefs', { sites: { ...view.prefs.sites, [tabPage.site]: on } }),
    );
  };

  return (
    <SpeakProvider value={sayer(model.unit)}>
      <CalendarFilesProvider value={CALENDAR_FILES}>
        <Popup
          now={now}
          tabPage={page}
          onPauseSite={() => setSiteOn(false)}
          onResumeSite={() => setSiteOn(true)}
          onCopyReport={() => navigator.clipboard.writeText(page?.bugReport ?? '')}
          level={view.settings.level}
          unit={model.unit}
          current={model.current}
          week={model.week}
          loadHistory={() => history ?? []}
          weekPlan={weekPlan}
          error={action.error}
          busy={action.busy}
          onLevel={(level) =>
            action.fire('popup.error.changeLevel', () => sendMessage('updateSettings', { level }))
          }
          levelSuggestion={model.levelSuggestion}
          onDismissLevelSuggestion={() => {
            const key = model.levelSuggestion?.key;
            if (key)
              action.fire('popup.error.dismissSuggestion', () =>
                sendMessage('updatePrefs', { dismissedLevelSuggestion: key }),
              );
          }}
          onCorrect={(runKey, effort) =>
            action.fire('popup.error.saveCorrection', () => sendMessage('setOverride', { runKey, effort }))
          }
          onStart={(sessionId, runKey) =>
            action.fire('popup.error.openSession', async () => {
              await openSessionTab(sessionId, runKey);
              window.close();
            })
          }
          onLog={log}
          onUndo={(runKey) =>
            action.fire('popup.error.undo', () => sendMessage('undoStrength', { runId: runKey }))
          }
          onAddRun={(run: Run) => action.run('popup.error.saveRun', () => sendMessage('addManualRun', run))}
          onOpenOptions={() =>
            action.fire('popup.error.openSettings', async () => {
              await openOptionsPage();
              window.close();
            })
          }
          onOpenCalendarPage={
            POPUP_CAN_DOWNLOAD
              ? undefined
              : () =>
                  action.fire('popup.error.openHistory', async () => {
                    await openCalendarPage();
                    window.close();
                  })
          }
        />
      </CalendarFilesProvider>
    </SpeakProvider>
  );
}
