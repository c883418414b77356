// Checks of the built extension that need no browser: permissions, no remote code, default CSP, size budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_GZIP, entrySizes } from './sizes.mjs';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];
const HOSTS = ['https://connect.garmin.com/*', 'https://www.strava.com/*'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const dir of BUILDS) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  test(`${dir}: permissions are exactly the minimal set`, () => {
    assert.equal(manifest.manifest_version, 3);
    // scripting: the background injects the card feature (decision 0007); no install warning in Chrome or Firefox.
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'notifications', 'scripting', 'storage']);
    assert.deepEqual([...manifest.host_permissions].sort(), HOSTS);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) assert.ok(HOSTS.includes(match), `content script matches ${match}`);
    }
    // Nothing a page could request to detect HardDay: the injected feature is read by the browser, not the page.
    assert.equal(manifest.web_accessible_resources, undefined);
  });

  test(`${dir}: store-ready manifest: minimum Chrome, keyboard shortcut, tooltip`, () => {
    // URL.canParse (every message's URLs are checked with it) needs Chrome 120; Firefox has its own minimum.
    if (dir.includes('chrome')) assert.equal(manifest.minimum_chrome_version, '120');
    else {
      assert.equal(manifest.minimum_chrome_version, undefined, 'a Chrome-only key in the Firefox manifest');
      assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, '140.0');
    }
    assert.deepEqual(manifest.commands, { _execute_action: { suggested_key: { default: 'Alt+Shift+H' } } });
    assert.equal(manifest.action.default_title, 'HardDay');
  });

  test(`${dir}: default content security policy and no remote code`, () => {
    assert.equal(manifest.content_security_policy, undefined);
    for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /<script[^>]+src="https?:/i, `${file} loads a remote script`);
      assert.doesNotMatch(text, /import\(\s*["']https?:/, `${file} imports remote code`);
      assert.doesNotMatch(text, /\beval\(|new Function\(/, `${file} evaluates strings`);
    }
  });

  test(`${dir}: the development-time "not found" warnings cost nothing in production`, () => {
    // utils/content/dev-warnings.ts runs under import.meta.env.DEV only: no trace of it or its selector texts here.
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /not found: |inline <script> mentioning|summaryDTO\.startTimeGMT\)/, file);
    }
  });

  test(`${dir}: gzipped size budgets`, () => {
    const sizes = entrySizes(dir);
    for (const kind of ['content', 'detector', 'feature']) {
      const entries = Object.entries(sizes).filter(([name]) => name.startsWith(`${kind}:`));
      // Each site's loader, detector and card feature, and each site's dashboard line (issue 12), a feature of its own.
      assert.deepEqual(
        entries.map(([name]) => name.split(':')[1]).sort(),
        kind === 'feature'
          ? ['garmin', 'garmin-dashboard', 'strava', 'strava-dashboard']
          : ['garmin', 'strava'],
        `${kind} per site`,
      );
      for (const [name, size] of entries) {
        assert.ok(
          size.gzipBytes <= BUDGET_GZIP[kind],
          `${name} is ${size.gzipBytes} B gzipped (budget ${BUDGET_GZIP[kind]})`,
        );
      }
    }
    assert.ok(sizes.popup, 'popup built');
    assert.ok(
      sizes.popup.gzipBytes <= BUDGET_GZIP.popup,
      `popup is ${sizes.popup.gzipBytes} B gzipped (budget ${BUDGET_GZIP.popup})`,
    );
    console.log(
      `${dir} sizes (gzip bytes): ${Object.entries(sizes)
        .map(([n, s]) => `${n}=${s.gzipBytes}`)
        .join(', ')}`,
    );
  });
}
