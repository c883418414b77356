// Fuzzes Strava's owner-only JSON readers with every Strava JSON fixture, mutated (see support/mutate-json.ts).
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseStravaLapEfforts,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
} from '../../utils/sites/strava/parse';
import { fixtureJson } from '../fixtures/load';
import { filesFor } from './support/fixtures';
import { fuzzJsonReader } from './support/fuzz-json';
import { jsonBase } from './support/mutate-json';
import { checkLapList, checkResult, checkRunList } from './support/run-checks';
import { report, type ReaderTally } from './support/tally';

const TIMEOUT = 120_000;
const tallies: ReaderTally[] = [];
afterAll(() => report('strava-json', tallies));

const field = (input: unknown, key: string): unknown =>
  input && typeof input === 'object' && !Array.isArray(input)
    ? (input as Record<string, unknown>)[key]
    : undefined;

/** The title a reader must give: the site's text, trimmed, never decoded or sanitised; 'Run' when there is none. */
const expectedTitle = (name: unknown) => (typeof name === 'string' && name.trim() ? name.trim() : 'Run');

describe('Strava JSON readers on mutated fixtures', () => {
  it(
    'parseStravaTrainingActivity: run, not-run or unreadable; never throws; title stays plain text',
    () => {
      const listModels = filesFor('parseStravaTrainingList').flatMap((file) =>
        ((fixtureJson(file) as { models: unknown[] }).models ?? []).map((model, i) =>
          jsonBase(`${file}#models.${i}`, model),
        ),
      );
      const tally = fuzzJsonReader({
        reader: 'parseStravaTrainingActivity',
        numRuns: 10_000,
        extraBases: listModels,
        check(input, t) {
          const result = parseStravaTrainingActivity(input);
          checkResult(result, 'strava', t);
          if (result.status === 'run') {
            expect(result.run.title).toBe(expectedTitle(field(input, 'name')));
            expect(result.run.ownedByViewer).toBe(true);
          }
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.run).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'parseStravaTrainingList: always an array of well-formed runs',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseStravaTrainingList',
        numRuns: 10_000,
        check(input, t) {
          checkRunList(parseStravaTrainingList(input), 'strava', t);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes['list with runs']).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'parseStravaLapEfforts: always an array of finite, non-negative laps',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseStravaLapEfforts',
        numRuns: 10_000,
        check(input, t) {
          checkLapList(parseStravaLapEfforts(input), t);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.laps).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );
});
