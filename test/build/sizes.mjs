// Sizes of each built entry: its own script plus the shared chunks it loads, raw and gzipped.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Scripts an HTML page loads (its module script and preloaded chunks), relative to the build dir. */
function pageScripts(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const srcs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(srcs)];
}

export function entrySizes(dir) {
  const entries = {};
  const add = (name, files) => {
    const bufs = files.map((f) => readFileSync(join(dir, f)));
    const joined = Buffer.concat(bufs);
    entries[name] = { files, rawBytes: joined.length, gzipBytes: gz(joined) };
  };
  const contentDir = join(dir, 'content-scripts');
  for (const file of existsSync(contentDir) ? readdirSync(contentDir) : []) {
    if (file.endsWith('.js')) add(`content:${file.replace(/\.js$/, '')}`, [join('content-scripts', file)]);
  }
  // The card features the background injects where a card may show (entrypoints/<site>-feature.ts, decision 0007).
  for (const file of readdirSync(dir)) {
    const feature = /^(.+)-feature\.js$/.exec(file);
    if (feature) add(`feature:${feature[1]}`, [file]);
  }
  for (const page of ['popup', 'options', 'session']) {
    if (existsSync(join(dir, `${page}.html`))) add(page, pageScripts(dir, `${page}.html`));
  }
  if (existsSync(join(dir, 'background.js'))) add('background', ['background.js']);
  return entries;
}

/**
 * `content`: each site's detector, on every page of the site; `feature`: each site's card feature (with query-core),
 * loaded only where a card may show (docs/decisions/0007).
 */
export const BUDGET_GZIP = { content: 4 * 1024, feature: 25 * 1024, popup: 35 * 1024 };
