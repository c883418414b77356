// What the dashboard-line browser tests (Strava's dashboard, Garmin Connect's feed) read of a page: the lines and the
// entries they sit in, and which features the background injected into the page's document.
import { clickTestId, waitForTab, waitForTestId } from './loop-helpers.mjs';
import { waitUntil } from './site-helpers.mjs';

/**
 * Every <hardday-line> in the page: the activity it is for, its effort, advice and words, and the activity of the
 * feed entry it sits in. `feed` says where the site keeps them: the entry's selector, the selector of the entry's
 * activity link, and the pattern (source) whose first group is the activity id in that link.
 */
export function readLines(page, feed) {
  return page.evaluate(({ entry, activityLink, activityId }) => {
    return Array.from(document.querySelectorAll('hardday-line')).map((host) => {
      const root = host.shadowRoot;
      const href = host.closest(entry)?.querySelector(activityLink)?.getAttribute('href') ?? '';
      return {
        activity: host.dataset.activity,
        effort: host.dataset.effort,
        advice: host.dataset.advice,
        entryActivity: new RegExp(activityId).exec(href)?.[1],
        verdict: root?.querySelector('[data-testid="line-verdict"]')?.textContent?.trim(),
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        openSession: Boolean(root?.querySelector('[data-testid="line-open-session"]')),
      };
    });
  }, feed);
}

/** Waits until the page holds exactly one line and `check` holds for it; the error shows the lines last seen. */
export async function waitForLine(page, feed, check, what) {
  let last = [];
  try {
    await waitUntil(async () => {
      last = await readLines(page, feed);
      return last.length === 1 && check(last[0]);
    }, what);
  } catch (error) {
    throw new Error(`${error.message}; lines seen: ${JSON.stringify(last)}`, { cause: error });
  }
  return last[0];
}

/** The injections the background recorded into `page`'s document (session storage, read through `probe`). */
export async function injectedInto(probe, page) {
  const key = await page.evaluate(() => performance.timeOrigin);
  const stored = await probe.page.evaluate(() =>
    (globalThis.browser ?? globalThis.chrome).storage.session.get('featureInjections'),
  );
  return Object.values(stored.featureInjections ?? {})
    .flat()
    .filter((injection) => injection.page === key);
}

/** The read outcomes the background keeps for the popup (session storage, read through `probe`), every tab's. */
export async function storedReadOutcomes(probe) {
  const stored = await probe.page.evaluate(() =>
    (globalThis.browser ?? globalThis.chrome).storage.session.get('readOutcomes'),
  );
  return Object.values(stored.readOutcomes ?? {});
}

/** Clicks the line's "Open session" and waits until the session player has opened in a tab, which it then closes. */
export async function openSessionFromLine(harness, page) {
  await page.evaluate(() =>
    document
      .querySelector('hardday-line')
      .shadowRoot.querySelector('[data-testid="line-open-session"]')
      .click(),
  );
  const session = await waitForTab(harness, `${harness.extensionOrigin}/session.html`);
  await session.close();
}

/** Says "this was an easy run" in the popup, as the runner would, and waits until the popup shows it. */
export async function correctToEasyInPopup(harness) {
  const popup = await harness.openPopup({ skipOnboarding: true });
  await clickTestId(popup, 'correct-easy');
  await waitForTestId(popup, 'run-summary', (el) => el.data.effort === 'easy');
  await popup.close();
}
