// The fixture catalogue: which saved pages and JSON each reader is fuzzed with. `unclaimedFixtures` lets a test
// prove that every fixture file is fuzzed by at least one reader.
import { readdirSync } from 'node:fs';
import { fixtureJson } from '../../fixtures/load';
import { FIXTURE_DIR } from '../../fixtures/routes.mjs';
import { jsonBase, type JsonBase } from './mutate-json';

export function fixtureFiles(): string[] {
  return ['strava', 'garmin'].flatMap((site) =>
    readdirSync(`${FIXTURE_DIR}/${site}`)
      .filter((name) => /\.(html|json)$/.test(name))
      .map((name) => `${site}/${name}`),
  );
}

/** Reader name → the fixture files it reads in the product. */
export const READER_FIXTURES: Record<string, RegExp> = {
  'readStravaPage+parseStravaPage': /^strava\/.*\.html$/,
  parseStravaTrainingActivity: /^strava\/training-activity-.*\.json$/,
  parseStravaTrainingList: /^strava\/.*training-activities-page-.*\.json$/,
  parseStravaTrainingPage: /^strava\/.*training-activities-page-.*\.json$/,
  parseStravaLapEfforts: /^strava\/lap-efforts-.*\.json$/,
  parseGarminActivity: /^garmin\/(activity-(?!list)[^/]*|server-error-[^/]*)\.json$/,
  parseGarminSplits: /^garmin\/splits-.*\.json$/,
  parseGarminActivityList: /^garmin\/.*activity-list-.*\.json$/,
  parseGarminSocialProfile: /^garmin\/social-profile-.*\.json$/,
  'readGarminPage+parseGarminPage': /^garmin\/.*\.html$/,
};

export function filesFor(reader: string): string[] {
  const pattern = READER_FIXTURES[reader];
  if (!pattern) throw new Error(`no fixtures for ${reader}`);
  return fixtureFiles().filter((file) => pattern.test(file));
}

export function unclaimedFixtures(): string[] {
  const patterns = Object.values(READER_FIXTURES);
  return fixtureFiles().filter((file) => !patterns.some((p) => p.test(file)));
}

/** The reader's own fixtures, then every other JSON fixture (fed as a foreign, wrong-shaped input). */
export function jsonBasesFor(reader: string): { own: JsonBase[]; foreign: JsonBase[] } {
  const own = filesFor(reader).map((file) => jsonBase(file, fixtureJson(file)));
  const foreign = fixtureFiles()
    .filter((file) => file.endsWith('.json') && !own.some((b) => b.name === file))
    .map((file) => jsonBase(`foreign:${file}`, fixtureJson(file)));
  return { own, foreign };
}
