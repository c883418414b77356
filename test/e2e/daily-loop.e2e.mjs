// Issue 5, the runner's daily loop in a real browser: onboarding, a hard run seen on Strava giving a live
// countdown and a toolbar badge, "Done" logging it into the week, the guided session played with the keyboard
// alone, a correction to "easy", and export → reset → import bringing every stored item back. Last, a measurement
// (not an assertion): how long the popup takes to show its data next to an empty extension page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { browserKind } from './context.mjs';
import {
  POPUP_VIEWPORT,
  ROOT,
  checkedLevel,
  launch,
  screenshot,
  showPopupMain,
  waitForCard,
} from './harness.mjs';
import {
  EXPORTED_KEYS,
  HARD_RUN,
  captureNextDownload,
  clickTestId,
  finishOnboarding,
  launchWithHardRunEndedAt,
  openProbe,
  pollUntil,
  readTestId,
  visitSitePage,
  waitForTab,
  waitForTestId,
  writeTempJson,
} from './loop-helpers.mjs';

const kind = browserKind();
const ENDED_MINUTES_AGO = 30;
const DEFAULT_WINDOW_HOURS = 3;

/** "2:29:58" → seconds. */
function countdownSeconds(text) {
  const match = /^(\d+):(\d{2}):(\d{2})$/.exec(text);
  assert.ok(match, `the countdown reads h:mm:ss, got "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Badge "2:30" or "45m" → minutes left. */
function badgeMinutes(text) {
  const long = /^(\d+):(\d{2})$/.exec(text);
  if (long) return Number(long[1]) * 60 + Number(long[2]);
  const short = /^(\d+)m$/.exec(text);
  assert.ok(short, `the badge shows the time left, got "${text}"`);
  return Number(short[1]);
}

describe(`[${kind}] the daily loop`, { timeout: 240_000 }, () => {
  let harness;
  let probe;
  let runEndMs;
  /** What one test saw and a later one checks against (the session the popup offered). */
  const seen = {};

  before(async () => {
    ({ harness, runEndMs } = await launchWithHardRunEndedAt(kind, Date.now() - ENDED_MINUTES_AGO * 60_000));
    probe = await openProbe(harness);
  });

  after(async () => {
    await harness?.close();
  });

  /** The popup as a tab sized like the toolbar popup, past onboarding. */
  async function openPopup() {
    return harness.openPopup({ skipOnboarding: true });
  }

  test(`[${kind}] onboarding in a fresh profile stores the chosen level, phase and weekly target`, async () => {
    const popup = await harness.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
    assert.ok(await readTestId(popup, 'onboarding'), 'a fresh profile opens on onboarding');
    assert.equal(await readTestId(popup, 'popup'), null, 'no main view behind the onboarding');
    await screenshot(popup, kind, 'popup-onboarding', { fullPage: true });

    await finishOnboarding(popup, { level: 2, season: 'build', target: '2' });
    const stored = await probe.waitForStorage((s) => s.prefs?.onboarded === true && s.settings?.level === 2);
    assert.equal(stored.settings.level, 2);
    assert.equal(stored.settings.phase, 'build');
    assert.equal(stored.settings.sessionsPerWeek, 2);
    assert.equal(stored.settings.raceDate, undefined, 'no race date was given');
    // The popup leaves onboarding once the background has stored it: wait for the main view, don't race it.
    await pollUntil(
      () => checkedLevel(popup),
      (level) => level === '2',
      { what: 'the main view shows the chosen level' },
    );

    await harness.reloadExtensionPage(popup);
    assert.equal(await readTestId(popup, 'onboarding'), null, 'onboarding does not come back once finished');
    await popup.close();
  });

  test(`[${kind}] skipping onboarding in a fresh profile keeps the level 1 defaults`, async () => {
    const fresh = await launch(kind);
    try {
      const freshProbe = await openProbe(fresh);
      const popup = await fresh.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
      assert.ok(await readTestId(popup, 'onboarding'), 'a fresh profile opens on onboarding');
      await showPopupMain(popup, { skipOnboarding: true });
      const stored = await freshProbe.waitForStorage((s) => s.prefs?.onboarded === true);
      // Skipping writes no settings of its own: the defaults hold (or are stored as such).
      assert.equal(stored.settings?.level ?? 1, 1);
      assert.equal(stored.settings?.phase ?? 'auto', 'auto');
      assert.equal(stored.settings?.windowHours ?? DEFAULT_WINDOW_HOURS, DEFAULT_WINDOW_HOURS);
      assert.equal(stored.settings?.sessionsPerWeek, undefined);
      assert.equal(await checkedLevel(popup), '1');
      assert.ok(await readTestId(popup, 'no-run'), 'with no run seen, the popup says how to get one');
    } finally {
      await fresh.close();
    }
  });

  test(`[${kind}] a hard run seen on Strava: live countdown in the popup and the time left on the badge`, async () => {
    const site = await visitSitePage(harness, HARD_RUN.url);
    await waitForCard(site, { expect: { effort: 'hard', kind: 'intervals', advice: 'strength' } });
    await probe.waitForStorage((s) => s.runs?.some((run) => `${run.source}:${run.id}` === HARD_RUN.runKey));
    await site.close();

    const popup = await openPopup();
    const summary = await waitForTestId(popup, 'run-summary');
    assert.equal(summary.data.effort, 'hard');
    assert.equal(summary.data.kind, 'intervals');
    assert.equal((await readTestId(popup, 'advice'))?.data.advice, 'strength');

    const first = await waitForTestId(popup, 'countdown');
    const second = await waitForTestId(popup, 'countdown', (el) => el.text !== first.text, {
      timeout: 5_000,
    });
    const leftS = countdownSeconds(second.text);
    assert.ok(
      leftS < countdownSeconds(first.text),
      `the countdown runs down: ${first.text} → ${second.text}`,
    );
    const expectedS = (runEndMs + DEFAULT_WINDOW_HOURS * 3_600_000 - Date.now()) / 1000;
    assert.ok(
      Math.abs(leftS - expectedS) < 120,
      `countdown ${second.text} ≈ ${Math.round(expectedS)} s left`,
    );
    assert.match(second.ariaLabel ?? '', /hours? .*left/, 'the countdown has a spoken label');

    const badge = await probe.waitForBadge((text) => text !== '');
    const badgeLeft = badgeMinutes(badge);
    assert.ok(
      Math.abs(badgeLeft - expectedS / 60) <= 2,
      `badge "${badge}" ≈ ${Math.round(expectedS / 60)} min`,
    );
    // The tooltip says the badge in words (both are set together; the badge may tick between two reads).
    const title = await probe.waitForTitle((text) => text.startsWith('Strength window: '));
    const words = /^Strength window: (?:(\d+) h)? ?(?:(\d+) min)? left$/.exec(title);
    assert.ok(words, `the tooltip says the time left, got "${title}"`);
    const titleLeft = Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0);
    assert.ok(Math.abs(titleLeft - badgeLeft) <= 1, `tooltip "${title}" matches badge "${badge}"`);
    const alarms = (await probe.alarms()).map((alarm) => alarm.name);
    assert.ok(alarms.includes('hardday-tick'), `the badge tick alarm is set: ${alarms}`);
    assert.ok(alarms.includes('hardday-window-end'), `the window-end alarm is set: ${alarms}`);
    seen.sessionId = (await readTestId(popup, 'session-preview'))?.data.session;
    assert.ok(seen.sessionId, 'the popup previews a session');
    await screenshot(popup, kind, 'popup-countdown', { fullPage: true });
    await popup.close();
  });

  test(`[${kind}] "Done" logs the session for that run, the week view counts it, the badge clears`, async () => {
    const popup = await openPopup();
    const week = await waitForTestId(popup, 'week');
    const doneBefore = Number(week.data.done);
    await clickTestId(popup, 'log-done');

    const stored = await probe.waitForStorage((s) => s.strengthLog?.some((e) => e.runId === HARD_RUN.runKey));
    const entry = stored.strengthLog.find((e) => e.runId === HARD_RUN.runKey);
    assert.equal(entry.status, 'done');
    assert.equal(entry.sessionId, seen.sessionId);
    const weekAfter = await waitForTestId(popup, 'week', (el) => Number(el.data.done) === doneBefore + 1);
    assert.match(weekAfter.text, new RegExp(`${doneBefore + 1} of \\d strength session`));
    assert.equal((await waitForTestId(popup, 'logged')).data.status, 'done');
    assert.equal((await readTestId(popup, 'advice'))?.data.advice, 'done');
    assert.equal(await readTestId(popup, 'countdown'), null, 'no countdown once the session is logged');
    await probe.waitForBadge((text) => text === '');
    await probe.waitForTitle((text) => text === 'HardDay');
    await popup.close();
  });

  test(`[${kind}] Undo reopens the window; Start opens the session page, played by keyboard alone, logged`, async () => {
    const popup = await openPopup();
    await clickTestId(popup, 'log-undo');
    await probe.waitForStorage((s) => !(s.strengthLog ?? []).some((e) => e.runId === HARD_RUN.runKey));
    await waitForTestId(popup, 'advice', (el) => el.data.advice === 'strength');
    await probe.waitForBadge((text) => text !== '');

    const names = await popup.$$eval(
      '[data-testid="session-preview"] .exercise-list li > span:first-child',
      (els) => els.map((el) => el.textContent?.trim()),
    );
    assert.ok(names.length >= 3, `the preview lists the exercises: ${names}`);
    await clickTestId(popup, 'start-session');
    const session = await waitForTab(harness, `${harness.extensionOrigin}/session.html`);
    await session.bringToFront();
    await pollUntil(
      () => session.evaluate(() => document.body?.dataset.ready === 'true'),
      (ready) => ready,
      { what: 'session page data-ready' },
    );
    const href = await session.evaluate(() => location.href);
    assert.equal(new URL(href).searchParams.get('run'), HARD_RUN.runKey, 'the session is for the run');
    assert.equal(new URL(href).searchParams.get('id'), seen.sessionId, 'the previewed session opens');
    await screenshot(session, kind, 'session-exercise', { fullPage: true });
    if (!popup.isClosed()) await popup.close();

    const read = () =>
      session.evaluate(() => {
        const root = document.querySelector('[data-testid="session"]');
        const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
        return {
          step: root?.getAttribute('data-step'),
          kind: root?.getAttribute('data-step-kind'),
          name: text('exercise-name'),
          progress: text('progress'),
          timer: text('timer'),
          finish: text('finish'),
          hasNext: !!document.querySelector('[data-testid="next"]'),
          done: !!document.querySelector('[data-testid="session-done"]'),
        };
      });
    // Keyboard only from here: → moves on, Tab reaches "Finish and log", Enter presses it.
    await session.evaluate(() => document.body.focus());
    const visited = new Set();
    let state = await read();
    let sawRest = false;
    for (let guard = 0; guard < 200 && state.hasNext; guard++) {
      if (state.kind === 'work') visited.add(state.name);
      if (state.kind === 'rest') {
        sawRest = true;
        assert.match(state.timer ?? '', /\d+:\d{2}/, 'a rest shows its timer');
      }
      const step = state.step;
      await session.keyboard.press('ArrowRight');
      state = await pollUntil(read, (next) => next.step !== step, { what: 'the next step after →' });
    }
    visited.add(state.name);
    assert.ok(sawRest, 'the session has rests between sets');
    assert.match(state.finish ?? '', /Finish and log/, 'the last step offers "Finish and log"');
    assert.deepEqual([...visited].sort(), [...new Set(names)].sort(), 'every previewed exercise was played');

    for (let tabs = 0; tabs < 20; tabs++) {
      const focused = await session.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused === 'finish') break;
      await session.keyboard.press('Tab');
    }
    assert.equal(await session.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'finish');
    await session.keyboard.press('Enter');
    await pollUntil(
      () =>
        session.evaluate(() => document.querySelector('[data-testid="session"]')?.getAttribute('data-state')),
      (saved) => saved === 'saved',
      { what: 'the session page says it logged the session' },
    );
    const stored = await probe.waitForStorage((s) => s.strengthLog?.some((e) => e.runId === HARD_RUN.runKey));
    const entry = stored.strengthLog.find((e) => e.runId === HARD_RUN.runKey);
    assert.equal(entry.status, 'done');
    assert.equal(entry.sessionId, seen.sessionId);
    await screenshot(session, kind, 'session-done', { fullPage: true });
    await session.close();
  });

  test(`[${kind}] a correction to "easy" turns the advice to an easy day and clears the badge`, async () => {
    const popup = await openPopup();
    // Reopen the window first (undo the session the previous test logged), so the badge has something to clear.
    await clickTestId(popup, 'log-undo');
    await waitForTestId(popup, 'advice', (el) => el.data.advice === 'strength');
    await probe.waitForBadge((text) => text !== '');

    await clickTestId(popup, 'correct-easy');
    await waitForTestId(popup, 'run-summary', (el) => el.data.effort === 'easy');
    await waitForTestId(popup, 'advice', (el) => el.data.advice === 'easy-day');
    assert.equal(await readTestId(popup, 'countdown'), null, 'no countdown on an easy day');
    assert.equal(await readTestId(popup, 'session-preview'), null, 'no session offered on an easy day');
    const stored = await probe.waitForStorage((s) => s.overrides?.[HARD_RUN.runKey] === 'easy');
    assert.deepEqual(stored.overrides, { [HARD_RUN.runKey]: 'easy' });
    await probe.waitForBadge((text) => text === '');
    // What is left is at most the alarm that renews the popup's prepared view: no badge tick, no reminder.
    const reminderAlarms = async () =>
      (await probe.alarms()).filter((alarm) => alarm.name !== 'hardday-popup-view');
    assert.deepEqual(
      await pollUntil(reminderAlarms, (list) => list.length === 0, { what: 'reminder alarms cleared' }),
      [],
    );
    await screenshot(popup, kind, 'popup-easy-correction', { fullPage: true });
    await popup.close();
  });

  test(`[${kind}] export → reset → import (options page) restores every stored item`, async () => {
    // Make every exported item carry something that is not a default.
    await probe.send('logStrength', {
      date: new Date().toISOString(),
      sessionId: 'e2e-older-session',
      runId: 'strava:16900000002',
      status: 'skipped',
    });
    const options = await harness.openExtensionPage('options.html');
    await options.select('[data-testid="units"]', 'imperial');
    await probe.waitForStorage((s) => s.prefs?.units === 'imperial');
    await options.select('[data-testid="week-start"]', '0');
    await probe.waitForStorage((s) => s.settings?.weekStartsOn === 0);
    await screenshot(options, kind, 'options', { fullPage: true });

    const before = await probe.storage();
    for (const key of EXPORTED_KEYS)
      assert.ok(before[key] !== undefined, `${key} is stored before the export`);
    assert.ok(before.strengthLog.length >= 1 && Object.keys(before.overrides).length === 1);

    const download = await captureNextDownload(options);
    await clickTestId(options, 'export');
    const { text, name } = await download();
    assert.match(name, /^hardday-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text);
    assert.equal(file.format, 'hardday-export');
    for (const key of EXPORTED_KEYS) assert.deepEqual(file[key], before[key], `the export holds ${key}`);
    await waitForTestId(options, 'data-status', (el) => /Export ready/.test(el.text));

    await clickTestId(options, 'reset');
    await clickTestId(options, 'reset-confirm');
    await waitForTestId(options, 'data-status', (el) => /erased/.test(el.text));
    const erased = await probe.waitForStorage((s) => Array.isArray(s.runs) && s.runs.length === 0);
    assert.deepEqual(erased.strengthLog, []);
    assert.deepEqual(erased.overrides, {});
    assert.equal(erased.prefs.onboarded, false);
    assert.equal(erased.settings.level, 1);

    // A broken file is refused with a message, and changes nothing.
    const badFile = writeTempJson({ format: 'hardday-export', version: 1, runs: 'not a list' }, 'bad.json');
    const input = await options.waitForSelector('[data-testid="import-file"]');
    await input.uploadFile(badFile);
    await waitForTestId(options, 'data-status', (el) => /cannot be read|not a HardDay/.test(el.text));
    assert.deepEqual((await probe.storage()).runs, [], 'a bad file changes nothing');

    const goodFile = writeTempJson(file);
    await input.uploadFile(goodFile);
    // A restore after a reset: "replace everything", confirmed (merging is the default).
    await waitForTestId(options, 'import-preview');
    await clickTestId(options, 'import-mode-replace');
    await clickTestId(options, 'import-apply');
    await clickTestId(options, 'import-replace-confirm');
    await waitForTestId(options, 'data-status', (el) => /Import done/.test(el.text));
    const restored = await probe.waitForStorage((s) => (s.runs?.length ?? 0) === before.runs.length);
    for (const key of EXPORTED_KEYS)
      assert.deepEqual(restored[key], before[key], `${key} is back after the import`);
    assert.equal(
      await options.$eval('[data-testid="units"]', (el) => el.value),
      'imperial',
      'the page shows it',
    );
    for (const written of [badFile, goodFile])
      fs.rmSync(path.dirname(written), { recursive: true, force: true });
    await input.dispose();
    await options.close();

    const popup = await openPopup();
    const summary = await waitForTestId(popup, 'run-summary');
    assert.equal(summary.data.effort, 'easy', 'the correction came back with the import');
    await popup.close();
  });

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});

// ---- speed: a measurement, reported, never a pass/fail threshold ------------------------------------------------

const PAIRS = 20;
const READY_PROBE = `// Records when body[data-ready="true"] first appears (e2e speed measurement only).
(() => {
  const mark = () => {
    if (!globalThis.__readyAt && document.body && document.body.dataset.ready === 'true') {
      globalThis.__readyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(mark);
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  mark();
})();
`;
const BLANK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>blank</title><script src="/ready-probe.js"></script></head>
<body data-ready="true"></body></html>
`;

/** A copy of the build with a timing probe in popup.html and an empty page beside it. */
function speedBuild() {
  const source = path.join(ROOT, kind === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv3');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hardday-speed-${kind}-`));
  fs.cpSync(source, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ready-probe.js'), READY_PROBE);
  fs.writeFileSync(path.join(dir, 'blank.html'), BLANK_PAGE);
  const popupHtml = path.join(dir, 'popup.html');
  const html = fs.readFileSync(popupHtml, 'utf8');
  assert.match(html, /<head>/);
  // A classic script in <head> runs before the popup's module scripts, so it sees the first data-ready.
  fs.writeFileSync(popupHtml, html.replace('<head>', '<head><script src="/ready-probe.js"></script>'));
  return dir;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe(`[${kind}] popup speed (measurement)`, { timeout: 180_000 }, () => {
  let harness;
  let dir;

  before(async () => {
    dir = speedBuild();
    ({ harness } = await launchWithHardRunEndedAt(kind, Date.now() - ENDED_MINUTES_AGO * 60_000, {
      extensionDir: dir,
    }));
  });

  after(async () => {
    await harness?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${kind}] popup data-ready vs an empty extension page, ${PAIRS} interleaved pairs`, async (t) => {
    // The popup as a runner sees it most days: onboarded, a hard run seen, the countdown on.
    const site = await visitSitePage(harness, HARD_RUN.url);
    await waitForCard(site, { expect: { advice: 'strength' } });
    await site.close();
    const warm = await harness.openPopup({ skipOnboarding: true });
    await waitForTestId(warm, 'countdown');
    await warm.close();

    const timeOne = async (page) => {
      const opened = await harness.openExtensionPage(page, { ready: false, viewport: POPUP_VIEWPORT });
      try {
        return await pollUntil(
          () =>
            opened.evaluate(() => {
              const nav = performance.getEntriesByType('navigation')[0];
              return globalThis.__readyAt
                ? { ready: globalThis.__readyAt, domContentLoaded: nav?.domContentLoadedEventEnd ?? null }
                : null;
            }),
          (value) => value !== null,
          { interval: 20, what: `${page} ready` },
        );
      } finally {
        await opened.close();
      }
    };
    const samples = { popup: [], blank: [] };
    for (let pair = 0; pair < PAIRS; pair++) {
      // Alternate which page goes first, so neither always gets the warmer browser.
      const order = pair % 2 ? ['blank.html', 'popup.html'] : ['popup.html', 'blank.html'];
      for (const page of order) samples[page === 'popup.html' ? 'popup' : 'blank'].push(await timeOne(page));
    }
    const popupReady = samples.popup.map((s) => s.ready);
    const blankReady = samples.blank.map((s) => s.ready);
    const result = {
      browser: kind,
      pairs: PAIRS,
      popupReadyMs: {
        median: median(popupReady),
        min: Math.min(...popupReady),
        max: Math.max(...popupReady),
      },
      blankReadyMs: {
        median: median(blankReady),
        min: Math.min(...blankReady),
        max: Math.max(...blankReady),
      },
      ratioOfMedians: median(popupReady) / median(blankReady),
      medianOfPairRatios: median(popupReady.map((value, i) => value / blankReady[i])),
      samples,
    };
    const out = path.join(ROOT, 'test-results', `speed-${kind}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(result, null, 2));
    const line =
      `popup ready median ${result.popupReadyMs.median.toFixed(1)} ms, empty page ${result.blankReadyMs.median.toFixed(1)} ms, ` +
      `ratio ${result.ratioOfMedians.toFixed(2)}× (median of pair ratios ${result.medianOfPairRatios.toFixed(2)}×; target ≤ 1.5×)`;
    t.diagnostic(line);
    console.log(`[${kind}] speed: ${line}`);
    assert.ok(popupReady.every((value) => value > 0) && blankReady.every((value) => value > 0));
  });
});
