// Fuzzes Strava's owner-only JSON readers with every Strava JSON fixture, mutated (see support/mutate-json.ts).
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseStravaLapEfforts,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
  parseStravaTrainingPage,
} from '../../utils/sites/strava/parse';
import { fixtureJson } from '../fixtures/load';
import { filesFor } from './support/fixtures';
import { fuzzJsonReader } from './support/fuzz-json';
import { jsonBase } from './support/mutate-json';
import { checkLapList, checkResult, checkRunList, ensure } from './support/run-checks';
import { bump, report, type ReaderTally } from './support/tally';

const TIMEOUT = 120_000;
const tallies: ReaderTally[] = [];
afterAll(() => report('strava-json', tallies));

const field = (input: unknown, key: string): unknown =>
  input && typeof input === 'object' && !Array.isArray(input)
    ? (input as Record<string, unknown>)[key]
    : undefined;

/** The title a reader must give: the site's text, trimmed, never decoded or sanitised; 'Run' when there is none. */
const expectedTitle = (name: unknown) => (typeof name === 'string' && name.trim() ? name.trim() : 'Run');
const DECLARATIONS = new Set(['race', 'longRun', 'workout', 'recovery']);

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
            const declared = Object.keys(result.run.tags ?? {});
            ensure(
              declared.length <= 1 && declared.every((k) => DECLARATIONS.has(k)),
              'declared tags',
              result.run,
            );
            bump(t.outcomes, `declared ${declared[0] ?? 'nothing'}`);
          }
        },
      });
      tallies.push(tally);
      expect(tally.outcomes.run).toBeGreaterThan(1000);
      for (const kind of DECLARATIONS) expect(tally.outcomes[`declared ${kind}`]).toBeGreaterThan(100);
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
    'parseStravaTrainingPage: runs as the list gives them, paging in whole numbers or absent',
    () => {
      const tally = fuzzJsonReader({
        reader: 'parseStravaTrainingPage',
        numRuns: 5_000,
        check(input, t) {
          const page = parseStravaTrainingPage(input);
          bump(t.outcomes, page ? 'page' : 'null');
          if (!page) return;
          checkRunList(page.runs, 'strava', t);
          ensure(
            Number.isSafeInteger(page.modelCount) && page.modelCount >= page.runs.length,
            'model count',
            page,
          );
          for (const key of ['page', 'perPage', 'total'] as const) {
            const value = page[key];
            ensure(value === undefined || (Number.isSafeInteger(value) && value >= 0), key, page);
          }
          if (page.perPage !== undefined) bump(t.outcomes, `perPage ${page.perPage}`);
        },
      });
      tallies.push(tally);
      expect(tally.outcomes['perPage 20']).toBeGreaterThan(1000);
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
