// Figure 6: the pure core on a year of history (test/core/core.bench.ts, about 400 runs), through vitest bench.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const round = (value, digits = 3) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** Runs the core benchmarks and returns one row per benchmark (times in milliseconds per iteration). */
export function measureCore(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-bench-core-'));
  const output = path.join(dir, 'core.json');
  try {
    const run = spawnSync('npx', ['vitest', 'bench', '--run', 'test/core', '--outputJson', output], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    if (run.status !== 0 || !fs.existsSync(output)) {
      throw new Error(`vitest bench failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const report = JSON.parse(fs.readFileSync(output, 'utf8'));
    return report.files.flatMap((file) =>
      file.groups.flatMap((group) =>
        group.benchmarks.map((bench) => ({
          group: group.fullName.split(' > ').slice(1).join(' > '),
          name: bench.name,
          // tinybench leaves `median` at 0 when it keeps no samples; the mean is then the middle figure.
          medianMs: round(bench.median > 0 ? bench.median : bench.mean),
          meanMs: round(bench.mean),
          minMs: round(bench.min),
          maxMs: round(bench.max),
          hz: round(bench.hz, 1),
          samples: bench.sampleCount,
        })),
      ),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
