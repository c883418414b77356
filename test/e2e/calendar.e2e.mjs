// Add to calendar, end to end: a runner with six weeks of runs (hard on Tuesday and Thursday, long on Sunday) gets an
// .ics file of the strength sessions planned for the next 7 days, from the popup (Chromium; in Firefox the popup's
// button opens History in a tab, since its popup closes with the save dialog) and from History on the extension page
// (both browsers). The test reads the file behind the link inside the page, parses it with ical.js and checks the
// events against the plan on screen; a real click saves the file to disk. After a hard run today, "Add today's
// window" gives today's event alone, with the same UID as in the week's file. When the usual week then changes, the
// next week's file takes back each day the saved file held and the plan dropped (STATUS:CANCELLED, a higher
// SEQUENCE). Screenshots of both places.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { browserKind } from './context.mjs';
import { launch, middayTimeZone, screenshot } from './harness.mjs';
import { clickTestId, openProbe, pollUntil, waitForTab, waitForTestId } from './loop-helpers.mjs';

const kind = browserKind();
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MINUTE_MS = 60_000;
/** Sunday first, as HardDay stores the usual week. */
const USUAL = ['long', 'easy', 'hard', 'easy', 'hard', 'rest', 'easy'];

/** Whole hours the browsers' zone is ahead of UTC (the harness picks a zone where it is about midday now). */
function zoneOffsetHours(timeZone) {
  if (timeZone === 'UTC') return 0;
  const [, sign, hours] = /^Etc\/GMT([+-])(\d+)$/.exec(timeZone);
  return sign === '-' ? Number(hours) : -Number(hours);
}

function runOn(type, startMs, id) {
  const base = {
    source: 'manual',
    id,
    sport: 'run',
    start: new Date(startMs).toISOString(),
    ownedByViewer: true,
  };
  if (type === 'hard')
    return { ...base, title: '6 x 800 m', elapsedS: 55 * 60, distanceM: 11_000, tags: { workout: true } };
  if (type === 'long')
    return { ...base, title: 'Long run', elapsedS: 110 * 60, distanceM: 21_000, tags: { longRun: true } };
  return { ...base, title: 'Easy run', elapsedS: 45 * 60, distanceM: 8_000 };
}

/** Six weeks of runs before today, each at 07:00 local, following the usual week. */
function sixWeeks(nowMs, offsetHours) {
  const localMidnight = Math.floor((nowMs + offsetHours * HOUR_MS) / DAY_MS) * DAY_MS - offsetHours * HOUR_MS;
  const runs = [];
  for (let back = 42; back >= 1; back -= 1) {
    const dayStart = localMidnight - back * DAY_MS;
    const type = USUAL[new Date(dayStart + offsetHours * HOUR_MS).getUTCDay()];
    if (type !== 'rest') runs.push(runOn(type, dayStart + 7 * HOUR_MS, `c${back}`));
  }
  return runs;
}

const localDate = (ms, timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(ms);

/** The file behind a download link, read inside the page (the Blob URL belongs to it). */
function linkFile(page, testId) {
  return page.evaluate(async (id) => {
    const link = document.querySelector(`[data-testid="${id}"]`);
    const response = await fetch(link.href);
    return {
      text: await response.text(),
      type: response.headers.get('content-type'),
      name: link.getAttribute('download'),
      events: Number(link.dataset.events ?? 0),
    };
  }, testId);
}

/** The file as a calendar app reads it: CRLF lines of at most 75 octets, then ical.js with the file's own zone. */
function parseIcs(text) {
  const lines = text.split('\r\n');
  assert.equal(lines.pop(), '', 'the file ends with CRLF');
  for (const line of lines) {
    assert.ok(!/[\r\n]/.test(line), 'no bare line break');
    assert.ok(Buffer.byteLength(line) <= 75, `a line over 75 octets: ${line}`);
  }
  const root = new ICAL.Component(ICAL.parse(text));
  assert.equal(root.getFirstPropertyValue('version'), '2.0');
  assert.match(String(root.getFirstPropertyValue('prodid')), /HardDay/);
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart').getParameter('tzid');
    assert.equal(event.startDate.zone.tzid, tzid, 'DTSTART has its VTIMEZONE');
    assert.ok(vevent.getFirstPropertyValue('dtstamp').zone === ICAL.Timezone.utcTimezone, 'DTSTAMP in UTC');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      tzid,
      startMs: event.startDate.toJSDate().getTime(),
      endMs: event.endDate.toJSDate().getTime(),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
  for (const zone of zones) ICAL.TimezoneService.remove(zone.getFirstPropertyValue('tzid'));
  return { zones: zones.map((z) => z.getFirstPropertyValue('tzid')), events };
}

/** Days of the plan on screen that hold a session with a time: the days the file must hold. */
function plannedDays(page, scope) {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} [data-testid="week-plan"] li`)]
        .filter((li) => ['strength', 'foundation', 'light'].includes(li.dataset.slot ?? ''))
        .filter((li) => li.querySelector('.plan-day-time'))
        .map((li) => li.dataset.date),
    scope,
  );
}

function checkWeekFile(file, days, timeZone) {
  assert.equal(file.type, 'text/calendar;charset=utf-8');
  assert.match(file.name, /^hardday-week-\d{4}-\d\d-\d\d\.ics$/);
  const cal = parseIcs(file.text);
  assert.deepEqual(cal.zones, [timeZone]);
  const planned = cal.events.filter((e) => e.status === 'CONFIRMED');
  assert.equal(planned.length, file.events);
  assert.ok(
    cal.events.every((e) => e.status === 'CONFIRMED' || e.status === 'CANCELLED'),
    'the rest are cancellations',
  );
  assert.deepEqual(
    planned.map((e) => e.uid),
    days.map((date) => `${date}.strength@hardday.app`),
  );
  for (const event of planned) {
    assert.equal(event.tzid, timeZone);
    assert.equal(
      localDate(event.startMs, timeZone),
      event.uid.slice(0, 10),
      'the event is on its planned day',
    );
    assert.ok(event.endMs - event.startMs >= 20 * MINUTE_MS, 'a window of 20 minutes or more');
    // Named after the run it follows: the usual hard or long run, or the one done today (intervals, tempo, ...).
    assert.match(event.summary, /\bafter (your|a|intervals|tempo|hills)\b/i);
    assert.match(event.description, /strength fits (from .* until |now: the window is open until )/i);
    assert.match(event.description, /About \d+ min\./);
    // Said with its values (the page's speaker), never a template.
    assert.doesNotMatch(`${event.summary}\n${event.description}`, /\{\w+\}/);
  }
  return { ...cal, planned };
}

/** Empties the downloads folder before a click, so a file found after it is that click's. */
function clearDownloads(dir) {
  for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { force: true });
}

/** Waits for a file to land in `dir` (Chromium writes a .crdownload first) and returns its text. */
async function savedFile(dir, name) {
  const file = path.join(dir, name);
  await pollUntil(
    () => fs.existsSync(file) && fs.statSync(file).size > 0,
    (ok) => ok,
    { what: `${name} saved to disk` },
  );
  return fs.readFileSync(file, 'utf8');
}

describe(`[${kind}] add to calendar from the popup and History`, { timeout: 240_000 }, () => {
  let harness;
  let probe;
  const timeZone = middayTimeZone();
  const offset = zoneOffsetHours(timeZone);
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-e2e-downloads-'));
  /** The events of the last week's file saved to disk: what the runner's calendar holds. */
  let handedOut = [];

  before(async () => {
    harness = await launch(kind, { timeZone, downloadDir });
    probe = await openProbe(harness);
    await probe.send('updatePrefs', { onboarded: true });
    for (const run of sixWeeks(Date.now(), offset)) await probe.send('addManualRun', run);
  });
  after(async () => {
    await probe?.close();
    await harness?.close();
    fs.rmSync(downloadDir, { recursive: true, force: true });
  });

  test(`[${kind}] the popup offers the week's file (Chromium) or opens History for it (Firefox)`, async () => {
    const popup = await harness.openPopup();
    await waitForTestId(popup, 'week-plan');
    if (kind === 'chromium') {
      await waitForTestId(popup, 'calendar-week');
      const days = await plannedDays(popup, '[data-testid="week"]');
      assert.ok(days.length >= 1, 'the six weeks plan at least one session');
      checkWeekFile(await linkFile(popup, 'calendar-week'), days, timeZone);
      await popup.evaluate(() =>
        document.querySelector('.calendar-links')?.scrollIntoView({ block: 'center' }),
      );
      await screenshot(popup, kind, 'calendar-popup');
      // A real click: the file lands in the downloads folder, no downloads permission needed.
      const name = await popup.evaluate(() =>
        document.querySelector('[data-testid="calendar-week"]').getAttribute('download'),
      );
      clearDownloads(downloadDir);
      await clickTestId(popup, 'calendar-week');
      checkWeekFile(
        { ...(await linkFile(popup, 'calendar-week')), text: await savedFile(downloadDir, name) },
        days,
        timeZone,
      );
      await popup.close();
      return;
    }
    await waitForTestId(popup, 'calendar-open-page');
    assert.equal(await popup.$('[data-testid="calendar-week"]'), null, 'no download link in Firefox’s popup');
    await popup.evaluate(() =>
      document.querySelector('.calendar-links')?.scrollIntoView({ block: 'center' }),
    );
    await screenshot(popup, kind, 'calendar-popup');
    await clickTestId(popup, 'calendar-open-page');
    const history = await waitForTab(harness, `${harness.extensionOrigin}/options.html#week-plan`);
    await waitForTestId(history, 'calendar-week');
    // Opened at the week plan: its heading is on screen.
    const top = await history.evaluate(
      () => document.getElementById('week-plan').getBoundingClientRect().top,
    );
    assert.ok(top > -2 && top < 200, `the week plan is at the top of the tab (at ${top}px)`);
    await history.close();
  });

  test(`[${kind}] History on the extension page: the file holds the planned sessions and saves on a click`, async () => {
    const options = await harness.openExtensionPage('options.html');
    await waitForTestId(options, 'calendar-week');
    const days = await plannedDays(options, '[data-testid="history"]');
    const file = await linkFile(options, 'calendar-week');
    const cal = checkWeekFile(file, days, timeZone);
    // Why and what in words a runner reads, and no today link while today has no window.
    assert.match(cal.events[0].description, /open HardDay/);
    assert.equal(await options.$('[data-testid="calendar-today"]'), null);
    clearDownloads(downloadDir);
    await clickTestId(options, 'calendar-week');
    const saved = await savedFile(downloadDir, file.name);
    handedOut = parseIcs(saved).events;
    assert.deepEqual(
      handedOut.map((e) => e.uid),
      cal.events.map((e) => e.uid),
    );
    await options.evaluate(() => document.getElementById('week-plan')?.scrollIntoView());
    await screenshot(options, kind, 'calendar-history');
    await options.close();
  });

  test(`[${kind}] after a hard run today: "Add today's window" is today's event alone, the week's UID`, async () => {
    const now = Date.now();
    await probe.send('addManualRun', runOn('hard', now - 75 * MINUTE_MS, 'today-hard'));
    const today = localDate(now, timeZone);
    const options = await harness.openExtensionPage('options.html');
    await waitForTestId(options, 'calendar-today');
    const file = await linkFile(options, 'calendar-today');
    assert.equal(file.name, `hardday-${today}.ics`);
    const { events } = parseIcs(file.text);
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event.uid, `${today}.strength@hardday.app`);
    // The window is open now: it starts this minute and runs to the window's close.
    assert.ok(Math.abs(event.startMs - now) < 5 * MINUTE_MS, 'starts about now');
    assert.ok(event.endMs > now + HOUR_MS, 'ends later today');
    assert.match(event.summary, /^Strength after/);
    assert.doesNotMatch(event.description, /\{\w+\}/);
    assert.match(event.description, /^Strength fits now: the window is open until \d/);
    const week = parseIcs((await linkFile(options, 'calendar-week')).text);
    assert.equal(week.events[0].uid, event.uid);
    await options.evaluate(() => document.getElementById('week-plan')?.scrollIntoView());
    await screenshot(options, kind, 'calendar-today-history');
    if (kind === 'chromium') {
      const popup = await harness.openPopup();
      await waitForTestId(popup, 'calendar-today');
      assert.equal(parseIcs((await linkFile(popup, 'calendar-today')).text).events[0].uid, event.uid);
      await popup.close();
    }
    await options.close();
  });

  test(`[${kind}] the usual week changes: a day the plan dropped comes back cancelled in the next file`, async () => {
    // Hard days move from Tuesday and Thursday to Wednesday and Friday: sessions after them move along.
    await probe.send('updateSettings', {
      usualWeek: ['long', 'easy', 'easy', 'hard', 'easy', 'hard', 'rest'],
    });
    const now = Date.now();
    const options = await harness.openExtensionPage('options.html');
    await waitForTestId(options, 'calendar-week');
    const days = await plannedDays(options, '[data-testid="history"]');
    const file = await linkFile(options, 'calendar-week');
    const cal = checkWeekFile(file, days, timeZone);
    const inFile = new Map(cal.events.map((e) => [e.uid, e]));
    const dropped = handedOut.filter((e) => e.endMs > now && !days.includes(e.uid.slice(0, 10)));
    assert.ok(dropped.length >= 1, 'moving the hard days drops a day the saved file held');
    for (const before of dropped) {
      const after = inFile.get(before.uid);
      assert.ok(after, `${before.uid} is in the new file`);
      assert.equal(after.status, 'CANCELLED');
      assert.ok(after.sequence > before.sequence, 'a higher SEQUENCE than the saved file’s');
      assert.equal(after.startMs, before.startMs);
      assert.match(after.summary, /^Cancelled: /);
    }
    assert.equal(cal.events.length - cal.planned.length, dropped.length, 'no other day cancelled');
    await options.evaluate(() => document.getElementById('week-plan')?.scrollIntoView());
    await screenshot(options, kind, 'calendar-cancelled-history');
    await options.close();
  });
});
