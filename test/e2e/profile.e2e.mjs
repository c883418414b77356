// The runner's profile and feedback, end to end: the options page stores the race distance, the evening cut-off,
// the birth year and the max heart rate; the session page, played to the end, asks how hard it felt and keeps the
// answer on the logged entry (by keyboard alone); two easy ratings make the popup suggest the next level, switched
// in one tap. axe-core checks the new options fields and the rating question.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot } from './harness.mjs';
import {
  axeViolations,
  clickTestId,
  openProbe,
  pollUntil,
  readTestId,
  waitForTestId,
} from './loop-helpers.mjs';

const kind = browserKind();

async function assertAccessible(page, what) {
  const { blocking } = await axeViolations(page);
  assert.deepEqual(blocking, [], `${what}: no serious or critical axe violations`);
}

/** Sets a form control as a runner would commit it: the value, then input and change events. */
function commitValue(page, testId, value) {
  return page.$eval(
    `[data-testid="${testId}"]`,
    (element, next) => {
      element.value = next;
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

describe(`[${kind}] profile settings, session ratings and the level suggestion`, { timeout: 180_000 }, () => {
  let harness;
  let probe;

  before(async () => {
    const { routes } = await loadSiteRoutes();
    harness = await launch(kind, { routes });
    probe = await openProbe(harness);
    // Kilometres, whatever the browser's region says (the custom race distance is typed in the runner's unit).
    await probe.send('updatePrefs', { onboarded: true, units: 'metric' });
  });
  after(async () => {
    await probe?.close();
    await harness?.close();
  });

  test(`[${kind}] the options page stores race distance, latest time, birth year and max heart rate`, async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 900 });
    assert.equal(await options.$eval('[data-testid="latest-session-time"]', (el) => el.value), '21:30');
    await options.select('[data-testid="race-distance"]', '21097.5');
    await probe.waitForStorage((s) => s.settings?.raceDistanceM === 21_097.5);
    await commitValue(options, 'latest-session-time', '20:45');
    await probe.waitForStorage((s) => s.settings?.latestSessionTime === '20:45');
    await options.type('[data-testid="birth-year"]', '1975');
    await options.keyboard.press('Tab');
    await probe.waitForStorage((s) => s.settings?.birthYear === 1975);
    await options.type('[data-testid="max-hr"]', '300');
    await options.keyboard.press('Tab');
    await waitForTestId(options, 'max-hr-error', (el) => /100 to 240/.test(el.text));
    await assertAccessible(options, 'options with a field error');
    await commitValue(options, 'max-hr', '188');
    await probe.waitForStorage((s) => s.settings?.maxHr === 188);
    await options.select('[data-testid="race-distance"]', 'custom');
    await commitValue(options, 'race-distance-km', '50');
    const stored = await probe.waitForStorage((s) => s.settings?.raceDistanceM === 50_000);
    assert.equal(stored.settings.latestSessionTime, '20:45');
    // A runner on miles reads (and types) the same race in miles.
    await probe.send('updatePrefs', { units: 'imperial' });
    await waitForTestId(options, 'race-distance-km', (el) => el.data.unit === 'mi');
    assert.equal(await options.$eval('[data-testid="race-distance-km"]', (el) => el.value), '31.07');
    await probe.send('updatePrefs', { units: 'metric' });
    await waitForTestId(options, 'race-distance-km', (el) => el.data.unit === 'km');
    await assertAccessible(options, 'options with the profile fields');
    await screenshot(options, kind, 'options-profile', { fullPage: true });
    await options.close();
  });

  test(`[${kind}] the session page asks how hard it felt and keeps the answer on the entry`, async () => {
    const session = await harness.openExtensionPage('session.html');
    await session.setViewport({ width: 1000, height: 900 });
    await session.evaluate(() => document.body.focus());
    const read = () => readTestId(session, 'session');
    for (let guard = 0; guard < 200 && (await readTestId(session, 'next')); guard++) {
      const step = (await read())?.data.step;
      await session.keyboard.press('ArrowRight');
      await pollUntil(read, (el) => el?.data.step !== step, { what: 'the next step after →' });
    }
    await clickTestId(session, 'finish');
    await waitForTestId(session, 'session', (el) => el.data.state === 'saved');
    const question = await waitForTestId(session, 'rpe');
    assert.match(question.text, /How hard did that feel\?/);
    await assertAccessible(session, 'session: the rating question');
    await screenshot(session, kind, 'session-rpe', { fullPage: true });

    // Keyboard only: Tab to "7", Space presses it (the player no longer takes Space once the session is done).
    for (let tabs = 0; tabs < 30; tabs++) {
      if ((await session.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'rpe-7')
        break;
      await session.keyboard.press('Tab');
    }
    assert.equal(await session.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'rpe-7');
    await session.keyboard.press(' ');
    await waitForTestId(session, 'rpe-saved', (el) => /7 out of 10/.test(el.text));
    const stored = await probe.waitForStorage((s) => s.strengthLog?.some((e) => e.rpe === 7));
    assert.equal(stored.strengthLog.length, 1, 'one entry, rated');
    assert.equal(stored.strengthLog[0].status, 'done');
    await session.close();
  });

  test(`[${kind}] two easy sessions at level 1: the popup suggests level 2, switched in one tap`, async () => {
    await probe.send('resetData');
    await probe.send('updatePrefs', { onboarded: true });
    for (const [date, rpe] of [
      ['2026-03-02T18:00:00.000Z', 5],
      ['2026-03-05T18:00:00.000Z', 4],
    ]) {
      await probe.send('logStrength', { date, sessionId: 's2-L1-hard-maintenance', status: 'done' });
      assert.equal(
        await probe.send('setStrengthRpe', { date, sessionId: 's2-L1-hard-maintenance', rpe }),
        true,
      );
    }
    const popup = await harness.openPopup();
    const suggestion = await waitForTestId(popup, 'level-suggestion');
    assert.match(suggestion.text, /felt easy \(5 and 4 out of 10\)/);
    await assertAccessible(popup, 'popup with the level suggestion');
    await screenshot(popup, kind, 'popup-level-suggestion', { fullPage: true });
    await clickTestId(popup, 'level-suggestion-switch');
    await probe.waitForStorage((s) => s.settings?.level === 2);
    await pollUntil(
      () => readTestId(popup, 'level-suggestion'),
      (el) => el === null,
      { what: 'the suggestion gone at the new level' },
    );
    await popup.close();
  });
});
