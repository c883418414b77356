// The real toolbar popup (Chromium), end to end. Every other test opens popup.html in a tab of a set size; here the
// background's own `action.openPopup()` opens the popup the runner gets from the toolbar button, sized by the browser
// from its content (at most 800 × 600). After a hard run 40 minutes ago it must show the open window with a live
// countdown, fit that frame without a sideways scroll, and save today's calendar event on a click: a download from the
// real popup works in Chromium (in Firefox the popup closes with the save dialog, which is why its popup sends the
// runner to History instead; Firefox's toolbar popup is not reachable from WebDriver BiDi, so this file is Chromium's).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { browserKind } from './context.mjs';
import { launch, screenshot } from './harness.mjs';
import { clickTestId, openProbe, pollUntil, waitForTestId } from './loop-helpers.mjs';

const kind = browserKind();
const MINUTE_MS = 60_000;

/** Opens the toolbar popup from an extension page and returns it as a page once it has drawn its main view. */
async function openToolbarPopup(harness, probe) {
  const popupUrl = `${harness.extensionOrigin}/popup.html`;
  const opened = harness.browser.waitForTarget((target) => target.url().startsWith(popupUrl), {
    timeout: 20_000,
  });
  await probe.page.evaluate(() => (globalThis.browser ?? globalThis.chrome).action.openPopup());
  const popup = await (await opened).asPage();
  await waitForTestId(popup, 'run-summary');
  return popup;
}

const countdownText = (popup) =>
  popup.evaluate(() => document.querySelector('[data-testid="countdown"]')?.textContent?.trim() ?? '');

describe(`[${kind}] the real toolbar popup`, { timeout: 180_000, skip: kind !== 'chromium' }, () => {
  let harness;
  let probe;
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-e2e-toolbar-'));

  before(async () => {
    harness = await launch(kind, { downloadDir });
    probe = await openProbe(harness);
    await probe.send('updatePrefs', { onboarded: true });
    await probe.send('addManualRun', {
      source: 'manual',
      id: 'toolbar-hard',
      title: '5 x 1 km',
      sport: 'run',
      start: new Date(Date.now() - 40 * MINUTE_MS - 50 * MINUTE_MS).toISOString(),
      elapsedS: 50 * 60,
      distanceM: 10_500,
      tags: { workout: true },
      ownedByViewer: true,
    });
  });
  after(async () => {
    await probe?.close();
    await harness?.close();
    fs.rmSync(downloadDir, { recursive: true, force: true });
  });

  test(`[${kind}] shows the open window with a ticking countdown, fits its frame, saves today's event`, async () => {
    const popup = await openToolbarPopup(harness, probe);
    const summary = await waitForTestId(popup, 'run-summary');
    assert.equal(summary.data.effort, 'hard');
    const first = await countdownText(popup);
    assert.match(first, /^\d+:\d\d:\d\d$/, `a countdown: "${first}"`);
    // Live: the next second is drawn while the popup is open.
    await pollUntil(
      () => countdownText(popup),
      (text) => text !== first,
      { what: 'the countdown ticks' },
    );

    // The browser sized the popup from its content: inside Chromium's frame, no sideways scroll.
    const frame = await popup.evaluate(() => ({
      width: innerWidth,
      height: innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    assert.ok(frame.width >= 300 && frame.width <= 800, `popup width ${frame.width}px`);
    assert.ok(frame.height > 200 && frame.height <= 600, `popup height ${frame.height}px`);
    assert.ok(frame.scrollWidth <= frame.width, `no sideways scroll: ${JSON.stringify(frame)}`);
    await screenshot(popup, kind, 'toolbar-popup');

    // "Add today's window" from the real popup: the file lands on disk and holds today's event.
    await waitForTestId(popup, 'calendar-today');
    const name = await popup.evaluate(() =>
      document.querySelector('[data-testid="calendar-today"]').getAttribute('download'),
    );
    await clickTestId(popup, 'calendar-today');
    const file = path.join(downloadDir, name);
    await pollUntil(
      () => fs.existsSync(file) && fs.statSync(file).size > 0,
      (saved) => saved,
      { what: `${name} saved from the toolbar popup` },
    );
    const events = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8'))).getAllSubcomponents(
      'vevent',
    );
    assert.equal(events.length, 1, "today's window alone");
    assert.match(String(events[0].getFirstPropertyValue('summary')), /^Strength after/);
    // The popup is still there after the download (Chromium keeps it open).
    assert.equal(await countdownText(popup).then((text) => /^\d+:\d\d:\d\d$/.test(text)), true);
    await popup.close();
  });
});
