// What a test can see (DESIGN.md): the <hardday-card> host and its shadow root on site pages, data-testid
// regions and body[data-ready="true"] on extension pages. Every wait is a condition with a timeout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_HOSTS } from './site-routes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
export const WAIT_TIMEOUT = 20_000;

/**
 * Runs in the page: the card's attributes and visible shadow-root text, or null when there is no card. With
 * `wanted`, returns the card only once it is rendered and matches, else false (a waitForFunction predicate).
 */
function cardInPage(wanted) {
  const hosts = document.querySelectorAll('hardday-card');
  const host = hosts[0];
  if (!host) return wanted ? false : null;
  const root = host.shadowRoot;
  const parts = [];
  if (root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const tag = node.parentElement?.tagName;
      if (tag !== 'STYLE' && tag !== 'SCRIPT' && tag !== 'TEMPLATE') parts.push(node.textContent ?? '');
    }
  }
  const card = {
    count: hosts.length,
    effort: host.getAttribute('data-effort'),
    kind: host.getAttribute('data-kind'),
    advice: host.getAttribute('data-advice'),
    level: host.getAttribute('data-level'),
    theme: host.getAttribute('data-theme'),
    hasShadowRoot: Boolean(root),
    text: parts.join(' ').replace(/\s+/g, ' ').trim(),
  };
  if (!wanted) return card;
  if (!card.hasShadowRoot || card.text === '') return false;
  return Object.entries(wanted).every(([key, value]) => card[key] === String(value)) ? card : false;
}

/** @returns {Promise<null | { count: number, effort: string|null, kind: string|null, advice: string|null,
 *   level: string|null, hasShadowRoot: boolean, text: string }>} */
export async function readCard(page) {
  return page.evaluate(cardInPage, undefined);
}

/**
 * Waits until the page has a rendered card (open shadow root with text) whose attributes equal `expect`
 * (e.g. `{ level: '2' }`; keys: effort, kind, advice, level, theme). Returns what was read.
 */
export async function waitForCard(page, { expect = {}, timeout = WAIT_TIMEOUT } = {}) {
  try {
    const handle = await page.waitForFunction(cardInPage, { polling: 100, timeout }, expect);
    const card = await handle.jsonValue();
    await handle.dispose().catch(() => {});
    return card;
  } catch (error) {
    const last = await readCard(page).catch(() => 'unreadable');
    throw new Error(
      `no card matching ${JSON.stringify(expect)} within ${timeout} ms on ${page.url()}; last seen: ${JSON.stringify(last)}`,
      { cause: error },
    );
  }
}

/** Extension pages set body[data-ready="true"] once their first data is rendered. */
export async function waitForReady(page, { timeout = WAIT_TIMEOUT } = {}) {
  try {
    await page.waitForFunction(() => document.body?.dataset.ready === 'true', { polling: 50, timeout });
  } catch (error) {
    const url = await page.evaluate(() => location.href).catch(() => page.url());
    throw new Error(`${url} did not set body[data-ready="true"] within ${timeout} ms`, { cause: error });
  }
}

/** Picks a level the way a user does: clicks the radio (or its label when the radio itself is visually hidden). */
export async function chooseLevel(page, level, { timeout = WAIT_TIMEOUT } = {}) {
  const selector = `[data-testid="level-picker"] [data-testid="level-${level}"]`;
  const input = await page.waitForSelector(selector, { timeout });
  if (!input) throw new Error(`no ${selector}`);
  const box = await input.boundingBox();
  if (box && box.width >= 4 && box.height >= 4) {
    await input.click();
  } else {
    const label = (await input.evaluateHandle((el) => el.labels?.[0] ?? el.closest('label'))).asElement();
    if (!label) throw new Error(`${selector} is hidden and has no label to click`);
    await label.click();
  }
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.checked === true,
    { polling: 50, timeout },
    selector,
  );
  await input.dispose().catch(() => {});
}

/** Which level the picker shows as chosen ('1' | '2' | '3' | null). */
export async function checkedLevel(page) {
  return page.evaluate(() => {
    const checked = document.querySelector('[data-testid="level-picker"] input:checked');
    return checked?.getAttribute('data-testid')?.replace('level-', '') ?? null;
  });
}

function screenshotPath(browserKind, name, dir) {
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${browserKind}-${name.replace(/[^\w.-]+/g, '-')}.png`);
}

/** Saves a page or element screenshot as <dir>/<browser>-<name>.png and returns the path. */
export async function screenshot(target, browserKind, name, { dir = SCREENSHOT_DIR, fullPage = false } = {}) {
  const file = screenshotPath(browserKind, name, dir);
  const isPage = typeof target.goto === 'function';
  // A background tab paints no frames in headless Chromium, so its screenshot would never resolve.
  await (isPage ? target : target.frame.page()).bringToFront();
  await target.screenshot(isPage ? { path: file, fullPage } : { path: file });
  return file;
}

/** Screenshot of the <hardday-card> element alone. */
export async function screenshotCard(page, browserKind, name, options = {}) {
  const card = await page.waitForSelector('hardday-card', { timeout: WAIT_TIMEOUT });
  if (!card) throw new Error('no <hardday-card> to screenshot');
  await card.scrollIntoView();
  const box = await card.boundingBox();
  if (!box || box.width < 1 || box.height < 1)
    throw new Error(`<hardday-card> has no visible box: ${JSON.stringify(box)}`);
  try {
    return await screenshot(card, browserKind, name, options);
  } finally {
    await card.dispose().catch(() => {});
  }
}

/**
 * Gets the popup to its main view: on a fresh profile the popup starts with onboarding, which this skips
 * (data-testid="onboarding-skip") unless `skipOnboarding` is false. Resolves once the main level picker shows.
 */
export async function showPopupMain(page, { skipOnboarding = true, timeout = WAIT_TIMEOUT } = {}) {
  const onboarding = await page.$('[data-testid="onboarding"]');
  if (onboarding) {
    await onboarding.dispose();
    if (!skipOnboarding) return page;
    const skip = await page.waitForSelector('[data-testid="onboarding-skip"]', { timeout });
    await skip?.click();
    await skip?.dispose().catch(() => {});
  }
  try {
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="onboarding"]') &&
        document.querySelector('[data-testid="level-picker"] [data-testid="level-1"]'),
      { polling: 50, timeout },
    );
  } catch (error) {
    const shown = await page
      .evaluate(() =>
        [...document.querySelectorAll('[data-testid]')].map((el) => el.getAttribute('data-testid')),
      )
      .catch(() => 'unreadable');
    throw new Error(`the popup's main view with its level picker did not show; data-testids: ${shown}`, {
      cause: error,
    });
  }
  return page;
}

/** The URL of the first stack frame of an uncaught error, if any. */
function errorSource(error) {
  const frame = /\b((?:https?|chrome-extension|moz-extension):\/\/[^\s)]+?)(?::\d+){0,2}\)?$/m;
  return frame.exec(String(error?.stack ?? ''))?.[1];
}

/** True for an uncaught error thrown by the site page's own scripts (a saved page lacks the site's bundles). */
function isSitePageError({ type, source }) {
  if (type !== 'pageerror' || !source) return false;
  try {
    return SITE_HOSTS.includes(new URL(source).hostname);
  } catch {
    return false;
  }
}

/**
 * Records a page's console (content scripts included) from now on. Attach before navigating.
 * `errors()` is what HardDay may be blamed for: console errors and uncaught errors, leaving out the browser's own
 * "Failed to load resource" lines (a fixture 404 the real site also answers) and errors thrown by the saved
 * page's own inline scripts (those are in `siteErrors()`).
 */
export function watchConsole(page) {
  const messages = [];
  const waiters = new Set();
  const push = (entry) => {
    messages.push(entry);
    for (const waiter of waiters) if (waiter.pattern.test(entry.text)) waiter.resolve(entry);
  };
  page.on('console', (message) => push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) =>
    push({ type: 'pageerror', text: String(error?.message ?? error), source: errorSource(error) }),
  );
  return {
    messages,
    errors: () =>
      messages.filter(
        (entry) =>
          (entry.type === 'error' || entry.type === 'pageerror') &&
          !/^Failed to load resource/.test(entry.text) &&
          !isSitePageError(entry),
      ),
    siteErrors: () => messages.filter(isSitePageError),
    /** Resolves with the first message matching `pattern` (already seen or still to come). */
    waitFor(pattern, { timeout = WAIT_TIMEOUT } = {}) {
      const seen = messages.find(({ text }) => pattern.test(text));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          pattern,
          resolve: (entry) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(entry);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const log = messages.map(({ type, text }) => `${type}: ${text}`).join('\n  ');
          reject(
            new Error(`no console message matching ${pattern} within ${timeout} ms; console:\n  ${log}`),
          );
        }, timeout);
        waiters.add(waiter);
      });
    },
  };
}
