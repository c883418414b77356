// `npm run site-check` against the saved pages (the sites are unreachable here): the built extension in headless
// Chromium, the fixtures served under the real URLs. Every fact holds on the 2026-shaped and the older pages; the
// 2026 Strava page without any card anchor drifts, and the report names the anchors that failed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.HARDDAY_CHROMIUM ?? '/usr/bin/chromium';
const skip = !existsSync(`${ROOT}.output/chrome-mv3/manifest.json`)
  ? 'needs a build: npx wxt build'
  : !existsSync(CHROMIUM)
    ? `needs Chromium at ${CHROMIUM}`
    : false;

function siteCheck(...args) {
  const result = spawnSync(process.execPath, ['scripts/site-check.mjs', '--no-build', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const factLines = (out, status) => out.split('\n').filter((line) => line.startsWith(`  ${status}`));

test('site-check --fixtures: every fact holds on the 2026-shaped pages of both sites', { skip }, () => {
  const { code, out } = siteCheck('--fixtures');
  assert.equal(code, 0, out);
  assert.deepEqual(factLines(out, 'DRIFTED'), [], out);
  for (const fact of [
    'page kind',
    'bootstrap',
    'declared tags',
    'laps JSON',
    'recent list',
    'card anchor',
    'card',
  ]) {
    assert.ok(
      factLines(out, 'held').some((line) => line.includes(fact)),
      `a held "${fact}" line:\n${out}`,
    );
  }
  assert.match(out, /held {5}viewer in page {3}VIEWER_SOCIAL_PROFILE read, literal form/);
  assert.match(out, /held {5}preferences {6}VIEWER_USERPREFERENCES read/);
  assert.match(out, /selected_tag_type "LongRun"; read as longRun/);
  assert.match(out, /perPage 20 \(asked 20\)/);
  assert.match(out, /<hardday-card[^>]*> mounted, /);
  assert.match(out, /^strava: all \d+ facts held on 1 page\(s\)$/m);
  assert.match(out, /^garmin: all \d+ facts held on 1 page\(s\)$/m);
});

test(
  'site-check --fixtures=older: the 2026-01 generation holds too, with the older forms named',
  { skip },
  () => {
    const { code, out } = siteCheck('--fixtures=older');
    assert.equal(code, 0, out);
    assert.match(out, /workout_type present \(older form\)/);
    assert.match(out, /JSON\.parse\("…"\) form \(older\)/);
  },
);

test('site-check on the Strava page without any card anchor exits 1 and names the anchors', { skip }, () => {
  const { code, out } = siteCheck('--fixtures', '--wait=4', 'https://www.strava.com/activities/17800000001');
  assert.equal(code, 1, out);
  assert.match(
    out,
    /DRIFTED {2}card anchor {6}none of the 3 anchors matched: #heading, \.activity-summary-container, #pagenav-container/,
  );
  // The run is still read: only the page's place for the card drifted.
  assert.match(out, /held {5}bootstrap/);
  assert.match(out, /held {5}verdict {10}hard · race/);
  assert.match(out, /^strava: DRIFT in card anchor/m);
});
