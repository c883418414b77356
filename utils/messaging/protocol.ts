import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Effort, Run, Settings, StrengthEntry } from '../core/types';
import type { Prefs } from '../store/schemas';
import type { ExportFile } from '../store/repository';

// Every message in HardDay, named by direction. The background is the only writer of stored data: other contexts
// read storage directly (and watch it) but change it only through these messages.
export interface ProtocolMap {
  /** extension pages → background */
  updateSettings(patch: Partial<Settings>): Settings;
  /** extension pages → background */
  updatePrefs(patch: Partial<Prefs>): Prefs;
  /** content scripts → background: runs read from the site the script runs on (the page's run, recent runs). */
  reportRuns(data: { runs: Run[] }): number;
  /** content scripts, popup → background: the runner's own verdict, or null to clear it. */
  setOverride(data: { runKey: string; effort: Effort | null }): void;
  /** popup, session page, card → background */
  logStrength(entry: StrengthEntry): void;
  /** popup → background */
  undoStrength(data: { runId: string }): void;
  /** card → background: opens the guided session in a tab. */
  openSession(data: { sessionId: string; runKey?: string }): void;
  /** options → background */
  exportData(): ExportFile;
  /** options → background; a bad file changes nothing. */
  importData(data: unknown): { ok: true } | { ok: false; message: string };
  /** options → background */
  resetData(): void;
  /** popup → background: a run logged by hand. */
  addManualRun(run: Run): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
