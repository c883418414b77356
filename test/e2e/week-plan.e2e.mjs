// The week ahead, end to end: a runner with six weeks of runs (hard on Tuesday and Thursday, long on Sunday, easy
// Monday, Wednesday and Saturday, Friday off) opens the popup and sees the next 7 days — strength after the usual
// hard and long runs, mobility on the other days — in the Today tab and, with why for each day, in History. On the
// options page the usual-week editor shows the suggestion from those six weeks; one click makes it the runner's own
// and the plan says so. Screenshots of the popup, History and the options page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind } from './context.mjs';
import { launch, middayTimeZone, screenshot } from './harness.mjs';
import { clickTestId, openProbe, pollUntil, waitForTestId } from './loop-helpers.mjs';

const kind = browserKind();
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Sunday first, as HardDay stores the usual week. */
const USUAL = ['long', 'easy', 'hard', 'easy', 'hard', 'rest', 'easy'];

/** Whole hours the browsers' zone is ahead of UTC (the harness picks a zone where it is about midday now). */
function zoneOffsetHours(timeZone) {
  if (timeZone === 'UTC') return 0;
  const [, sign, hours] = /^Etc\/GMT([+-])(\d+)$/.exec(timeZone);
  return sign === '-' ? Number(hours) : -Number(hours);
}

function runOn(type, startMs, i) {
  const base = {
    source: 'manual',
    id: `w${i}`,
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
    const weekday = new Date(dayStart + offsetHours * HOUR_MS).getUTCDay();
    const type = USUAL[weekday];
    if (type !== 'rest') runs.push(runOn(type, dayStart + 7 * HOUR_MS, back));
  }
  return runs;
}

/** The plan's days as the page shows them: slot, and the line's text. */
function readPlan(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="week-plan"] li')].map((li) => ({
      date: li.dataset.date,
      slot: li.dataset.slot,
      text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

describe(`[${kind}] the next 7 days in the popup, History and options`, { timeout: 240_000 }, () => {
  let harness;
  let probe;
  const timeZone = middayTimeZone();
  const offset = zoneOffsetHours(timeZone);

  before(async () => {
    harness = await launch(kind, { timeZone });
    probe = await openProbe(harness);
    await probe.send('updatePrefs', { onboarded: true });
    for (const run of sixWeeks(Date.now(), offset)) await probe.send('addManualRun', run);
  });
  after(async () => {
    await probe?.close();
    await harness?.close();
  });

  const expectedSlots = () => {
    const today = new Date(Date.now() + offset * HOUR_MS).getUTCDay();
    return Array.from({ length: 7 }, (_, i) => USUAL[(today + i) % 7]);
  };

  test(`[${kind}] the popup's Today tab lists the next 7 days: strength after the usual hard and long runs`, async () => {
    const popup = await harness.openPopup();
    await waitForTestId(popup, 'week-plan', (plan) => plan.data.usual === 'suggested');
    const days = await pollUntil(
      () => readPlan(popup),
      (list) => list.length === 7,
      { what: 'seven planned days' },
    );
    const usual = expectedSlots();
    // Today is the day's advice (its run is not in yet); the days after follow the learned week. Every strength day
    // is a usual hard or long day, every usual easy or rest day is mobility only.
    days.slice(1).forEach((day, i) => {
      const type = usual[i + 1];
      if (type === 'easy' || type === 'rest') assert.equal(day.slot, 'mobility', `${day.date} (${type})`);
      if (day.slot === 'strength') {
        assert.ok(type === 'hard' || type === 'long', `${day.date}: strength on a ${type} day`);
        assert.match(day.text, /Strength after your (hard|long) run/);
      }
    });
    // Build-up or not, the week's hard days hold at least one session and never more than the off-season's 3.
    const strength = days.filter((d) => d.slot === 'strength').length;
    assert.ok(strength >= 1 && strength <= 3, `strength days: ${strength}`);
    await popup.evaluate(() => document.querySelector('[data-testid="week-plan"]')?.scrollIntoView());
    await screenshot(popup, kind, 'week-plan-popup');

    await clickTestId(popup, 'tab-history');
    await pollUntil(
      () => popup.evaluate(() => document.querySelectorAll('[data-testid="history"] .plan-day-why').length),
      (n) => n === 7,
      { what: 'History with why for each day' },
    );
    const firstStrengthWhy = await popup.evaluate(
      () => document.querySelector('[data-testid="history"] .slot-strength .plan-day-why')?.textContent ?? '',
    );
    // The clock is the browser locale's (en-US here: "7:55 AM").
    assert.match(
      firstStrengthWhy,
      /After your usual (hard|long) run on \w+ \(ends about \d{1,2}:\d\d(\s?[AP]M)?\)/,
    );
    await popup.evaluate(() =>
      document.querySelector('[data-testid="history"] [data-testid="week-plan"]')?.scrollIntoView(),
    );
    await screenshot(popup, kind, 'week-plan-history');
    await popup.close();
  });

  test(`[${kind}] options: the usual week learned from six weeks; one click makes it the runner's own`, async () => {
    const options = await harness.openExtensionPage('options.html');
    await waitForTestId(options, 'usual-week-status', (s) => s.text.includes('last 6 weeks'));
    const shown = await options.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="usual-week"] select')].map((s) => [
          s.dataset.testid,
          s.value,
        ]),
      ),
    );
    assert.deepEqual(shown, Object.fromEntries(USUAL.map((type, weekday) => [`usual-day-${weekday}`, type])));
    await clickTestId(options, 'usual-week-suggest');
    await probe.waitForStorage((s) => JSON.stringify(s.settings?.usualWeek) === JSON.stringify(USUAL));
    await waitForTestId(options, 'usual-week-status', (s) => s.text === 'Your own usual week.');
    await waitForTestId(options, 'week-plan', (plan) => plan.data.usual === 'settings');
    await options.evaluate(() => document.querySelector('[data-testid="usual-week"]')?.scrollIntoView());
    await screenshot(options, kind, 'week-plan-options');
    // One day changed: Friday becomes hard, and the stored week follows.
    await options.select('[data-testid="usual-day-5"]', 'hard');
    await probe.waitForStorage((s) => s.settings?.usualWeek?.[5] === 'hard');
    await options.close();
  });
});
