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
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'notifications', 'storage']);
    assert.deepEqual([...manifest.host_permissions].sort(), HOSTS);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) assert.ok(HOSTS.includes(match), `content script matches ${match}`);
    }
    for (const resource of manifest.web_accessible_resources ?? []) {
      for (const match of resource.matches) assert.ok(HOSTS.includes(match), `web-accessible to ${match}`);
    }
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

  test(`${dir}: gzipped size budgets`, () => {
    const sizes = entrySizes(dir);
    const content = Object.entries(sizes).filter(([name]) => name.startsWith('content:'));
    assert.equal(content.length, 2, 'two content scripts');
    for (const [name, size] of content) {
      assert.ok(
        size.gzipBytes <= BUDGET_GZIP.content,
        `${name} is ${size.gzipBytes} B gzipped (budget ${BUDGET_GZIP.content})`,
      );
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
