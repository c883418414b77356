import { bench, describe } from 'vitest';
import { classifyRun, DEFAULT_SETTINGS, historyWeeks, planDay, weekSummary } from '../../utils/core';
import { yearOfLog, yearOfRuns, YEAR_START_MS } from './year';

const runs = yearOfRuns();
const log = yearOfLog(runs);
const settings = { ...DEFAULT_SETTINGS, level: 2 as const };
const DAY_MS = 86_400_000;
const nowEnd = new Date(YEAR_START_MS + 364 * DAY_MS + 9 * 3_600_000);

describe(`a year of history (${runs.length} runs, ${log.length} strength sessions)`, () => {
  bench('classifyRun × every run (with recent runs)', () => {
    for (const run of runs) classifyRun(run, runs);
  });

  bench('planDay × 365 days (all runs each day, Europe/Berlin)', () => {
    for (let day = 0; day < 365; day += 1) {
      planDay({
        now: new Date(YEAR_START_MS + day * DAY_MS + 8 * 3_600_000),
        runs,
        log,
        settings,
        timeZone: 'Europe/Berlin',
      });
    }
  });

  bench('planDay once (popup open)', () => {
    planDay({ now: nowEnd, runs, log, settings, timeZone: 'Europe/Berlin' });
  });

  bench('weekSummary + historyWeeks(8) once', () => {
    weekSummary({ now: nowEnd, runs, log, settings, timeZone: 'Europe/Berlin' });
    historyWeeks({ now: nowEnd, runs, log, settings, timeZone: 'Europe/Berlin', weeks: 8 });
  });
});
