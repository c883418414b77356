// Sync between the runner's browsers, end to end in one browser: turning sync on in the options writes the strength
// log, settings and preferences into the browser's sync storage (read back from an extension page), and a session
// another browser synced (written into sync storage as that browser would) appears in the popup's week and in
// History. Turning sync off keeps the local data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot } from './harness.mjs';
import { clickTestId, openProbe, pollUntil, waitForTestId } from './loop-helpers.mjs';

const kind = browserKind();

describe(`[${kind}] sync between browsers`, { timeout: 180_000 }, () => {
  let harness;
  let probe;
  const syncArea = () =>
    probe.page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.sync.get(null));

  before(async () => {
    const { routes } = await loadSiteRoutes();
    harness = await launch(kind, { routes });
    probe = await openProbe(harness);
    await probe.send('updatePrefs', { onboarded: true });
  });
  after(async () => {
    await probe?.close();
    await harness?.close();
  });

  test(`[${kind}] the switch writes the log to storage.sync; a session synced from elsewhere shows in the popup and History`, async () => {
    const now = Date.now();
    const localSession = {
      date: new Date(now - 120_000).toISOString(),
      sessionId: 'e2e-logged-here',
      runId: 'manual:e2e-here',
      status: 'done',
    };
    await probe.send('logStrength', localSession);
    assert.deepEqual(await syncArea(), {}, 'nothing in sync storage while sync is off');

    const options = await harness.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 1400 });
    await waitForTestId(options, 'sync-status', (el) => el.data.on === 'false');
    await clickTestId(options, 'sync-on');

    // The first sync: the log's month, the settings and the preferences land in storage.sync.
    const month = localSession.date.slice(0, 7);
    const synced = await pollUntil(
      syncArea,
      (all) => JSON.stringify(all[`log.${month}`] ?? '').includes('e2e-logged-here'),
      {
        what: 'the log in storage.sync',
      },
    );
    assert.ok(
      synced.settings && synced.prefs && synced.meta,
      `settings and preferences synced: ${Object.keys(synced)}`,
    );
    await waitForTestId(options, 'sync-when', (el) => /Last synced/.test(el.text));
    const section = await options.$('[data-testid="sync-section"]');
    await screenshot(section, kind, 'sync-options-on');

    // Another browser syncs a session of its own (the sync service writes it into this browser's storage.sync).
    const popup = await harness.openPopup();
    const doneBefore = Number((await waitForTestId(popup, 'week')).data.done);
    const otherDate = new Date(now - 60_000).toISOString();
    await probe.page.evaluate(
      async (key, row) => {
        const area = (globalThis.browser ?? globalThis.chrome).storage.sync;
        const current = (await area.get(key))[key] ?? [];
        await area.set({ [key]: [...current, row] });
      },
      `log.${month}`,
      [
        Date.parse(otherDate) - Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1),
        'e2e-logged-elsewhere',
        'manual:e2e-there',
        7,
      ],
    );
    const local = await probe.waitForStorage((all) =>
      (all.strengthLog ?? []).some((e) => e.sessionId === 'e2e-logged-elsewhere'),
    );
    assert.deepEqual(
      local.strengthLog.find((e) => e.sessionId === 'e2e-logged-elsewhere'),
      {
        date: otherDate,
        sessionId: 'e2e-logged-elsewhere',
        runId: 'manual:e2e-there',
        status: 'done',
        rpe: 7,
      },
    );
    assert.ok(
      local.strengthLog.some((e) => e.sessionId === 'e2e-logged-here'),
      'the local session is kept',
    );
    await waitForTestId(popup, 'week', (el) => Number(el.data.done) === doneBefore + 1);
    await screenshot(popup, kind, 'sync-popup-after-remote-session');
    await popup.close();
    await options.bringToFront();
    const thisWeek = await pollUntil(
      () =>
        options.evaluate(
          () => document.querySelector('tr.current [data-testid="week-sessions"]')?.textContent ?? '',
        ),
      (text) => text.startsWith(`${doneBefore + 1} `),
      { what: 'History’s current week with the synced session' },
    );
    assert.ok(thisWeek);

    // Off: the local data stays (the unit tests show no more writes to sync storage: utils/store/sync).
    await clickTestId(options, 'sync-on');
    await waitForTestId(options, 'sync-status', (el) => el.data.on === 'false');
    const kept = await probe.storage();
    assert.deepEqual(kept.strengthLog.map((e) => e.sessionId).sort(), [
      'e2e-logged-elsewhere',
      'e2e-logged-here',
    ]);
    assert.equal(kept.sync?.on, false);
    await options.close();
  });
});
