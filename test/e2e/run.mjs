#!/usr/bin/env node
// Runs every test/e2e/*.e2e.mjs file with Node's test runner, once per browser, one browser after the other.
//   node test/e2e/run.mjs                    both browsers (builds the extension first if a build is missing)
//   node test/e2e/run.mjs --browser=firefox  one browser (or HARDDAY_E2E_BROWSERS=firefox)
//   node test/e2e/run.mjs --build            rebuild both extensions before testing
//   node test/e2e/run.mjs --repeat=3         run the whole suite several times (flakiness check)
//   node test/e2e/run.mjs level              only files whose name contains "level"
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, BUILD_DIRS, EXECUTABLES, ROOT } from './harness.mjs';
import { BROWSER_ENV } from './context.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const browsers = (option('browser') ?? process.env.HARDDAY_E2E_BROWSERS ?? BROWSERS.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const repeat = Math.max(1, Number(option('repeat') ?? 1));
const filters = args.filter((arg) => !arg.startsWith('--'));
for (const name of browsers) {
  if (!BROWSERS.includes(name)) {
    console.error(`unknown browser "${name}"; expected ${BROWSERS.join(' or ')}`);
    process.exit(2);
  }
}

const e2eDir = path.join(ROOT, 'test', 'e2e');
const files = fs
  .readdirSync(e2eDir)
  .filter(
    (file) => file.endsWith('.e2e.mjs') && (filters.length === 0 || filters.some((f) => file.includes(f))),
  )
  .sort()
  .map((file) => path.join(e2eDir, file));
if (files.length === 0) {
  console.error('no e2e test files matched');
  process.exit(2);
}

const BUILD_COMMANDS = { chromium: ['wxt', 'build'], firefox: ['wxt', 'build', '-b', 'firefox'] };
for (const kind of browsers) {
  const built = fs.existsSync(path.join(ROOT, BUILD_DIRS[kind], 'manifest.json'));
  if (process.env.HARDDAY_E2E_EXTENSION_DIR || (built && !args.includes('--build'))) continue;
  console.log(`\n== building the ${kind} extension: npx ${BUILD_COMMANDS[kind].join(' ')}`);
  const build = spawnSync('npx', BUILD_COMMANDS[kind], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function browserVersion(kind) {
  const result = spawnSync(EXECUTABLES[kind], ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (result.stdout ?? '').trim().split('\n').pop() || `${EXECUTABLES[kind]} (version unknown)`;
}

const results = [];
for (let round = 1; round <= repeat; round++) {
  for (const kind of browsers) {
    const label = repeat > 1 ? `${kind} (round ${round}/${repeat})` : kind;
    console.log(`\n== e2e in ${label}: ${browserVersion(kind)}; ${files.length} file(s)`);
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-timeout=600000', ...files],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, [BROWSER_ENV]: kind }, timeout: 20 * 60_000 },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const passed = run.status === 0;
    results.push({
      label,
      passed,
      seconds,
      detail: run.error?.message ?? `exit ${run.status ?? run.signal}`,
    });
    console.log(`== e2e in ${label}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
  }
}

console.log('\n== e2e summary');
for (const { label, passed, seconds, detail } of results) {
  console.log(
    `   ${passed ? 'pass' : 'FAIL'}  ${label.padEnd(24)} ${seconds.padStart(6)} s${passed ? '' : `  (${detail})`}`,
  );
}
console.log('   screenshots: test-results/screenshots/');
process.exit(results.every((result) => result.passed) ? 0 : 1);
