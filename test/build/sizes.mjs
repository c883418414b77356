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
  // The content scripts the manifest lists: each site's loader, on every page of the site (decision 0007).
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const file of (manifest.content_scripts ?? []).flatMap((script) => script.js ?? [])) {
    add(`content:${file.replace(/-loader\.js$|\.js$/, '')}`, [file]);
  }
  // What the background injects: each site's detector where the loader asked for it, then the card feature and the
  // dashboard line where one may show (entrypoints/<site>-detector.ts, <site>-feature.ts, <site>-dashboard-feature.ts).
  for (const file of readdirSync(dir)) {
    const injected = /^(.+)-(detector|feature)\.js$/.exec(file);
    if (injected) add(`${injected[2]}:${injected[1]}`, [file]);
  }
  for (const page of ['popup', 'options', 'session']) {
    if (existsSync(join(dir, `${page}.html`))) add(page, pageScripts(dir, `${page}.html`));
  }
  if (existsSync(join(dir, 'background.js'))) add('background', ['background.js']);
  return entries;
}

/**
 * `content`: each site's loader, compiled on every page of the site before its load event, so kept to a few hundred
 * bytes; `detector`: each site's detector, injected after the load event where a card or line may show; `feature`:
 * each site's card feature (with query-core) and dashboard line, loaded only where they show (docs/decisions/0007).
 */
export const BUDGET_GZIP = { content: 1536, detector: 4 * 1024, feature: 25 * 1024, popup: 35 * 1024 };
