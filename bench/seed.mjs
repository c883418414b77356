// Puts a stored history into the HardDay profile of a benchmark browser, the way the extension keeps it, and checks
// that HardDay reads all of it back (a run the store's schema refused would quietly shrink the measured work).
import { waitForTestId } from '../test/e2e/loop-helpers.mjs';

/** Stores `{ runs, strengthLog }` from `page` (any page of the extension) and marks onboarding as done. */
export async function storeHistory(page, history) {
  await page.evaluate(async (values) => {
    const storage = globalThis.chrome.storage.local;
    const { prefs } = await storage.get('prefs');
    await storage.set({ ...values, prefs: { ...(prefs ?? {}), onboarded: true } });
  }, history);
}

/** Stores `{ runs, strengthLog }` in the harness's profile and returns what the popup then shows. */
export async function seedHistory(harness, history) {
  const page = await harness.newPage();
  try {
    await page.goto(`${harness.extensionOrigin}/manifest.json`);
    await storeHistory(page, history);
  } finally {
    await page.close().catch(() => {});
  }
  const stored = await harness.storage();
  if (
    stored.runs?.length !== history.runs.length ||
    stored.strengthLog?.length !== history.strengthLog.length
  ) {
    throw new Error(
      `stored ${stored.runs?.length} runs and ${stored.strengthLog?.length} entries, expected ` +
        `${history.runs.length} and ${history.strengthLog.length}`,
    );
  }
  const popup = await harness.openPopup();
  try {
    const summary = await waitForTestId(popup, 'run-summary');
    const countdown = await popup.$('[data-testid="countdown"]');
    if (summary.data.effort !== 'hard' || !countdown) {
      throw new Error(
        `the popup shows a ${summary.data.effort} run without an open window: the seed is wrong`,
      );
    }
    await countdown.dispose();
    return {
      runs: history.runs.length,
      strengthLog: history.strengthLog.length,
      popupShows: `${summary.data.effort} ${summary.data.kind ?? ''} run with an open strength window`.trim(),
    };
  } finally {
    await popup.close().catch(() => {});
  }
}
