#!/usr/bin/env node
// `npm run site-check`: the maintainer's drift check (issue 15). Opens the built extension in a Chromium window with a
// profile of the maintainer's own (signed in to Strava and Garmin Connect once), visits their own activities and
// prints, fact by fact, what still holds: the URL detectors, the page bootstrap (Strava) or the viewer in the page
// (Garmin), each same-origin JSON endpoint and its fields, the card anchors, where the card mounted, and the
// classifier's verdict. The readers are HardDay's own (utils/sites, utils/core), bundled on the fly with esbuild.
// Exit 0 when every fact held, 1 when something drifted, 2 on a usage or setup error.
//
//   node scripts/site-check.mjs [options] [activity URLs…]
//     (no URLs)         the newest own run from each site's activity list
//     --site=strava     only that site (strava, garmin) when no URLs are given
//     --profile=DIR     the browser profile (default ~/.hardday-site-check; sign in there once)
//     --wait=SECONDS    how long to wait for the card (default 20; 10 with --fixtures)
//     --headless        no window (live mode opens one, so you can sign in)
//     --no-build        use .output/chrome-mv3 as it is (built when missing)
//     --newest          with --fixtures and no URLs: the newest run of each fixture list, as the live check does
//     --fixtures[=GEN]  no network: the saved pages of test/fixtures under the real URLs, headless, in a temporary
//                       profile. GEN is 2026 (default: the 2026-shaped fixtures) or older (the 2026-01 generation).
//
// Only the maintainer's browser talks to the sites, and every JSON request is made from inside the activity page
// (same origin, the page's own session). Nothing personal is printed beyond activity ids: no names, no titles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { Window } from 'happy-dom';
import puppeteer from 'puppeteer-core';
import { BUILD_DIRS, EXECUTABLES, ROOT, chromiumExtensionId, launch } from '../test/e2e/harness.mjs';
import { loadSiteRoutes } from '../test/e2e/context.mjs';

export const DEFAULT_PROFILE = path.join(os.homedir(), '.hardday-site-check');
const SITES = ['strava', 'garmin'];
/** What --fixtures visits when no URL is given: one own run per site, of the chosen generation. */
export const FIXTURE_DEFAULTS = {
  2026: {
    strava: 'https://www.strava.com/activities/17800000007', // long run, 2026-09 page and JSON
    garmin: 'https://connect.garmin.com/app/activity/21500000031', // structured workout, 2026-03 shell
  },
  older: {
    strava: 'https://www.strava.com/activities/16900000004', // long run, 2026-01 page and JSON
    garmin: 'https://connect.garmin.com/app/activity/21500000001', // intervals, 2026-01 JSON.parse shell
  },
};
/** Where to look for the newest own activity when no URL is given. */
const LIST_PAGES = {
  strava: 'https://www.strava.com/dashboard',
  garmin: 'https://connect.garmin.com/app/activities',
};
const SIGN_IN_WAIT_MS = 5 * 60_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// --- Facts the check expects in each JSON answer: the fields HardDay's readers use. Required ones missing are drift;
// optional ones missing are named but hold (a watch without a heart-rate strap, a run nobody tagged).
const EXPECTED = {
  stravaActivity: {
    required: [
      'id',
      'sport_type',
      'start_time',
      'start_date_local_raw',
      'elapsed_time_raw',
      'moving_time_raw',
      'distance_raw',
    ],
    optional: ['elevation_gain_raw', 'trainer', 'suffer_score'],
  },
  /** At least one of these says how the runner declared the run (2026: the first two; before: workout_type). */
  stravaDeclared: ['selected_tag_type', 'tags', 'workout_type'],
  stravaListEnvelope: ['models', 'page', 'perPage', 'total'],
  stravaLap: { required: ['moving_time'], optional: ['elapsed_time', 'avg_hr', 'elev_difference'] },
  garminActivity: {
    required: ['activityId', 'activityTypeDTO.typeKey', 'summaryDTO.startTimeGMT', 'summaryDTO.distance'],
    anyOf: [
      ['summaryDTO.elapsedDuration', 'summaryDTO.duration'],
      ['userProfileId', 'metadataDTO.userInfoDto.userProfilePk'],
    ],
    optional: [
      'eventTypeDTO.typeKey',
      'summaryDTO.movingDuration',
      'summaryDTO.averageHR',
      'summaryDTO.trainingEffect',
      'summaryDTO.aerobicTrainingEffectMessage',
      'metadataDTO.hasIntensityIntervals',
    ],
  },
  garminLap: {
    required: ['distance'],
    anyOf: [['movingDuration', 'duration', 'elapsedDuration']],
    optional: ['intensityType', 'averageHR'],
  },
  garminListItem: {
    required: ['activityId', 'activityType.typeKey', 'startTimeGMT', 'distance'],
    anyOf: [['elapsedDuration', 'duration']],
    optional: ['ownerId', 'eventType.typeKey', 'averageHR'],
  },
};

// --- Arguments ---------------------------------------------------------------------------------------------------

export function parseArgs(argv) {
  const options = {
    urls: [],
    sites: SITES,
    profile: DEFAULT_PROFILE,
    headless: false,
    build: true,
    fixtures: null,
    newest: false,
    waitMs: undefined,
  };
  for (const arg of argv) {
    const [flag, value] = arg.startsWith('--') ? [arg.split('=')[0], arg.split('=').slice(1).join('=')] : [];
    if (!flag) options.urls.push(arg);
    else if (flag === '--fixtures') options.fixtures = value || '2026';
    else if (flag === '--profile' && value)
      options.profile = path.resolve(value.replace(/^~(?=$|\/)/, os.homedir()));
    else if (flag === '--site' && SITES.includes(value)) options.sites = [value];
    else if (flag === '--wait' && Number(value) > 0) options.waitMs = Number(value) * 1000;
    else if (flag === '--headless') options.headless = true;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--newest') options.newest = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.fixtures !== null && !Object.hasOwn(FIXTURE_DEFAULTS, options.fixtures)) {
    throw new Error(
      `--fixtures=${options.fixtures}: expected one of ${Object.keys(FIXTURE_DEFAULTS).join(', ')}`,
    );
  }
  if (options.fixtures !== null) options.headless = true;
  options.waitMs ??= options.fixtures !== null ? 10_000 : 20_000;
  return options;
}

// --- HardDay's own readers, bundled on the fly --------------------------------------------------------------------

const READERS_ENTRY = `
export { stravaActivityId } from '@/utils/sites/strava/urls';
export { readStravaPage } from '@/utils/sites/strava/read-page';
export {
  parseStravaPage, parseStravaTrainingActivity, parseStravaTrainingPage, parseStravaLapEfforts, enrichStravaRun,
} from '@/utils/sites/strava/parse';
export {
  STRAVA_ORIGIN, CARD_ANCHORS as STRAVA_CARD_ANCHORS, stravaPaths, STRAVA_JSON_HEADERS, STRAVA_CSRF_HEADER,
  patterns as stravaPatterns,
} from '@/utils/sites/strava/site';
export { STRAVA_RECENT_PER_PAGE } from '@/utils/sites/strava/api';
export { garminActivityId } from '@/utils/sites/garmin/urls';
export { readGarminPage } from '@/utils/sites/garmin/read-page';
export {
  parseGarminPage, parseGarminActivity, parseGarminSplits, parseGarminActivityList, parseGarminSocialProfile,
} from '@/utils/sites/garmin/parse';
export {
  GARMIN_ORIGIN, CARD_ANCHORS as GARMIN_CARD_ANCHORS, garminPaths, GARMIN_JSON_HEADERS, GARMIN_CSRF_HEADER,
  VIEWER_PROFILE_MARKER, VIEWER_PREFERENCES_MARKER,
} from '@/utils/sites/garmin/site';
export { GARMIN_RECENT_LIMIT } from '@/utils/sites/garmin/api';
export { classifyRun } from '@/utils/core/classify';
`;

/** Bundles the readers above from the working tree into a temporary ES module and imports it. */
export async function loadReaders() {
  const result = await esbuild.build({
    stdin: { contents: READERS_ENTRY, resolveDir: ROOT, sourcefile: 'site-check-readers.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    alias: { '@': ROOT },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-site-check-'));
  const file = path.join(dir, 'readers.mjs');
  fs.writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// --- Small helpers -----------------------------------------------------------------------------------------------

/** A field by dotted path; `undefined` when any step is missing (a present `null` counts as present). */
function fieldAt(object, dotted) {
  let value = object;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value === undefined ? undefined : { value };
}

/** Which expected fields `items` lack: required (drift), any-of groups (drift when none), optional (named only). */
function missingFields(items, { required = [], anyOf = [], optional = [] }) {
  const lacking = (field) => items.filter((item) => fieldAt(item, field) === undefined).length;
  const describe = (field, count) => (items.length > 1 ? `${field} (${count} of ${items.length})` : field);
  const missing = [];
  for (const field of required) if (lacking(field) > 0) missing.push(describe(field, lacking(field)));
  for (const group of anyOf) {
    const count = items.filter((item) => group.every((field) => fieldAt(item, field) === undefined)).length;
    if (count > 0) missing.push(describe(group.join(' or '), count));
  }
  const absent = optional
    .filter((field) => lacking(field) > 0)
    .map((field) => describe(field, lacking(field)));
  return { missing, absent };
}

function fieldsDetail(count, { missing, absent }) {
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : `all ${count} expected fields present`,
  ];
  if (absent.length > 0) parts.push(`optional absent: ${absent.join(', ')}`);
  return parts.join('; ');
}

function verdictText(classification) {
  return `${classification.effort} · ${classification.kind} · ${classification.confidence} confidence`;
}

function tagsText(tags) {
  const names = Object.entries(tags ?? {})
    .filter(([, on]) => on)
    .map(([name]) => name);
  return names.length > 0 ? names.join(', ') : 'none';
}

/** A fresh document holding the page's current HTML, for HardDay's page readers (no script runs in it). */
function documentOf(html, url) {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'HardDay site-check' },
    },
  });
  window.document.write(html);
  return { document: window.document, close: () => window.happyDOM.close() };
}

/** One same-origin request from inside the page, with the page's session; the answer's status and parsed JSON. */
async function fetchInPage(page, requestPath, headers) {
  if (!requestPath.startsWith('/') || requestPath.startsWith('//')) {
    throw new Error(`site-check only asks same-origin paths, not ${requestPath}`);
  }
  const answer = await page
    .evaluate(
      async (pathInPage, headersInPage) => {
        try {
          const response = await fetch(pathInPage, { credentials: 'include', headers: headersInPage });
          return {
            status: response.status,
            contentType: response.headers.get('content-type') ?? '',
            text: await response.text(),
          };
        } catch (error) {
          return { error: String(error) };
        }
      },
      requestPath,
      headers,
    )
    .catch((error) => ({ error: String(error?.message ?? error) }));
  if (answer.error) return { path: requestPath, ok: false, problem: `request failed: ${answer.error}` };
  let json;
  try {
    json = JSON.parse(answer.text);
  } catch {
    return {
      path: requestPath,
      status: answer.status,
      ok: false,
      problem: `HTTP ${answer.status}, not JSON (${answer.contentType.split(';')[0] || 'no content type'})`,
    };
  }
  if (answer.status < 200 || answer.status > 299) {
    return { path: requestPath, status: answer.status, ok: false, json, problem: `HTTP ${answer.status}` };
  }
  return { path: requestPath, status: answer.status, ok: true, json };
}

// --- In the page: the card and the anchors -----------------------------------------------------------------------

/** Runs in the page: which anchors match, and the card host's attributes and place. */
function pageCardState(anchors) {
  const matches = anchors.map((selector) => {
    try {
      return document.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
  const hosts = document.querySelectorAll('hardday-card');
  const host = hosts[0];
  if (!host) return { matches, card: null };
  const previous = host.previousElementSibling;
  const after = anchors.find((selector) => {
    try {
      return previous?.matches(selector) ?? false;
    } catch {
      return false;
    }
  });
  const text = host.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    matches,
    card: {
      count: hosts.length,
      place: host.getAttribute('data-place'),
      after: after ?? null,
      fixed: getComputedStyle(host).position === 'fixed',
      parent:
        host.parentElement === document.body ? 'body' : (host.parentElement?.tagName.toLowerCase() ?? ''),
      rendered: Boolean(host.shadowRoot) && text.length > 0,
      effort: host.getAttribute('data-effort'),
      kind: host.getAttribute('data-kind'),
    },
  };
}

async function waitForCardHost(page, waitMs) {
  await page
    .waitForFunction(
      () => {
        const host = document.querySelector('hardday-card');
        return Boolean(host?.shadowRoot && host.shadowRoot.textContent.trim().length > 0);
      },
      { polling: 200, timeout: waitMs },
    )
    .catch(() => {});
}

function placeText(card) {
  const where = card.place
    ? `data-place="${card.place}"`
    : card.after
      ? `after ${card.after}`
      : card.fixed
        ? 'fixed at the corner'
        : `inside <${card.parent}>`;
  return `<hardday-card${card.place ? ` data-place="${card.place}"` : ''}> mounted, ${where}${
    card.place && card.after ? ` (after ${card.after})` : ''
  }${card.count > 1 ? `; ${card.count} cards on the page` : ''}`;
}

// --- The check of one activity page --------------------------------------------------------------------------------

class Report {
  constructor(site, url) {
    this.site = site;
    this.url = url;
    this.facts = [];
  }
  held(name, detail) {
    this.facts.push({ status: 'held', name, detail });
  }
  drifted(name, detail) {
    this.facts.push({ status: 'drifted', name, detail });
  }
  note(name, detail) {
    this.facts.push({ status: 'note', name, detail });
  }
  check(ok, name, detail) {
    (ok ? this.held : this.drifted).call(this, name, detail);
    return ok;
  }
  get driftedFacts() {
    return this.facts.filter((fact) => fact.status === 'drifted');
  }
  print(log) {
    log(`\n${this.site}  ${this.url}`);
    for (const fact of this.facts) {
      const label = { held: 'held   ', drifted: 'DRIFTED', note: 'note   ' }[fact.status];
      log(`  ${label}  ${fact.name.padEnd(16)} ${fact.detail}`);
    }
  }
}

/** Card anchor, card place and the page-side facts common to both sites. */
function cardFacts(report, anchors, state) {
  const first = state.matches.indexOf(true);
  if (first >= 0) {
    report.held('card anchor', `${anchors[first]} (${ordinal(first + 1)} of ${anchors.length})`);
  } else {
    report.drifted('card anchor', `none of the ${anchors.length} anchors matched: ${anchors.join(', ')}`);
  }
  if (state.card?.rendered) report.held('card', placeText(state.card));
  else if (state.card) report.drifted('card', `${placeText(state.card)}, but it shows nothing`);
  else report.drifted('card', 'no <hardday-card> on the page');
}

function ordinal(n) {
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

function verdictFacts(report, readers, run, recent, card) {
  if (!run) {
    report.drifted('verdict', 'no run read from the page or the JSON, so nothing to classify');
    return;
  }
  const classification = readers.classifyRun(run, recent);
  report.held(
    'verdict',
    `${verdictText(classification)} (declared: ${tagsText(run.tags)}; ${recent.length} recent runs)`,
  );
  if (card?.effort)
    report.note('card says', `${card.effort} · ${card.kind ?? '?'} (corrections you made show here)`);
}

async function checkStrava(page, url, readers, options) {
  const report = new Report('strava', url);
  const id = readers.stravaActivityId(page.url());
  if (
    !report.check(Boolean(id), 'page kind', id ? `activity page ${id} (stravaActivityId)` : notActivity(page))
  ) {
    return report;
  }
  await waitForCardHost(page, options.waitMs);
  const { document, close } = documentOf(await page.content(), page.url());
  let snapshot;
  try {
    snapshot = { ...readers.readStravaPage(document), url: page.url() };
  } finally {
    await close();
  }
  const scripts = snapshot.scripts.join('\n');
  const view = readers.stravaPatterns.pageView.exec(scripts);
  const owner = readers.stravaPatterns.isOwner.exec(scripts)?.[1];
  const statsBlock = [...scripts.matchAll(readers.stravaPatterns.activitySetBlock)].some((match) =>
    /\bdistance\s*:/.test(match[1] ?? ''),
  );
  report.check(
    Boolean(view) && statsBlock,
    'bootstrap',
    snapshot.scripts.length === 0
      ? 'no inline script mentions pageView or currentAthlete (HardDay falls back to the visible page)'
      : `${snapshot.scripts.length} inline script(s); ${view ? `${view[1]}PageView(${view[2]}, '${view[3]}')` : 'no PageView(…)'}; ${
          statsBlock ? 'stats block found' : 'no stats block with distance'
        }; isOwner(${owner ?? '?'})`,
  );
  const pageResult = readers.parseStravaPage(snapshot);
  const pageRun = pageResult.status === 'run' ? pageResult.run : undefined;
  report.check(
    pageResult.status === 'run' && pageResult.run.ownedByViewer !== false,
    'page read',
    pageResult.status === 'run'
      ? `a ${pageResult.run.sport}${pageResult.run.ownedByViewer === false ? ' the page says is not yours' : ''}; units ${
          pageResult.measurementPreference ?? 'not said'
        }`
      : pageResult.status === 'not-run'
        ? `not a run (${pageResult.sportType}): pick one of your runs`
        : `unreadable: ${pageResult.reason}`,
  );
  if (
    !report.check(
      Boolean(snapshot.csrfToken),
      'csrf token',
      snapshot.csrfToken ? 'meta csrf-token present' : 'no <meta name="csrf-token">',
    )
  ) {
    // The JSON may still answer without it; ask anyway so the report says.
  }
  const headers = { ...readers.STRAVA_JSON_HEADERS };
  if (snapshot.csrfToken) headers[readers.STRAVA_CSRF_HEADER] = snapshot.csrfToken;

  // The activity.
  let training;
  const activity = await fetchInPage(page, readers.stravaPaths.trainingActivity(id), headers);
  if (activity.ok && activity.json && typeof activity.json === 'object' && !Array.isArray(activity.json)) {
    const fields = missingFields([activity.json], EXPECTED.stravaActivity);
    const parsed = readers.parseStravaTrainingActivity(activity.json);
    training = parsed.status === 'run' ? parsed.run : undefined;
    report.check(
      fields.missing.length === 0 && parsed.status !== 'unreadable',
      'activity JSON',
      `${activity.path}: ${fieldsDetail(EXPECTED.stravaActivity.required.length, fields)}; read as ${parsed.status}`,
    );
    const declared = EXPECTED.stravaDeclared.filter((field) => fieldAt(activity.json, field) !== undefined);
    report.check(
      declared.length > 0,
      'declared tags',
      declared.length > 0
        ? `${declared.join(' + ')} present${declared.includes('workout_type') && declared.length === 1 ? ' (older form)' : ''}; selected_tag_type ${JSON.stringify(
            activity.json.selected_tag_type ?? null,
          )}; read as ${tagsText(training?.tags)}`
        : `none of ${EXPECTED.stravaDeclared.join(', ')}: race, long run and workout tags are lost`,
    );
  } else {
    report.drifted('activity JSON', `${activity.path}: ${activity.problem ?? 'not an object'}`);
  }

  // Its laps.
  let laps;
  const lapAnswer = await fetchInPage(page, readers.stravaPaths.lapEfforts(id), headers);
  if (lapAnswer.ok && Array.isArray(lapAnswer.json)) {
    laps = readers.parseStravaLapEfforts(lapAnswer.json);
    const fields = missingFields(lapAnswer.json, EXPECTED.stravaLap);
    const withDistance = lapAnswer.json.filter((lap) => fieldAt(lap, 'distance') !== undefined).length;
    const withSpeed = lapAnswer.json.filter((lap) => fieldAt(lap, 'avg_moving_speed') !== undefined).length;
    const total = lapAnswer.json.length;
    report.check(
      fields.missing.length === 0 && laps.length === total,
      'laps JSON',
      `${lapAnswer.path}: ${total} laps, ${laps.length} read; distance in ${withDistance}/${total}, avg_moving_speed in ${withSpeed}/${total}${
        fields.missing.length > 0 ? `; missing ${fields.missing.join(', ')}` : ''
      }`,
    );
  } else {
    report.drifted('laps JSON', `${lapAnswer.path}: ${lapAnswer.problem ?? 'not an array'}`);
  }

  // The recent list.
  let recent = [];
  const perPage = readers.STRAVA_RECENT_PER_PAGE;
  const list = await fetchInPage(page, readers.stravaPaths.trainingActivities(perPage, 1), headers);
  if (list.ok && list.json && typeof list.json === 'object') {
    const envelope = EXPECTED.stravaListEnvelope.filter((field) => fieldAt(list.json, field) === undefined);
    const models = Array.isArray(list.json.models) ? list.json.models : [];
    const parsed = readers.parseStravaTrainingPage(list.json);
    recent = (parsed?.runs ?? []).filter((run) => run.id !== id);
    const runModels = models.filter((model) => parsed?.runs.some((run) => run.id === String(model?.id)));
    const fields = missingFields(runModels, EXPECTED.stravaActivity);
    const declared = EXPECTED.stravaDeclared.filter((field) =>
      runModels.some((model) => fieldAt(model, field) !== undefined),
    );
    report.check(
      envelope.length === 0 &&
        parsed !== null &&
        fields.missing.length === 0 &&
        (runModels.length === 0 || declared.length > 0),
      'recent list',
      `${list.path}: ${envelope.length > 0 ? `envelope lacks ${envelope.join(', ')}` : 'models, page, perPage, total'}; perPage ${
        list.json.perPage ?? '?'
      } (asked ${perPage}), total ${list.json.total ?? '?'}, ${models.length} models, ${parsed?.runs.length ?? 0} runs; ${fieldsDetail(
        EXPECTED.stravaActivity.required.length,
        fields,
      )}; declared by ${declared.join(' + ') || 'nothing'}`,
    );
  } else {
    report.drifted('recent list', `${list.path}: ${list.problem ?? 'not an object'}`);
  }

  const anchors = readers.STRAVA_CARD_ANCHORS;
  const state = await page.evaluate(pageCardState, anchors);
  cardFacts(report, anchors, state);
  const run = pageRun ? readers.enrichStravaRun(pageRun, training, laps) : training && { ...training, laps };
  verdictFacts(report, readers, run, recent, state.card);
  return report;
}

async function checkGarmin(page, url, readers, options) {
  const report = new Report('garmin', url);
  const id = readers.garminActivityId(page.url());
  if (
    !report.check(Boolean(id), 'page kind', id ? `activity page ${id} (garminActivityId)` : notActivity(page))
  ) {
    return report;
  }
  // The app renders the header after load: let the card (or the wait) pass first.
  await waitForCardHost(page, options.waitMs);
  const { document, close } = documentOf(await page.content(), page.url());
  let snapshot;
  try {
    snapshot = { ...readers.readGarminPage(document), url: page.url() };
  } finally {
    await close();
  }
  const info = readers.parseGarminPage(snapshot);
  const profileScripts = snapshot.viewerScripts.filter((text) =>
    text.includes(readers.VIEWER_PROFILE_MARKER),
  ).length;
  report.check(
    Boolean(info.viewer),
    'viewer in page',
    info.viewer
      ? `VIEWER_SOCIAL_PROFILE read, ${info.viewerForm === 'json-parse' ? 'JSON.parse("…") form (older)' : `${info.viewerForm ?? '?'} form`}`
      : profileScripts > 0
        ? `VIEWER_SOCIAL_PROFILE is in ${profileScripts} script(s) but neither form reads: every page costs a socialProfile request`
        : 'no inline script mentions VIEWER_SOCIAL_PROFILE: every page costs a socialProfile request',
  );
  report.check(
    Boolean(info.preferences),
    'preferences',
    info.preferences
      ? `VIEWER_USERPREFERENCES read (${info.preferences.shape} shape): units ${info.preferences.measurementSystem ?? '?'}, week starts ${
          WEEKDAYS[info.preferences.weekStartsOn] ?? '?'
        }`
      : snapshot.viewerScripts.some((text) => text.includes(readers.VIEWER_PREFERENCES_MARKER))
        ? 'VIEWER_USERPREFERENCES is in the page but reads as nothing'
        : 'no VIEWER_USERPREFERENCES in the page',
  );
  report.check(
    Boolean(info.csrfToken),
    'csrf token',
    info.csrfToken ? 'meta csrf-token present' : 'no <meta name="csrf-token">',
  );
  const headers = { ...readers.GARMIN_JSON_HEADERS };
  if (info.csrfToken) headers[readers.GARMIN_CSRF_HEADER] = info.csrfToken;

  let viewerId = info.viewer?.profileId;
  if (!viewerId) {
    const social = await fetchInPage(page, readers.garminPaths.socialProfile(), headers);
    const viewer = social.ok ? readers.parseGarminSocialProfile(social.json) : null;
    viewerId = viewer?.profileId;
    report.check(
      Boolean(viewer),
      'socialProfile',
      `${social.path}: ${viewer ? 'the viewer read (the fallback works)' : (social.problem ?? 'no profileId')}`,
    );
  }

  let run;
  const activity = await fetchInPage(page, readers.garminPaths.activity(id), headers);
  if (activity.ok && activity.json && typeof activity.json === 'object' && !Array.isArray(activity.json)) {
    const fields = missingFields([activity.json], EXPECTED.garminActivity);
    const parsed = readers.parseGarminActivity(activity.json, viewerId);
    run = parsed.status === 'run' ? parsed.run : undefined;
    const expectedCount = EXPECTED.garminActivity.required.length + EXPECTED.garminActivity.anyOf.length;
    report.check(
      fields.missing.length === 0 && parsed.status !== 'unreadable' && run?.ownedByViewer !== false,
      'activity JSON',
      `${activity.path}: ${fieldsDetail(expectedCount, fields)}; read as ${parsed.status === 'run' ? `a ${run.sport}` : parsed.status}${
        run?.ownedByViewer === false ? ', not yours' : ''
      }; declared: ${tagsText(run?.tags)}`,
    );
  } else {
    report.drifted('activity JSON', `${activity.path}: ${activity.problem ?? 'not an object'}`);
  }

  const splits = await fetchInPage(page, readers.garminPaths.splits(id), headers);
  const lapItems = Array.isArray(splits.json?.lapDTOs) ? splits.json.lapDTOs : null;
  if (splits.ok && lapItems) {
    const laps = readers.parseGarminSplits(splits.json);
    const fields = missingFields(lapItems, EXPECTED.garminLap);
    const labels = [...new Set(lapItems.map((lap) => lap?.intensityType).filter(Boolean))];
    report.check(
      fields.missing.length === 0 && laps.length === lapItems.length,
      'splits JSON',
      `${splits.path}: ${lapItems.length} laps, ${laps.length} read; intensity ${labels.join('/') || 'none'}${
        fields.missing.length > 0 ? `; missing ${fields.missing.join(', ')}` : ''
      }`,
    );
    if (run && laps.length > 0) run = { ...run, laps };
  } else {
    report.drifted('splits JSON', `${splits.path}: ${splits.problem ?? 'no lapDTOs array'}`);
  }

  let recent = [];
  const limit = readers.GARMIN_RECENT_LIMIT;
  const list = await fetchInPage(page, readers.garminPaths.activityList(limit), headers);
  if (list.ok && Array.isArray(list.json)) {
    const runs = readers.parseGarminActivityList(list.json, viewerId);
    recent = runs.filter((other) => other.id !== id);
    const fields = missingFields(list.json, EXPECTED.garminListItem);
    report.check(
      fields.missing.length === 0,
      'recent list',
      `${list.path}: ${list.json.length} activities (asked ${limit}), ${runs.length} runs; ${fieldsDetail(
        EXPECTED.garminListItem.required.length + EXPECTED.garminListItem.anyOf.length,
        fields,
      )}`,
    );
  } else {
    report.drifted('recent list', `${list.path}: ${list.problem ?? 'not an array'}`);
  }

  const anchors = readers.GARMIN_CARD_ANCHORS;
  const state = await page.evaluate(pageCardState, anchors);
  cardFacts(report, anchors, state);
  verdictFacts(report, readers, run, recent, state.card);
  return report;
}

function notActivity(page) {
  const { origin, pathname } = new URL(page.url());
  return `the URL detector sees no activity page at ${origin}${pathname} (signed out, or the URL changed shape)`;
}

// --- Visiting -----------------------------------------------------------------------------------------------------

function siteOf(url, readers) {
  if (readers.stravaActivityId(url)) return 'strava';
  if (readers.garminActivityId(url)) return 'garmin';
  return null;
}

const SIGN_IN_PATH = /\/(login|session|signin|sign-in|sso|oauth|portal)\b/i;

/**
 * Opens `url`; when the site sends a live, headed run to its sign-in page, waits (up to 5 minutes) for the
 * maintainer to sign in in the window, then opens `url` again. `landed(url)` says the page is the one wanted.
 */
async function openSignedIn(page, url, landed, options, log) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => {});
  if (landed(page.url()) || options.fixtures !== null || options.headless) return;
  log(
    `  not on ${url} but on ${new URL(page.url()).host}: sign in in the browser window (waiting up to 5 minutes)…`,
  );
  const until = Date.now() + SIGN_IN_WAIT_MS;
  while (Date.now() < until && !page.isClosed()) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const now = page.url();
    if (landed(now)) return;
    const target = new URL(url);
    let current;
    try {
      current = new URL(now);
    } catch {
      continue;
    }
    if (current.host === target.host && !SIGN_IN_PATH.test(current.pathname)) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => {});
      if (landed(page.url())) return;
    }
  }
}

/** The newest own run's URL from the site's own activity list, asked from inside the site. */
async function newestOwnRun(page, site, readers, options, log) {
  await openSignedIn(
    page,
    LIST_PAGES[site],
    (now) =>
      new URL(now).host === new URL(LIST_PAGES[site]).host && !SIGN_IN_PATH.test(new URL(now).pathname),
    options,
    log,
  );
  if (site === 'strava') {
    const headers = { ...readers.STRAVA_JSON_HEADERS };
    const token = await page.$eval('meta[name="csrf-token"]', (meta) => meta.content).catch(() => null);
    if (token) headers[readers.STRAVA_CSRF_HEADER] = token;
    const list = await fetchInPage(
      page,
      readers.stravaPaths.trainingActivities(readers.STRAVA_RECENT_PER_PAGE, 1),
      headers,
    );
    const runs = list.ok ? (readers.parseStravaTrainingPage(list.json)?.runs ?? []) : [];
    return {
      url: newest(runs)?.url,
      problem:
        list.problem ?? (runs.length === 0 ? 'no run in the first page of your activities' : undefined),
      path: list.path,
    };
  }
  const headers = { ...readers.GARMIN_JSON_HEADERS };
  const token = await page.$eval('meta[name="csrf-token"]', (meta) => meta.content).catch(() => null);
  if (token) headers[readers.GARMIN_CSRF_HEADER] = token;
  const list = await fetchInPage(
    page,
    readers.garminPaths.activityList(readers.GARMIN_RECENT_LIMIT),
    headers,
  );
  const runs = list.ok ? readers.parseGarminActivityList(list.json) : [];
  return {
    url: newest(runs)?.url,
    problem: list.problem ?? (runs.length === 0 ? 'no run in your recent activities' : undefined),
    path: list.path,
  };
}

function newest(runs) {
  return [...runs].sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
}

// --- Browsers -----------------------------------------------------------------------------------------------------

async function fixtureRoutes(generation) {
  const { routes } = await loadSiteRoutes();
  if (generation !== '2026') return routes;
  // The 2026-shaped recent list (tags, perPage 20) in place of the shared 2026-01 one.
  const { fixturePath } = await import(pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'routes.mjs')).href);
  const list2026 = {
    url: /^https:\/\/www\.strava\.com\/athlete\/training_activities\?/,
    file: fixturePath('strava/training-activities-page-2026-09.json'),
    contentType: 'application/json; charset=utf-8',
  };
  return [list2026, ...routes];
}

async function openBrowser(options, extensionDir) {
  if (options.fixtures !== null) {
    const harness = await launch('chromium', {
      routes: await fixtureRoutes(options.fixtures),
      extensionDir,
      headless: true,
    });
    return { newPage: () => harness.newPage(), close: () => harness.close() };
  }
  fs.mkdirSync(options.profile, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: options.headless,
    pipe: true,
    userDataDir: options.profile,
    enableExtensions: true,
    defaultViewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const origin = `chrome-extension://${chromiumExtensionId(extensionDir)}`;
  // Proves the extension loaded before any site is opened.
  await browser
    .waitForTarget((target) => target.url().startsWith(origin), { timeout: 20_000 })
    .catch(() => {
      throw new Error(`the extension in ${extensionDir} did not load into ${EXECUTABLES.chromium}`);
    });
  return { newPage: () => browser.newPage(), close: () => browser.close() };
}

function ensureBuild(extensionDir, options, log) {
  if (fs.existsSync(path.join(extensionDir, 'manifest.json'))) return;
  if (!options.build) throw new Error(`no built extension in ${extensionDir}`);
  log(`building the Chromium extension into ${path.relative(ROOT, extensionDir)} (npx wxt build)`);
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npx wxt build failed');
}

// --- Main ---------------------------------------------------------------------------------------------------------

export async function siteCheck(argv, log = console.log) {
  const options = parseArgs(argv);
  if (options.help) {
    const lines = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
    const usage = lines.slice(lines.findIndex((line) => line.includes('node scripts/site-check.mjs')));
    log(
      usage
        .slice(
          0,
          usage.findIndex((line) => line === '//'),
        )
        .map((line) => line.replace(/^\/\/ {0,3}/, ''))
        .join('\n'),
    );
    return 0;
  }
  const extensionDir = path.join(ROOT, BUILD_DIRS.chromium);
  ensureBuild(extensionDir, options, log);
  if (!fs.existsSync(EXECUTABLES.chromium))
    throw new Error(`no Chromium at ${EXECUTABLES.chromium} (set HARDDAY_CHROMIUM)`);
  const readers = await loadReaders();

  const targets = []; // { site, url?, problem? }
  for (const url of options.urls) {
    const site = siteOf(url, readers);
    if (!site)
      throw new Error(`${url} is not a Strava or Garmin Connect activity page (by HardDay's detectors)`);
    targets.push({ site, url });
  }
  const fromList = targets.length === 0 && (options.fixtures === null || options.newest);
  if (targets.length === 0 && !fromList) {
    for (const site of options.sites) targets.push({ site, url: FIXTURE_DEFAULTS[options.fixtures][site] });
  }
  const mode =
    options.fixtures !== null
      ? `fixtures (${options.fixtures} generation), headless`
      : `profile ${options.profile}`;
  log(`HardDay site-check: ${path.relative(ROOT, extensionDir)} in ${EXECUTABLES.chromium}, ${mode}`);

  const browser = await openBrowser(options, extensionDir);
  const reports = [];
  try {
    if (fromList) {
      for (const site of options.sites) {
        const page = await browser.newPage();
        const found = await newestOwnRun(page, site, readers, options, log);
        await page.close().catch(() => {});
        if (found.url) targets.push({ site, url: found.url });
        else targets.push({ site, problem: `${found.path}: ${found.problem}` });
      }
    }
    for (const target of targets) {
      if (!target.url) {
        const report = new Report(target.site, '(newest own run)');
        report.drifted('activity list', target.problem);
        reports.push(report);
        report.print(log);
        continue;
      }
      const page = await browser.newPage();
      const detector = target.site === 'strava' ? readers.stravaActivityId : readers.garminActivityId;
      await openSignedIn(page, target.url, (now) => Boolean(detector(now)), options, log);
      const check = target.site === 'strava' ? checkStrava : checkGarmin;
      const report = await check(page, target.url, readers, options).catch((error) => {
        const failed = new Report(target.site, target.url);
        failed.drifted('check', `stopped: ${error?.message ?? error}`);
        return failed;
      });
      reports.push(report);
      report.print(log);
      await page.close().catch(() => {});
    }
  } finally {
    await browser.close().catch(() => {});
  }

  log('');
  for (const site of SITES) {
    const ofSite = reports.filter((report) => report.site === site);
    if (ofSite.length === 0) continue;
    const facts = ofSite.flatMap((report) => report.facts.filter((fact) => fact.status !== 'note'));
    const drifted = ofSite.flatMap((report) => report.driftedFacts.map((fact) => fact.name));
    log(
      drifted.length === 0
        ? `${site}: all ${facts.length} facts held on ${ofSite.length} page(s)`
        : `${site}: DRIFT in ${[...new Set(drifted)].join(', ')} (${facts.length - drifted.length} of ${facts.length} facts held)`,
    );
  }
  return reports.some((report) => report.driftedFacts.length > 0) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  siteCheck(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`site-check: ${error?.message ?? error}`);
      process.exit(2);
    },
  );
}
