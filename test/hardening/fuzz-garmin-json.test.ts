// Fuzzes Garmin Connect's /gc-api JSON readers with every Garmin JSON fixture, mutated (see support/mutate-json.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseGarminActivity,
  parseGarminActivityList,
  parseGarminSocialProfile,
  parseGarminSplits,
} from '../../utils/sites/garmin/parse';
import { fixtureJson } from '../fixtures/load';
import { filesFor } from './support/fixtures';
import { fuzzJsonReader } from './support/fuzz-json';
import { jsonBase } from './support/mutate-json';
import { checkLapList, checkResult, checkRunList, ensure } from './support/run-checks';
import { bump, report, SEED, type ReaderTally } from './support/tally';

const TIMEOUT = 120_000;
const tallies: ReaderTally[] = [];
afterAll(() => report('garmin-json', tallies));

const VIEWER = '2591602';
/** The viewer id the adapter passes: known, unknown, empty, someone else, or odd text. */
const viewers = fc.sample(fc.constantFrom(VIEWER, undefined, '', '999', '2591602 ', '\u202E2591602'), {
  seed: SEED,
  numRuns: 10_000,
});
let nextViewer = 0;
const viewer = () => viewers[nextViewer++ % viewers.length];

const field = (input: unknown, key: string): unknown =>
  input && typeof input === 'object' && !Array.isArray(input)
    ? (input as Record<string, unknown>)[key]
    : undefined;
const expectedTitle = (name: unknown) => (typeof name === 'string' && name.trim() ? name.trim() : 'Run');
const INTENSITIES = new Set([undefined, 'warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown']);

describe('Garmin JSON readers on mutated fixtures', () => {
  it(
    'parseGarminActivity: run, not-run or unreadable; never throws; title stays plain text; owner only when known',
    () => {
      const listItems = filesFor('parseGarminActivityList').flatMap((file) =>
        (fixtureJson(file) as unknown[]).map((item, i) => jsonBase(`${file}#${i}`, item)),
      );
      const tally = fuzzJsonReader({
        reader: 'parseGarminActivity',
        numRuns: 10_000,
        extraBases: listItems,
        check(input, t) {
          const who = viewer();
          const result = parseGarminActivity(input, who);
          checkResult(result, 'garmin', t);
          if (result.status !== 'run') return;
          ensure(
            result.run.title === expectedTitle(field(input, 'activityName')),
            'title changed',
            result.run.title,
          );
          // Never claim ownership without a viewer to compare with.
          if (!who)
            ensure(result.run.ownedByViewer === undefined, 'owner claimed without a viewer', result.run);
          bump(t.outcomes, `ownedByViewer ${String(result.run.ownedByViewer)}`);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.run).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'parseGarminSplits: always an array of finite laps with a known intensity',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseGarminSplits',
        numRuns: 10_000,
        check(input, t) {
          const laps = parseGarminSplits(input);
          checkLapList(laps, t);
          for (const lap of laps) ensure(INTENSITIES.has(lap.intensity), 'unknown intensity', lap);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.laps).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'parseGarminActivityList: always an array of well-formed runs',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseGarminActivityList',
        numRuns: 10_000,
        check(input, t) {
          checkRunList(parseGarminActivityList(input, viewer()), 'garmin', t);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes['list with runs']).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'parseGarminSocialProfile: the viewer with a decimal profile id, or null',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseGarminSocialProfile',
        numRuns: 10_000,
        check(input, t) {
          const viewerFound = parseGarminSocialProfile(input);
          bump(t.outcomes, viewerFound ? 'viewer' : 'null');
          if (!viewerFound) return;
          if (!/^\d{1,20}$/.test(viewerFound.profileId)) bump(t.findings, 'profileId not a decimal id');
          for (const key of ['displayName', 'fullName'] as const) {
            const given = field(input, key);
            // Names come back exactly as given (text, never decoded), or not at all.
            ensure(
              viewerFound[key] === (typeof given === 'string' ? given : undefined),
              `${key} changed`,
              viewerFound,
            );
          }
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.viewer).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );
});
