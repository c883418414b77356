import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardThemeChoice } from '../core/card-theme';
import type { ExportedEvent } from '../core/calendar-ledger';
import type { Effort, Level, Run, Settings, StrengthEntry, UnitSystem } from '../core/types';
import type { CardView } from '../core/view';
import type { Prefs } from '../store/schemas';
import type { SyncStatus } from '../store/sync/status';
import type {
  DataStatus,
  ExportFile,
  ImportMode,
  ImportOutcome,
  PreviewOutcome,
  SettingsChoice,
  UndoOutcome,
} from '../store/repository';
import type { HistoryBar } from '@/utils/views/week-glance';
import type { PopupView } from '../views/popup-model';
import type { WeekPlanView } from '../views/week-plan-view';
import type { CalendarFile, CalendarFileRequest } from '../views/calendar-file';
import type { CardTexts } from '../views/card-texts';
import type { PageReadReport } from '../views/read-outcome';
import type { SiteReadResult } from '../sites/shared/read-result';
import type { StravaPageTexts } from '../sites/strava/read-page';

// Every message in HardDay, named by direction. The background is the only writer of stored data: other contexts
// read storage directly (and watch it) but change it only through these messages.
/** Everything the in-page card needs, computed by the background so content scripts stay small. */
export interface CardModel {
  view: CardView;
  level: Level;
  collapsed: boolean;
  /** Light, dark, or like the page (the content script reads the page's background). */
  theme: CardThemeChoice;
  /** The runner turned HardDay off for this site. */
  siteEnabled: boolean;
  /** The site's recent-activity list is due for a refresh. */
  listDue: boolean;
  /** The units the card's numbers are in (the runner's choice, else the site's setting, else the region). */
  units: UnitSystem;
  /**
   * Every word about the run and its advice, said by the background in those units and the browser's language: the
   * injected card carries no formatter, no date code and no training vocabulary (~1 KB gzipped and the first Intl
   * format, a few ms, on every page).
   */
  texts: CardTexts;
}

export interface ProtocolMap {
  /**
   * popup → background: everything the popup shows, computed where the training logic already lives. The
   * background looks up the active tab itself, so opening the popup costs one round trip.
   */
  popupView(data: { timeZone: string; language: string }): PopupView;
  /** popup → background: the last 8 weeks, asked for after the popup's first paint. */
  popupHistory(data: { timeZone: string }): HistoryBar[];
  /** popup → background: the next 7 days (the week plan), asked for after the popup's first paint. */
  popupWeekPlan(data: { timeZone: string }): WeekPlanView;
  /** content scripts → background: HardDay's stored copy of one of the viewer's runs on this site, if any. */
  storedRun(data: { runKey: string }): Run | null;
  /**
   * Garmin content script → background: the first day of the week in the runner's Garmin settings, used while the
   * runner has not chosen one in the options. true: the setting changed.
   */
  siteWeekStart(data: { weekStartsOn: Settings['weekStartsOn'] }): boolean;
  /**
   * loader (the content script, after the page's load event) → background: inject the site's detector into the
   * sender's tab (docs/decisions/0007). Sent only where a card or line may show (Strava: an activity page or the
   * dashboard; Garmin Connect: any page of the single-page app). true once injected.
   */
  loadDetector(): boolean;
  /**
   * detector → background: inject the card feature into the sender's tab, once per page. `page`
   * names the document (its `performance.timeOrigin`), so a second request from the same page injects nothing.
   * false: refused or already injected. With `feed` (the viewer's own activity ids the detector found in a list
   * page's feed, top to bottom), the site's dashboard feature is injected instead, and only when the viewer's newest
   * stored run is among them: nothing is loaded where no line would show.
   */
  injectFeature(data: { page: number; feed?: string[] }): boolean;
  /**
   * detector (content script) on a list page where no card shows (the Strava dashboard) → background: read the
   * runner's recent runs from the site's own list, through the tab, and store them; at most every 5 minutes. The
   * number of runs stored, or false when not due, switched off or already under way.
   */
  refreshRecent(): number | false;
  /**
   * content scripts → background: how reading the activity page at `url` ended (a run, not a run, someone else's,
   * unreadable and why), kept per tab for the popup (utils/background/read-outcomes.ts).
   */
  readOutcome(data: PageReadReport & { url: string }): void;
  /**
   * Strava card feature → background: the run the activity page shows, read from the page's texts (bootstrap script,
   * title, stats, start line in any of the languages HardDay knows). The feature only copies the page; the parsing,
   * its schemas and word tables live in the background, so the injected feature stays small (docs/ARCHITECTURE.md).
   */
  stravaPage(data: StravaPageTexts): SiteReadResult;
  /** content scripts → background: the card's content for the run on the page (read-only). */
  cardModel(data: { run: Run }): CardModel;
  /**
   * dashboard line → background: the card's content for the viewer's newest run when the feed shows it (`activityIds`:
   * the viewer's own activities in the feed), with the id of its feed entry; null when the newest run is not there.
   */
  dashboardModel(data: { activityIds: string[] }): { activityId: string; model: CardModel } | null;
  /** extension pages → background */
  updateSettings(patch: { [K in keyof Settings]?: Settings[K] | null }): Settings;
  /** extension pages → background */
  updatePrefs(patch: Partial<Prefs>): Prefs;
  /**
   * content scripts → background: runs read from the site the script runs on (the page's run, recent runs).
   * `fromList` marks a fresh read of the site's recent-activity list; `units` is the viewer's unit setting on the
   * site, when the page said it (remembered for units 'auto').
   */
  reportRuns(data: { runs: Run[]; fromList?: boolean; units?: UnitSystem }): number;
  /** card → background: collapse or expand the in-page card (remembered). */
  toggleCard(): boolean;
  /** content scripts, popup → background: the runner's own verdict, or null to clear it. */
  setOverride(data: { runKey: string; effort: Effort | null }): void;
  /** popup, session page, card → background */
  logStrength(entry: StrengthEntry): void;
  /** popup → background */
  undoStrength(data: { runId: string }): void;
  /**
   * session page → background: how hard a logged session felt (1–10), set on the entry logged with this date and
   * session id. false: no such entry (undone meanwhile), nothing written.
   */
  setStrengthRpe(data: { date: string; sessionId: string; rpe: number }): boolean;
  /** card → background: opens the guided session in a tab. */
  openSession(data: { sessionId: string; runKey?: string }): void;
  /** options → background */
  exportData(): ExportFile;
  /** options → background: what importing a file would change (new / same / conflicting), nothing written. */
  previewImport(data: unknown): PreviewOutcome;
  /**
   * options → background: merge the file in (or replace everything), keeping the pre-import state for undo; a bad
   * file changes nothing; `notes` says what was adjusted (e.g. a clamped target).
   */
  applyImport(data: { file: unknown; mode: ImportMode; settings: SettingsChoice }): ImportOutcome;
  /** options → background: back to exactly the state before the last import (within 7 days). */
  undoImport(): UndoOutcome;
  /** options → background: until when the last import can be undone, and how full storage is. */
  dataStatus(): DataStatus;
  /** options → background */
  resetData(): void;
  /** options → background: sync between the runner's browsers on or off (this browser; local data is kept). */
  setSync(data: { on: boolean }): SyncStatus;
  /**
   * popup, options → background: a calendar file was downloaded; `exported` is what it handed out (its events and
   * cancellations), kept so a later file can take back a day the plan dropped.
   */
  recordCalendarExport(data: { exported: ExportedEvent[] }): void;
  /**
   * popup, options → background: the calendar file to offer for download, built from the stored plan and the ledger
   * of earlier files (the page sends only which file, its zone and language); null when nothing is planned.
   */
  calendarFile(data: CalendarFileRequest): CalendarFile | null;
  /** popup → background: a run logged by hand. */
  addManualRun(run: Run): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
