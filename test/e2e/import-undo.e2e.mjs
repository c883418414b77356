// Import that never loses data, end to end: importing an older backup on the options page shows a preview first,
// merges by default (the sessions and runs logged since the backup stay), and one click on "Undo" puts storage back
// exactly as it was before the import. axe-core checks the preview.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot } from './harness.mjs';
import {
  axeViolations,
  captureNextDownload,
  clickTestId,
  openProbe,
  waitForTestId,
  writeTempJson,
} from './loop-helpers.mjs';

const kind = browserKind();
const DAY_MS = 86_400_000;
/** What an import may change and an undo must put back byte for byte (with WXT's version records). */
const DATA_KEYS = ['settings', 'prefs', 'runs', 'strengthLog', 'overrides', 'quarantine'].flatMap((key) => [
  key,
  `${key}$`,
]);
const pick = (all) =>
  Object.fromEntries(DATA_KEYS.filter((key) => all[key] !== undefined).map((key) => [key, all[key]]));

const manualRun = (startMs, minutes) => ({
  source: 'manual',
  id: `m${startMs.toString(36)}`,
  title: 'Long run',
  sport: 'run',
  start: new Date(startMs).toISOString(),
  elapsedS: minutes * 60,
  movingS: minutes * 60,
  tags: { longRun: true },
  ownedByViewer: true,
});

describe(`[${kind}] import of an older backup, and its undo`, { timeout: 180_000 }, () => {
  let harness;
  let probe;

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

  test(`[${kind}] an older backup merges in without losing newer sessions; undo restores the exact pre-import state`, async () => {
    const now = Date.now();
    const olderRun = manualRun(now - 10 * DAY_MS, 95);
    await probe.send('addManualRun', olderRun);
    await probe.send('logStrength', {
      date: new Date(now - 10 * DAY_MS + 3 * 3_600_000).toISOString(),
      sessionId: 'e2e-older-session',
      runId: `manual:${olderRun.id}`,
      status: 'done',
    });

    const options = await harness.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 1000 });
    const download = await captureNextDownload(options);
    await clickTestId(options, 'export');
    const backup = JSON.parse((await download()).text);
    assert.equal(backup.strengthLog.length, 1);

    // After the backup: a newer run and session, and a changed setting.
    const newerRun = manualRun(now - 2 * DAY_MS, 100);
    await probe.send('addManualRun', newerRun);
    await probe.send('logStrength', {
      date: new Date(now - 2 * DAY_MS + 3 * 3_600_000).toISOString(),
      sessionId: 'e2e-newer-session',
      runId: `manual:${newerRun.id}`,
      status: 'done',
      rpe: 7,
    });
    await probe.send('updatePrefs', { units: 'imperial' });
    const beforeImport = pick(
      await probe.waitForStorage((s) => s.strengthLog?.length === 2 && s.prefs?.units === 'imperial'),
    );

    const file = writeTempJson(backup, 'older-backup.json');
    const input = await options.waitForSelector('[data-testid="import-file"]');
    await input.uploadFile(file);
    await waitForTestId(options, 'import-preview');
    // Nothing is written by the preview.
    assert.deepEqual(pick(await probe.storage()), beforeImport, 'the preview writes nothing');
    assert.equal(
      (await waitForTestId(options, 'import-sessions-mine')).text,
      '1',
      'one session is only here now',
    );
    assert.equal((await waitForTestId(options, 'import-runs-new')).text, '0');
    assert.equal(
      await options.$eval('[data-testid="import-mode-merge"]', (el) => el.checked),
      true,
      'merge is the default',
    );
    const { blocking } = await axeViolations(options);
    assert.deepEqual(blocking, [], 'the import preview: no serious or critical axe violations');
    await screenshot(options, kind, 'options-import-preview', { fullPage: true });
    await clickTestId(options, 'import-settings-mine');
    await clickTestId(options, 'import-apply');
    await waitForTestId(options, 'data-status', (el) => /Import done/.test(el.text));

    const merged = await probe.waitForStorage((s) => s.importUndo?.takenAt !== undefined);
    assert.deepEqual(
      merged.strengthLog.map((entry) => entry.sessionId).sort(),
      ['e2e-newer-session', 'e2e-older-session'],
      'the session logged after the backup is kept',
    );
    assert.deepEqual(merged.runs.map((run) => run.id).sort(), [newerRun.id, olderRun.id].sort());
    assert.equal(merged.strengthLog.find((e) => e.sessionId === 'e2e-newer-session').rpe, 7);
    assert.equal(merged.prefs.units, 'imperial', 'my settings were kept, as chosen');
    await waitForTestId(options, 'import-undo-until', (el) => /Available until/.test(el.text));

    await clickTestId(options, 'import-undo');
    await waitForTestId(options, 'data-status', (el) => /Import undone/.test(el.text));
    const undone = await probe.waitForStorage((s) => s.importUndo === undefined);
    assert.deepEqual(pick(undone), beforeImport, 'storage is exactly as it was before the import');
    assert.equal(await options.$('[data-testid="import-undo"]'), null, 'no second undo');

    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await input.dispose();
    await options.close();
  });

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});
