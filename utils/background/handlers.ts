import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { runKey as runKeyOf } from '../core/runs';
import { runView } from '../core/view';
import type { Run } from '../core/types';
import { onMessage, type CardModel } from '../messaging/protocol';
import { SITES } from '../sites/registry';
import { parseStravaPage } from '../sites/strava/parse-page';
import type { StoredState } from '../store/snapshot';
import { newestOwnRunInFeed } from '../views/dashboard-run';
import { shouldRefreshRecent } from '../queries/policy';
import { historyModel } from '../views/popup-model';
import { weekPlanModel } from '../views/week-plan-view';
import { activeSiteTabUrl, localLanguage, localTimeZone, openSessionTab, sayer } from '../platform';
import { resolveUnits } from '../views/units';
import { cardTexts } from './card-texts';
import { siteTabUrl } from '../views/popup-view-cache';
import type { PopupViews } from './popup-views';
import type { Repository } from '../store/repository';
import {
  EffortSchema,
  RpeSchema,
  RunKeySchema,
  RunSchema,
  StrengthEntrySchema,
  cardThemeChoice,
} from '../store/schemas';
import { FeedIdsSchema } from './feed-ids';
import { RecordExportSchema } from '../store/calendar-exports';
import { recordExport } from '../core/calendar-ledger';
import { requestedCalendarFile } from './calendar-file';
import { acceptedRuns, classifySender, currentPageUrl, type Site } from './senders';

type Sender = chrome.runtime.MessageSender;

const senderKind = (sender: Sender) =>
  classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
const fromExtensionPage = (sender: Sender) => senderKind(sender).kind === 'extension-page';
/** The site a content script runs on, or null for anything else (a page cannot pose as the extension). */
function senderSite(sender: Sender): Site | null {
  const kind = senderKind(sender);
  return kind.kind === 'site' ? kind.site : null;
}

function refuse(what: string): never {
  throw new Error(`HardDay refused ${what} from an unexpected sender.`);
}

/** Runs are checked one by one: a run the store cannot keep is dropped, never the whole report with it. */
const ReportSchema = v.object({
  runs: v.pipe(
    v.array(v.unknown()),
    v.maxLength(200),
    v.transform((runs) =>
      runs.flatMap((run) => {
        const parsed = v.safeParse(RunSchema, run);
        return parsed.success ? [parsed.output] : [];
      }),
    ),
  ),
  fromList: v.optional(v.boolean()),
  units: v.optional(v.picklist(['metric', 'imperial'])),
});
const DashboardSchema = v.object({ activityIds: FeedIdsSchema });
const OverrideSchema = v.object({ runKey: RunKeySchema, effort: v.nullable(EffortSchema) });
const SettingsPatchSchema = v.record(v.string(), v.unknown());
const RpeMessageSchema = v.object({
  date: v.pipe(v.string(), v.maxLength(40)),
  sessionId: v.pipe(v.string(), v.maxLength(120)),
  rpe: RpeSchema,
});

const ApplyImportSchema = v.object({
  file: v.unknown(),
  mode: v.picklist(['merge', 'replace']),
  settings: v.picklist(['mine', 'file']),
});

export function registerMessageHandlers(
  repository: Repository,
  popupViews: PopupViews,
  clock: () => Date,
): void {
  const {
    applyImport,
    applySiteWeekStart,
    dataStatus,
    exportAll,
    logStrength,
    markListSynced,
    peekSnapshot,
    previewImport,
    readSnapshot,
    recordRuns,
    removeStrengthEntry,
    resetAll,
    setOverride,
    setStrengthRpe,
    setSyncOn,
    undoImport,
    updatePrefs,
    updateSettings,
  } = repository;
  const { listSyncItem } = repository.items;
  /** The card's content for `run` (the dashboard line says the same words about the same run). */
  async function cardModelFor(site: Site, run: Run, sender: Sender, state: StoredState): Promise<CardModel> {
    const now = clock();
    const lastList = (await listSyncItem.get())[site];
    const timeZone = localTimeZone();
    const view = runView({ ...state, run, now, timeZone });
    const { units } = resolveUnits(state.prefs.units, state.prefs.siteUnits, localLanguage());
    // A popup opened over this tab will find its view ready (computed once this answer has gone out).
    const tabUrl = siteTabUrl(sender.tab?.url);
    if (tabUrl) setTimeout(() => void popupViews.prepareForTab(tabUrl), 0);
    return {
      view,
      units,
      texts: cardTexts(view, state.settings.level, sayer(units), now.getTime(), timeZone),
      level: state.settings.level,
      collapsed: state.prefs.cardCollapsed,
      theme: cardThemeChoice(state.prefs),
      siteEnabled: state.prefs.sites[site],
      listDue: shouldRefreshRecent(lastList ? Date.parse(lastList) : undefined, now.getTime()),
    };
  }

  onMessage('cardModel', async ({ data, sender }) => {
    const site = senderSite(sender);
    if (!site) refuse('a card request');
    const { run } = v.parse(v.object({ run: RunSchema }), data);
    // Not behind the write of this very run (the card reports it just before asking): the view merges the page's run
    // into the stored ones, so it is the same verdict, and the card asks again when the write changes storage.
    return cardModelFor(site, run, sender, await peekSnapshot());
  });

  // The page's texts are untrusted (a content script copied them from the page): parseStravaPage validates them.
  onMessage('stravaPage', ({ data, sender }) => {
    if (senderSite(sender) !== 'strava') refuse('a Strava page');
    return parseStravaPage(data);
  });

  onMessage('dashboardModel', async ({ data, sender }) => {
    const site = senderSite(sender);
    if (!site || !SITES[site].isListPage(currentPageUrl(sender))) refuse('a dashboard line');
    const { activityIds } = v.parse(DashboardSchema, data);
    // After the writes queued before it: the line follows corrections made a moment ago.
    const state = await readSnapshot();
    const shown = newestOwnRunInFeed(state.runs, site, activityIds);
    return shown
      ? { activityId: shown.activityId, model: await cardModelFor(site, shown.run, sender, state) }
      : null;
  });

  onMessage('reportRuns', async ({ data, sender }) => {
    const site = senderSite(sender);
    if (!site) refuse('runs');
    const { runs, fromList, units } = v.parse(ReportSchema, data);
    const accepted = acceptedRuns(site, runs);
    if (accepted.length) await recordRuns(accepted);
    // Remembered only when it changed: an unchanged setting writes nothing (and clears no prepared popup view).
    if (units) {
      const known = (await readSnapshot()).prefs.siteUnits;
      if (known?.site !== site || known.units !== units) await updatePrefs({ siteUnits: { site, units } });
    }
    if (fromList) await markListSynced(site, clock());
    return accepted.length;
  });

  const PopupContextSchema = v.object({
    timeZone: v.pipe(v.string(), v.maxLength(64)),
    language: v.pipe(v.string(), v.maxLength(35)),
  });
  const CalendarFileRequestSchema = v.object({
    scope: v.picklist(['week', 'today']),
    ...PopupContextSchema.entries,
  });

  onMessage('popupView', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a popup view');
    const context = v.parse(PopupContextSchema, data);
    return popupViews.compute({ ...context, tabUrl: await activeSiteTabUrl() });
  });

  onMessage('storedRun', async ({ data, sender }) => {
    const site = senderSite(sender);
    if (!site) refuse('a run lookup');
    const { runKey } = v.parse(v.object({ runKey: RunKeySchema }), data);
    // A site may look up only its own runs, and only runs HardDay stored as the viewer's.
    if (!runKey.startsWith(`${site}:`)) return null;
    const { runs } = await readSnapshot();
    return runs.find((run) => runKeyOf(run) === runKey && run.ownedByViewer !== false) ?? null;
  });

  onMessage('siteWeekStart', ({ data, sender }) => {
    // Only Garmin pages carry the runner's own first day of the week (VIEWER_USERPREFERENCES).
    if (senderSite(sender) !== 'garmin') refuse('a week start');
    const { weekStartsOn } = v.parse(v.object({ weekStartsOn: v.picklist([0, 1]) }), data);
    return applySiteWeekStart('garmin', weekStartsOn);
  });

  onMessage('popupHistory', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a history request');
    const { timeZone } = v.parse(v.pick(PopupContextSchema, ['timeZone']), data);
    return historyModel(await readSnapshot(), clock().getTime(), timeZone);
  });

  onMessage('popupWeekPlan', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a week plan request');
    const { timeZone } = v.parse(v.pick(PopupContextSchema, ['timeZone']), data);
    return weekPlanModel(await readSnapshot(), clock().getTime(), timeZone);
  });

  onMessage('toggleCard', async ({ sender }) => {
    if (!senderSite(sender)) refuse('a card toggle');
    const prefs = await updatePrefs({ cardCollapsed: !(await readSnapshot()).prefs.cardCollapsed });
    return prefs.cardCollapsed;
  });

  onMessage('setOverride', async ({ data, sender }) => {
    if (!fromExtensionPage(sender) && !senderSite(sender)) refuse('a correction');
    const { runKey, effort } = v.parse(OverrideSchema, data);
    await setOverride(runKey, effort);
  });

  onMessage('logStrength', async ({ data, sender }) => {
    if (!fromExtensionPage(sender) && !senderSite(sender)) refuse('a log entry');
    await logStrength(v.parse(StrengthEntrySchema, data));
  });

  onMessage('undoStrength', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('an undo');
    await removeStrengthEntry(v.parse(v.object({ runId: v.string() }), data).runId);
  });

  onMessage('setStrengthRpe', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a session rating');
    const { date, sessionId, rpe } = v.parse(RpeMessageSchema, data);
    return setStrengthRpe(date, sessionId, rpe);
  });

  onMessage('openSession', async ({ data, sender }) => {
    if (!fromExtensionPage(sender) && !senderSite(sender)) refuse('opening a session');
    const { sessionId, runKey } = v.parse(
      v.object({ sessionId: v.pipe(v.string(), v.maxLength(120)), runKey: v.optional(RunKeySchema) }),
      data,
    );
    await openSessionTab(sessionId, runKey);
  });

  onMessage('updateSettings', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('settings');
    return updateSettings(v.parse(SettingsPatchSchema, data));
  });

  onMessage('updatePrefs', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('preferences');
    return updatePrefs(v.parse(SettingsPatchSchema, data));
  });

  onMessage('recordCalendarExport', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a calendar export');
    const { exported } = v.parse(RecordExportSchema, data);
    const item = repository.items.calendarExportsItem;
    await item.set(recordExport(await item.get(), exported, clock().getTime()));
  });

  onMessage('calendarFile', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a calendar file request');
    const request = v.parse(CalendarFileRequestSchema, data);
    // The plan after the writes queued before this request, measured against every download recorded so far.
    const [state, ledger] = await Promise.all([readSnapshot(), repository.items.calendarExportsItem.get()]);
    return requestedCalendarFile(state, ledger, request, clock().getTime());
  });

  onMessage('addManualRun', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a manual run');
    const run = v.parse(RunSchema, data);
    if (run.source !== 'manual') refuse('a manual run');
    await recordRuns([run]);
  });

  onMessage('exportData', ({ sender }) => {
    if (!fromExtensionPage(sender)) refuse('an export');
    return exportAll(clock());
  });

  onMessage('previewImport', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('an import preview');
    return previewImport(data);
  });

  onMessage('applyImport', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('an import');
    const { file, mode, settings } = v.parse(ApplyImportSchema, data);
    return applyImport(file, { mode, settings }, clock());
  });

  onMessage('undoImport', ({ sender }) => {
    if (!fromExtensionPage(sender)) refuse('an undo of an import');
    return undoImport(clock());
  });

  onMessage('dataStatus', ({ sender }) => {
    if (!fromExtensionPage(sender)) refuse('a data status');
    return dataStatus(clock());
  });

  onMessage('setSync', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) refuse('a sync switch');
    return setSyncOn(v.parse(v.object({ on: v.boolean() }), data).on);
  });

  onMessage('resetData', ({ sender }) => {
    if (!fromExtensionPage(sender)) refuse('a reset');
    return resetAll();
  });
}
