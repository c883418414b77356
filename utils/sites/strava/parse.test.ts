import { describe, expect, it } from 'vitest';
import type { Run } from '../../core/types';
import { fixtureDocument, fixtureJson } from '../../../test/fixtures/load';
import { FIXTURE_ANCHOR, STRAVA_FIXTURE_UTC_OFFSET_MIN } from '../../../test/fixtures/routes.mjs';
import {
  enrichStravaRun,
  parseDistanceText,
  parseStravaLapEfforts,
  parseStravaPage,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
  parseStravaTrainingPage,
} from './parse';
import { readStravaPage, type StravaPageSnapshot } from './read-page';
import { stravaDeclaredTags, stravaMeasurementPreference, stravaUnitSystem } from './sport';

const VIEWER = '31415926';

/** Reads a saved page as the content script would, with the runner's own offset (Central Europe, UTC+1). */
function snapshotOf(name: string, id: string): StravaPageSnapshot {
  const doc = fixtureDocument(`strava/activity-${name}-2026-01.html`);
  return {
    ...readStravaPage(doc),
    url: `https://www.strava.com/activities/${id}`,
    utcOffsetMin: STRAVA_FIXTURE_UTC_OFFSET_MIN,
  };
}

function runOf(result: ReturnType<typeof parseStravaPage>): Run {
  if (result.status !== 'run') throw new Error(`expected a run, got ${JSON.stringify(result)}`);
  return result.run;
}

const iso = (key: string) => new Date(FIXTURE_ANCHOR[key]!.start).toISOString();

const pageCases = [
  {
    name: 'easy-run',
    key: 'strava-easy-run',
    owned: true,
    tags: undefined,
    distanceM: 8213.4,
    movingS: 2766,
    elapsedS: 2834,
    avgHr: 139.2,
  },
  {
    name: 'intervals',
    key: 'strava-intervals',
    owned: true,
    tags: { workout: true },
    distanceM: 10400,
    movingS: 3029,
    elapsedS: 3190,
    avgHr: 156.4,
  },
  {
    name: 'race',
    key: 'strava-race',
    owned: true,
    tags: { race: true },
    distanceM: 10050,
    movingS: 2585,
    elapsedS: 2591,
    avgHr: 176.3,
  },
  {
    name: 'long-run',
    key: 'strava-long-run',
    owned: true,
    tags: { longRun: true },
    distanceM: 24150,
    movingS: 8406,
    elapsedS: 8760,
    avgHr: 147.2,
  },
  {
    name: 'other-athlete-run',
    key: 'strava-other-athlete-run',
    owned: false,
    tags: undefined,
    distanceM: 6100,
    movingS: 1870,
    elapsedS: 1925,
    avgHr: 151,
  },
] as const;

describe('readStravaPage', () => {
  it('collects the bootstrap script, heading, stats, time and csrf token', () => {
    const snapshot = snapshotOf('intervals', '16900000002');
    expect(snapshot.scripts).toHaveLength(1);
    expect(snapshot.scripts[0]).toContain('RunPageView(16900000002');
    expect(snapshot.title).toBe('6 x 800 m on the river path | Run | Strava');
    expect(snapshot.headingName).toBe('6 x 800 m on the river path');
    expect(snapshot.timeText).toBe('6:30 PM on Wednesday, January 14, 2026');
    expect(snapshot.csrfToken).toMatch(/^q0vJ/);
    expect(snapshot.stats).toContainEqual({ label: 'Elapsed Time', value: '53:10' });
    expect(snapshot.stats).toContainEqual({ label: 'Distance', value: '10.40 km' });
  });
  it('finds no script on the page without the bootstrap', () => {
    expect(snapshotOf('run-no-script', '16900000007').scripts).toEqual([]);
  });
});

describe('parseStravaPage on every activity page fixture', () => {
  for (const c of pageCases) {
    it(c.name, () => {
      const id = FIXTURE_ANCHOR[c.key]!.id;
      const result = parseStravaPage(snapshotOf(c.name, id));
      const run = runOf(result);
      expect(result).toMatchObject({ status: 'run', viewerId: VIEWER, startIsLocal: true });
      expect(result.status === 'run' && result.ownerId).toBe(c.owned ? VIEWER : '27182818');
      expect(run).toMatchObject({
        source: 'strava',
        id,
        url: `https://www.strava.com/activities/${id}`,
        sport: 'run',
        start: iso(c.key),
        elapsedS: c.elapsedS,
        movingS: c.movingS,
        distanceM: c.distanceM,
        avgHr: c.avgHr,
        ownedByViewer: c.owned,
      });
      expect(run.tags).toEqual(c.tags);
      expect(run.laps).toBeUndefined();
      expect(run.trainingEffect).toBeUndefined();
    });
  }

  it('a ride is not a run', () => {
    expect(parseStravaPage(snapshotOf('ride', '16900000006'))).toEqual({
      status: 'not-run',
      sportType: 'Ride',
    });
  });

  it('falls back to the DOM when the inline script is missing', () => {
    const result = parseStravaPage(snapshotOf('run-no-script', '16900000007'));
    const run = runOf(result);
    expect(result).toMatchObject({ status: 'run', startIsLocal: true });
    // The page's time has minute precision: 12:10 local, so 11:10:00 UTC.
    expect(run).toEqual({
      source: 'strava',
      id: '16900000007',
      url: 'https://www.strava.com/activities/16900000007',
      title: 'Lunch Run',
      sport: 'run',
      start: '2026-01-16T11:10:00.000Z',
      elapsedS: 2355,
      movingS: 2293,
      distanceM: 7020,
      elevationGainM: 18,
    });
    expect(run.ownedByViewer).toBeUndefined();
  });

  it('takes the heading name, not the tab title, when both exist', () => {
    const snapshot = { ...snapshotOf('easy-run', '16900000001'), title: 'Something else | Run | Strava' };
    expect(runOf(parseStravaPage(snapshot)).title).toBe('Easy Morning Run');
  });

  it('without the heading, uses the lightbox title from the script', () => {
    const snapshot = { ...snapshotOf('easy-run', '16900000001'), headingName: '' };
    expect(runOf(parseStravaPage(snapshot)).title).toBe('Easy Morning Run');
  });

  it('decides ownership by athlete ids when the isOwner flag is missing', () => {
    const snapshot = snapshotOf('other-athlete-run', '16900000005');
    const withoutFlag = {
      ...snapshot,
      scripts: snapshot.scripts.map((s) => s.replace(/\.isOwner\(false\)/, '')),
    };
    expect(runOf(parseStravaPage(withoutFlag)).ownedByViewer).toBe(false);
  });

  it('an unreadable page says why', () => {
    const empty: StravaPageSnapshot = {
      url: 'https://www.strava.com/dashboard',
      scripts: [],
      title: 'Dashboard | Strava',
      headingName: '',
      stats: [],
      timeText: '',
      csrfToken: null,
      utcOffsetMin: 0,
    };
    expect(parseStravaPage(empty).status).toBe('unreadable');
  });
});

describe('parseStravaTrainingActivity on every training activity fixture', () => {
  const cases = [
    { name: 'easy-run', key: 'strava-easy-run', tags: undefined, relativeEffort: 21 },
    { name: 'intervals', key: 'strava-intervals', tags: { workout: true }, relativeEffort: 96 },
    { name: 'race', key: 'strava-race', tags: { race: true }, relativeEffort: 142 },
    { name: 'long-run', key: 'strava-long-run', tags: { longRun: true }, relativeEffort: 118 },
    { name: 'run-no-script', key: 'strava-run-no-script', tags: undefined, relativeEffort: 33 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = parseStravaTrainingActivity(
        fixtureJson(`strava/training-activity-${c.name}-2026-01.json`),
      );
      expect(result.status).toBe('run');
      if (result.status !== 'run') return;
      expect(result.startIsLocal).toBeUndefined();
      const anchor = FIXTURE_ANCHOR[c.key]!;
      expect(result.run).toMatchObject({
        id: anchor.id,
        sport: 'run',
        start: iso(c.key),
        elapsedS: anchor.elapsedS,
        relativeEffort: c.relativeEffort,
        ownedByViewer: true,
      });
      expect(result.run.tags).toEqual(c.tags);
    });
  }
  it('the ride is not a run', () => {
    expect(parseStravaTrainingActivity(fixtureJson('strava/training-activity-ride-2026-01.json'))).toEqual({
      status: 'not-run',
      sportType: 'Ride',
    });
  });
  it('reads the pre-2024-10-30 `type` field and the trainer flag', () => {
    const model = { ...(fixtureJson('strava/training-activity-easy-run-2026-01.json') as object) } as Record<
      string,
      unknown
    >;
    delete model.sport_type;
    const result = parseStravaTrainingActivity({ ...model, type: 'Run', trainer: true });
    expect(result.status === 'run' && result.run.sport).toBe('treadmill_run');
  });
});

describe('parseStravaTrainingList', () => {
  it('keeps only the runs of the fixture page, mapping trail, virtual and treadmill runs', () => {
    const runs = parseStravaTrainingList(fixtureJson('strava/training-activities-page-2026-01.json'));
    expect(runs.map((r) => [r.id, r.sport])).toEqual([
      ['16900000003', 'run'],
      ['16900000007', 'run'],
      ['16900000002', 'run'],
      ['16900000001', 'run'],
      ['16900000004', 'run'],
      ['16900000008', 'trail_run'],
      ['16900000009', 'virtual_run'],
      ['16900000010', 'treadmill_run'],
    ]);
  });
  it('reads the real 2024-11 sample page: 4 runs among rides and hikes', () => {
    const runs = parseStravaTrainingList(fixtureJson('strava/real-training-activities-page-2024-11.json'));
    expect(runs.map((r) => r.id)).toEqual(['799672885', '716901962', '708752345', '707356065']);
    expect(runs[0]).toMatchObject({ start: '2016-12-11T14:45:50.000Z', elapsedS: 2358, distanceM: 4014.8 });
    expect(runs[2]?.tags).toEqual({ workout: true });
  });
  it('gives [] for anything but a models page', () => {
    expect(parseStravaTrainingList([])).toEqual([]);
    expect(parseStravaTrainingList({ models: 'x' })).toEqual([]);
  });
});

describe('parseStravaLapEfforts', () => {
  it.each([
    ['easy-run', 9],
    ['intervals', 13],
    ['race', 11],
    ['long-run', 25],
    ['run-no-script', 8],
  ])('%s has %i laps', (name, count) => {
    const laps = parseStravaLapEfforts(fixtureJson(`strava/lap-efforts-${name}-2026-01.json`));
    expect(laps).toHaveLength(count);
    for (const lap of laps) {
      expect(lap.distanceM).toBeGreaterThan(0);
      expect(lap.movingS).toBeGreaterThan(0);
    }
  });
  it('the interval laps alternate fast 800 m and 400 m jogs', () => {
    const laps = parseStravaLapEfforts(fixtureJson('strava/lap-efforts-intervals-2026-01.json'));
    expect(laps.map((l) => l.distanceM)).toEqual([
      2000, 800, 400, 800, 400, 800, 400, 800, 400, 800, 400, 800, 1600,
    ]);
    expect(laps[1]).toEqual({ distanceM: 800, movingS: 172, elevationGainM: 1, avgHr: 171 });
    expect(laps[3]?.elevationGainM).toBeUndefined(); // a net descent is not gain
  });
  it('skips laps without distance or time', () => {
    expect(parseStravaLapEfforts([{ distance: 1000 }, { distance: 1000, moving_time: 300 }, null])).toEqual([
      { distanceM: 1000, movingS: 300 },
    ]);
  });
});

describe('enrichStravaRun', () => {
  it('takes the true start, elapsed time and relative effort from the training JSON, laps from lap_efforts', () => {
    const page = runOf(parseStravaPage({ ...snapshotOf('intervals', '16900000002'), utcOffsetMin: 0 }));
    const training = parseStravaTrainingActivity(
      fixtureJson('strava/training-activity-intervals-2026-01.json'),
    );
    const laps = parseStravaLapEfforts(fixtureJson('strava/lap-efforts-intervals-2026-01.json'));
    if (training.status !== 'run') throw new Error('training fixture unreadable');
    expect(page.start).not.toBe(training.run.start);
    const run = enrichStravaRun(page, training.run, laps);
    expect(run).toMatchObject({
      start: '2026-01-14T17:30:05.000Z',
      elapsedS: 3190,
      relativeEffort: 96,
      avgHr: 156.4,
      title: '6 x 800 m on the river path',
      tags: { workout: true },
      ownedByViewer: true,
    });
    expect(run.laps).toHaveLength(13);
  });
  it('leaves the page run as is without enrichment', () => {
    const page = runOf(parseStravaPage(snapshotOf('easy-run', '16900000001')));
    expect(enrichStravaRun(page)).toEqual(page);
  });
});

describe('parseDistanceText', () => {
  it.each([
    ['8.21 km', 8210],
    ['5.1 mi', 8207.7],
    ['131 ft', 39.9],
    ['1,234 m', 1234],
    ['8,21 km', 8210],
    ['fast', undefined],
  ])('%s', (text, metres) => {
    expect(parseDistanceText(text)).toBe(metres);
  });
});

// --- The 2026 generation (docs/sites.md §1, test/fixtures/README.md): tags instead of workout_type, 20 a page,
// laps without distance, an imperial runner in Mountain time (UTC-6 in September). ---------------------------------

const MOUNTAIN_DAYLIGHT_MIN = -360;

function snapshot2026(file: string, id: string): StravaPageSnapshot {
  return {
    ...readStravaPage(fixtureDocument(`strava/${file}-2026-09.html`)),
    url: `https://www.strava.com/activities/${id}`,
    utcOffsetMin: MOUNTAIN_DAYLIGHT_MIN,
  };
}

describe('parseStravaTrainingActivity on the 2026-09 models (selected_tag_type and tags, no workout_type)', () => {
  const cases = [
    {
      name: 'race',
      id: '17800000001',
      tags: { race: true },
      start: '2026-09-20T13:00:04.000Z',
      elapsedS: 5712,
    },
    {
      name: 'long-run',
      id: '17800000007',
      tags: { longRun: true },
      start: '2026-09-13T13:00:40.000Z',
      elapsedS: 10480,
    },
    {
      name: 'workout',
      id: '17800000005',
      tags: { workout: true },
      start: '2026-09-15T23:45:30.000Z',
      elapsedS: 3560,
    },
    {
      name: 'recovery',
      id: '17800000003',
      tags: { recovery: true },
      start: '2026-09-17T12:30:10.000Z',
      elapsedS: 2301,
    },
    {
      name: 'untagged',
      id: '17800000006',
      tags: undefined,
      start: '2026-09-14T12:30:20.000Z',
      elapsedS: 2934,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const json = fixtureJson(`strava/training-activity-${c.name}-2026-09.json`) as Record<string, unknown>;
      expect(json).not.toHaveProperty('workout_type');
      expect(json).toHaveProperty('selected_tag_type');
      const result = parseStravaTrainingActivity(json);
      expect(result.status).toBe('run');
      if (result.status !== 'run') return;
      expect(result.startIsLocal).toBeUndefined();
      expect(result.run).toMatchObject({
        source: 'strava',
        id: c.id,
        sport: 'run',
        start: c.start,
        elapsedS: c.elapsedS,
        ownedByViewer: true,
      });
      expect(result.run.tags).toEqual(c.tags);
    });
  }
  it('the 2026 tags win over a stale workout_type; workout_type still counts when they are absent', () => {
    const race = fixtureJson('strava/training-activity-race-2026-09.json') as Record<string, unknown>;
    const tagsOf = (json: unknown) => {
      const result = parseStravaTrainingActivity(json);
      return result.status === 'run' ? result.run.tags : result.status;
    };
    expect(tagsOf({ ...race, workout_type: 3 })).toEqual({ race: true });
    expect(tagsOf({ ...race, selected_tag_type: null, tags: undefined, workout_type: 2 })).toEqual({
      longRun: true,
    });
    expect(tagsOf({ ...race, selected_tag_type: 42, tags: 'x' })).toBeUndefined();
  });
});

describe('stravaDeclaredTags', () => {
  it.each([
    ['Race', { race: true }],
    ['Workout', { workout: true }],
    ['LongRun', { longRun: true }],
    ['Long Run', { longRun: true }],
    ['long_run', { longRun: true }],
    ['Recovery', { recovery: true }],
    [' recovery ', { recovery: true }],
    ['Commute', undefined],
    ['WithPet', undefined],
    ['WithKid', undefined],
    ['ForACause', undefined],
    ['SomethingNew', undefined],
  ])('selected_tag_type %j', (name, tags) => {
    expect(stravaDeclaredTags({ selectedTagType: name })).toEqual(tags);
  });
  it('a context tag in selected_tag_type declares no effort, even beside an old workout_type', () => {
    expect(stravaDeclaredTags({ selectedTagType: 'Commute', workoutType: 1 })).toBeUndefined();
  });
  it('tags keys count only when they are tag names set to true (the numeric ids are unpublished)', () => {
    expect(stravaDeclaredTags({ tags: { '1': true, '3': true } })).toBeUndefined();
    expect(stravaDeclaredTags({ tags: { Race: false, LongRun: true } })).toEqual({ longRun: true });
    expect(stravaDeclaredTags({ tags: { '1': true }, workoutType: 1 })).toEqual({ race: true });
    expect(stravaDeclaredTags({ tags: { constructor: true, __proto__: true } })).toBeUndefined();
  });
  it('falls back to workout_type (0 default, 1 race, 2 long run, 3 workout, rides 10–12)', () => {
    expect([0, 1, 2, 3, 10, undefined].map((workoutType) => stravaDeclaredTags({ workoutType }))).toEqual([
      undefined,
      { race: true },
      { longRun: true },
      { workout: true },
      undefined,
      undefined,
    ]);
  });
  it('reads the unit setting from measurement_preference or a display unit', () => {
    expect(
      ['meters', 'feet', 'km', 'mi', 'FEET', 'yards', undefined].map(stravaMeasurementPreference),
    ).toEqual(['meters', 'feet', 'meters', 'feet', 'feet', undefined, undefined]);
  });
});

describe('parseStravaTrainingPage: runs and the paging the server chose', () => {
  it('2026-09: 20 models a page of 214, the runs with their tags, imperial display units', () => {
    const page = parseStravaTrainingPage(fixtureJson('strava/training-activities-page-2026-09.json'));
    expect(page).toMatchObject({
      page: 1,
      perPage: 20,
      total: 214,
      modelCount: 20,
      measurementPreference: 'feet',
    });
    const runs = page?.runs ?? [];
    // 20 models: 15 runs (one a trail run, one a treadmill run, one virtual), 3 rides, a walk and a hike.
    expect(runs).toHaveLength(15);
    expect(runs.slice(0, 5).map((r) => [r.id, r.tags])).toEqual([
      ['17800000001', { race: true }],
      ['17800000003', { recovery: true }],
      ['17800000004', undefined], // WithPet: context, not effort
      ['17800000005', { workout: true }],
      ['17800000006', undefined],
    ]);
    expect(runs.find((r) => r.id === '17800000007')?.tags).toEqual({ longRun: true });
    expect(runs.map((r) => r.sport)).toEqual(
      expect.arrayContaining(['trail_run', 'treadmill_run', 'virtual_run']),
    );
    // The raw numbers stay metric whatever the display unit.
    expect(runs[0]).toMatchObject({ distanceM: 21180, elevationGainM: 95 });
  });
  it('2024-11 (real) and 2026-01: the page sizes they were served', () => {
    expect(
      parseStravaTrainingPage(fixtureJson('strava/real-training-activities-page-2024-11.json')),
    ).toMatchObject({
      page: 1,
      perPage: 20,
      total: 592,
      measurementPreference: 'meters',
    });
    expect(
      parseStravaTrainingPage(fixtureJson('strava/training-activities-page-2026-01.json')),
    ).toMatchObject({
      perPage: 30,
      total: 214,
      modelCount: 11,
    });
  });
  it('drops paging fields that are not whole numbers; null for anything but a models page', () => {
    const page = parseStravaTrainingPage({ models: [], page: 0, perPage: 20.5, total: -1 });
    expect(page).toEqual({ runs: [], modelCount: 0 });
    expect(parseStravaTrainingPage({ models: 'x' })).toBeNull();
    expect(parseStravaTrainingPage(null)).toBeNull();
  });
  it('parseStravaTrainingList gives the same runs', () => {
    const json = fixtureJson('strava/training-activities-page-2026-09.json');
    expect(parseStravaTrainingList(json)).toEqual(parseStravaTrainingPage(json)?.runs);
  });
});

describe('parseStravaLapEfforts without distance (2026-09)', () => {
  it("rebuilds each lap's distance from avg_moving_speed × moving_time", () => {
    const json = fixtureJson('strava/lap-efforts-no-distance-2026-09.json') as Record<string, unknown>[];
    expect(json.every((lap) => !('distance' in lap))).toBe(true);
    const laps = parseStravaLapEfforts(json);
    expect(laps).toHaveLength(json.length);
    expect(laps.map((l) => Math.round(l.distanceM))).toEqual([
      3218, 1000, 400, 1000, 400, 1000, 400, 1000, 400, 1000, 1611,
    ]);
    expect(laps[1]).toEqual({ distanceM: 1000.04, movingS: 230, avgHr: 171, elevationGainM: 0.5 });
  });
  it('prefers a given distance; skips a lap with neither distance nor speed', () => {
    expect(
      parseStravaLapEfforts([
        { distance: 800, avg_moving_speed: 5, moving_time: 200 },
        { avg_moving_speed: 4, moving_time: 250 },
        { moving_time: 250 },
        { distance: -1, avg_moving_speed: 4, moving_time: 250 },
        { avg_moving_speed: -4, moving_time: 250 },
        { avg_moving_speed: 1e308, moving_time: 1e308 },
      ]),
    ).toEqual([
      { distanceM: 800, movingS: 200 },
      { distanceM: 1000, movingS: 250 },
    ]);
  });
});

describe('parseStravaPage on the 2026-09 pages', () => {
  it("the long run: bootstrap without workout_type, the athlete's unit setting, imperial stats", () => {
    const snapshot = snapshot2026('activity-run', '17800000007');
    expect(snapshot.stats).toContainEqual({ label: 'Distance', value: '18.02 mi' });
    const result = parseStravaPage(snapshot);
    expect(result).toMatchObject({
      status: 'run',
      viewerId: '58132134',
      ownerId: '58132134',
      startIsLocal: true,
      measurementPreference: 'feet',
    });
    const run = runOf(result);
    expect(run).toMatchObject({
      id: '17800000007',
      title: 'Sunday long run',
      start: '2026-09-13T13:00:40.000Z',
      elapsedS: 10480,
      movingS: 10150,
      distanceM: 29000,
      elevationGainM: 312,
      avgHr: 148.6,
      ownedByViewer: true,
    });
    expect(run.tags).toBeUndefined();
  });
  it('the long run enriched with its 2026 JSON and laps gets the LongRun tag', () => {
    const page = runOf(parseStravaPage(snapshot2026('activity-run', '17800000007')));
    const training = parseStravaTrainingActivity(
      fixtureJson('strava/training-activity-long-run-2026-09.json'),
    );
    if (training.status !== 'run') throw new Error('training fixture unreadable');
    expect(enrichStravaRun(page, training.run)).toMatchObject({
      tags: { longRun: true },
      start: '2026-09-13T13:00:40.000Z',
      relativeEffort: 131,
      avgHr: 148.6,
    });
  });
  it('the page without any card anchor still gives the run, titled from the bootstrap', () => {
    const doc = fixtureDocument('strava/activity-run-no-anchor-2026-09.html');
    for (const anchor of ['#heading', '.activity-summary-container', '#pagenav-container'])
      expect(doc.querySelector(anchor)).toBeNull();
    const snapshot = snapshot2026('activity-run-no-anchor', '17800000001');
    expect(snapshot.headingName).toBe('');
    const result = parseStravaPage(snapshot);
    expect(result).toMatchObject({ status: 'run', measurementPreference: 'feet' });
    expect(runOf(result)).toMatchObject({
      id: '17800000001',
      title: 'Harvest Half Marathon',
      start: '2026-09-20T13:00:04.000Z',
      elapsedS: 5705, // no elapsed time on the page: moving time until the JSON says better
      distanceM: 21180,
    });
  });
  it('the 2026-01 pages give their metric setting; a page without the athlete object gives none', () => {
    expect(parseStravaPage(snapshotOf('race', '16900000003'))).toMatchObject({
      measurementPreference: 'meters',
    });
    const snapshot = snapshotOf('race', '16900000003');
    const stripped = {
      ...snapshot,
      scripts: snapshot.scripts.map((s) => s.replace('"measurement_preference":"meters",', '')),
    };
    expect(parseStravaPage(stripped)).not.toHaveProperty('measurementPreference');
  });
  it('reads selected_tag_type from the stats block if the bootstrap ever carries it', () => {
    const snapshot = snapshot2026('activity-run', '17800000007');
    const tagged = {
      ...snapshot,
      scripts: snapshot.scripts.map((s) =>
        s.replace('distance: 29000.0,', 'distance: 29000.0, selected_tag_type: "LongRun",'),
      ),
    };
    expect(runOf(parseStravaPage(tagged)).tags).toEqual({ longRun: true });
  });
});

describe('the unit setting of a runner on miles (activity-intervals-feet-2026-01)', () => {
  it('reads measurement_preference "feet" as imperial, and the run itself exactly as on the metric page', () => {
    const feet = parseStravaPage(snapshotOf('intervals-feet', '16900000002'));
    const metres = parseStravaPage(snapshotOf('intervals', '16900000002'));
    expect(feet).toMatchObject({ status: 'run', measurementPreference: 'feet' });
    expect(metres).toMatchObject({ status: 'run', measurementPreference: 'meters' });
    expect(stravaUnitSystem(feet.status === 'run' ? feet.measurementPreference : undefined)).toBe('imperial');
    expect(stravaUnitSystem(metres.status === 'run' ? metres.measurementPreference : undefined)).toBe(
      'metric',
    );
    // Stored numbers stay metric whatever the display unit.
    expect(runOf(feet)).toEqual(runOf(metres));
  });
});
