import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../../test/fixtures/load';
import { FIXTURE_ANCHOR } from '../../../test/fixtures/routes.mjs';
import {
  garminElapsedSeconds,
  garminGmtToIso,
  garminWeekStart,
  parseGarminActivity,
  parseGarminActivityList,
  parseGarminPage,
  parseGarminPreferences,
  parseGarminSocialProfile,
  parseGarminSplits,
  parseGarminViewerScript,
} from './parse';
import { readGarminPage } from './read-page';
import { garminUnitSystem } from './parse-viewer';

const VIEWER = '2591602';
const iso = (key: string) => new Date(FIXTURE_ANCHOR[key]!.start).toISOString();

const activityCases = [
  {
    name: 'intervals',
    key: 'garmin-intervals',
    sport: 'run',
    owned: true,
    tags: { workout: true },
    te: { aerobic: 4.1, anaerobic: 2.9, label: 'VO2MAX' },
    laps: 17,
  },
  {
    name: 'trail-run',
    key: 'garmin-trail-run',
    sport: 'trail_run',
    owned: true,
    tags: undefined,
    te: { aerobic: 2.700000047683716, anaerobic: 0, label: 'AEROBIC_BASE' },
    laps: 2,
  },
  {
    name: 'easy-run',
    key: 'garmin-easy-run',
    sport: 'run',
    owned: true,
    tags: undefined,
    te: { aerobic: 2, anaerobic: 0, label: 'RECOVERY' },
    laps: 8,
  },
  {
    name: 'race',
    key: 'garmin-race',
    sport: 'run',
    owned: true,
    tags: { race: true },
    te: { aerobic: 4.6, anaerobic: 2.1, label: 'LACTATE_THRESHOLD' },
    laps: 22,
  },
  {
    name: 'other-athlete-run',
    key: 'garmin-other-athlete-run',
    sport: 'run',
    owned: false,
    tags: undefined,
    te: { aerobic: 3.1, anaerobic: 0.4, label: 'TEMPO' },
    laps: 6,
  },
] as const;

describe('parseGarminActivity on every activity fixture', () => {
  for (const c of activityCases) {
    it(c.name, () => {
      const anchor = FIXTURE_ANCHOR[c.key]!;
      const result = parseGarminActivity(fixtureJson(`garmin/activity-${c.name}-2026-01.json`), VIEWER);
      expect(result.status).toBe('run');
      if (result.status !== 'run') return;
      expect(result.viewerId).toBe(VIEWER);
      expect(result.ownerId).toBe(c.owned ? VIEWER : '3141592');
      expect(result.startIsLocal).toBeUndefined();
      expect(result.run).toMatchObject({
        source: 'garmin',
        id: anchor.id,
        url: `https://connect.garmin.com/app/activity/${anchor.id}`,
        sport: c.sport,
        start: iso(c.key),
        elapsedS: anchor.elapsedS,
        ownedByViewer: c.owned,
      });
      expect(result.run.tags).toEqual(c.tags);
      expect(result.run.trainingEffect).toEqual(c.te);
      const laps = parseGarminSplits(fixtureJson(`garmin/splits-${c.name}-2026-01.json`));
      expect(laps).toHaveLength(c.laps);
    });
  }

  it('the ride is not a run', () => {
    expect(parseGarminActivity(fixtureJson('garmin/activity-ride-2026-01.json'), VIEWER)).toEqual({
      status: 'not-run',
      sportType: 'cycling',
    });
  });

  it('leaves ownership open without a viewer', () => {
    const result = parseGarminActivity(fixtureJson('garmin/activity-trail-run-2026-01.json'));
    expect(result.status === 'run' && result.run.ownedByViewer).toBeUndefined();
  });

  it('takes the owner from metadataDTO when userProfileId is missing', () => {
    const json = {
      ...(fixtureJson('garmin/activity-other-athlete-run-2026-01.json') as Record<string, unknown>),
    };
    delete json.userProfileId;
    const result = parseGarminActivity(json, VIEWER);
    expect(result.status === 'run' && result.ownerId).toBe('3141592');
    expect(result.status === 'run' && result.run.ownedByViewer).toBe(false);
  });

  it('reads the real trail run numbers as served', () => {
    const result = parseGarminActivity(fixtureJson('garmin/activity-trail-run-2026-01.json'), VIEWER);
    expect(result.status === 'run' && result.run).toMatchObject({
      title: 'Sample Town - Base',
      distanceM: 4261.19,
      movingS: 2216,
      elevationGainM: 151,
      avgHr: 142,
      maxHr: 162,
    });
  });

  it('maps running type keys and parentTypeId 1, and rejects transitions', () => {
    const base = fixtureJson('garmin/activity-easy-run-2026-01.json') as Record<string, unknown>;
    const sportOf = (activityTypeDTO: object) => {
      const result = parseGarminActivity({ ...base, activityTypeDTO }, VIEWER);
      return result.status === 'run' ? result.run.sport : result.status;
    };
    expect(sportOf({ typeId: 18, typeKey: 'treadmill_running', parentTypeId: 1 })).toBe('treadmill_run');
    expect(sportOf({ typeId: 8, typeKey: 'track_running', parentTypeId: 1 })).toBe('track_run');
    expect(sportOf({ typeId: 153, typeKey: 'virtual_run', parentTypeId: 1 })).toBe('virtual_run');
    expect(sportOf({ typeId: 181, typeKey: 'ultra_run', parentTypeId: 1 })).toBe('run');
    expect(sportOf({ typeId: 999, typeKey: 'new_kind_of_run', parentTypeId: 1 })).toBe('run');
    expect(sportOf({ typeId: 83, typeKey: 'bikeToRunTransition', parentTypeId: 1 })).toBe('not-run');
    expect(sportOf({ typeId: 3, typeKey: 'hiking', parentTypeId: 17 })).toBe('not-run');
  });
});

describe('parseGarminSplits', () => {
  it('maps intensities of the interval run: warm-up, 8 active alternating with 7 recoveries, cool-down', () => {
    const laps = parseGarminSplits(fixtureJson('garmin/splits-intervals-2026-01.json'));
    const intensities = laps.map((l) => l.intensity);
    expect(intensities[0]).toBe('warmup');
    expect(intensities.at(-1)).toBe('cooldown');
    expect(intensities.slice(1, -1)).toEqual(
      Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? 'active' : 'recovery')),
    );
    expect(laps[1]).toMatchObject({ distanceM: 800, movingS: 184, avgHr: 166 });
  });
  it('gives [] for anything else', () => {
    expect(parseGarminSplits({})).toEqual([]);
    expect(parseGarminSplits({ lapDTOs: [{ distance: 'x' }] })).toEqual([]);
  });
});

describe('parseGarminActivityList', () => {
  it('keeps the runs of the fixture list (race, easy, intervals, real trail run)', () => {
    const runs = parseGarminActivityList(fixtureJson('garmin/activity-list-2026-01.json'), VIEWER);
    expect(runs.map((r) => [r.id, r.sport, r.ownedByViewer])).toEqual([
      ['21500000006', 'run', true],
      ['21500000003', 'run', true],
      ['21500000001', 'run', true],
      ['21482825013', 'trail_run', true],
    ]);
    expect(runs[0]?.tags).toEqual({ race: true });
    expect(runs[2]?.trainingEffect).toEqual({ aerobic: 4.1, anaerobic: 2.9, label: 'VO2MAX' });
  });
  it('reads the real sample list: one trail run among a hike and a paddle', () => {
    const runs = parseGarminActivityList(fixtureJson('garmin/real-activity-list-2026-01.json'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      id: '21482825013',
      start: '2026-01-08T14:10:21.000Z',
      elapsedS: 2225.44091796875,
      trainingEffect: { aerobic: 2.700000047683716, anaerobic: 0, label: 'AEROBIC_BASE' },
      ownedByViewer: true,
    });
  });
  it('reads old millisecond elapsedDuration as seconds', () => {
    const [item] = fixtureJson('garmin/real-activity-list-2026-01.json') as Record<string, unknown>[];
    const runs = parseGarminActivityList([{ ...item, elapsedDuration: 2225440.9 }]);
    expect(runs[0]?.elapsedS).toBeCloseTo(2225.44, 2);
  });
  it('marks list runs of another owner as not owned', () => {
    const runs = parseGarminActivityList(fixtureJson('garmin/real-activity-list-2026-01.json'), '999');
    expect(runs[0]?.ownedByViewer).toBe(false);
  });
});

describe('viewer and page', () => {
  it('parses the social profile', () => {
    expect(parseGarminSocialProfile(fixtureJson('garmin/social-profile-2026-01.json'))).toEqual({
      profileId: VIEWER,
      displayName: 'sample-runner',
      fullName: 'Sample Runner',
    });
    expect(parseGarminSocialProfile({ displayName: 'x' })).toBeNull();
  });
  it('reads the app shell: csrf token and VIEWER_SOCIAL_PROFILE, no rendered heading', () => {
    const snapshot = readGarminPage(fixtureDocument('garmin/app-shell-2026-01.html'));
    const info = parseGarminPage({ ...snapshot, url: 'https://connect.garmin.com/app/activity/21500000001' });
    expect(info).toEqual({
      activityId: '21500000001',
      csrfToken: '6f1c2d9e-4b7a-4e0f-9a53-2b8c7d1e0f64',
      viewer: { profileId: VIEWER, displayName: 'sample-runner', fullName: 'Sample Runner' },
      viewerForm: 'json-parse',
      preferences: { measurementSystem: 'metric', weekStartsOn: 1, shape: 'flat' },
    });
  });
  it('reads the older rendered page: the viewer, not the rendered heading or start (the JSON has them)', () => {
    const snapshot = readGarminPage(fixtureDocument('garmin/activity-rendered-2026-01.html'));
    const info = parseGarminPage({ ...snapshot, url: 'https://connect.garmin.com/app/activity/21500000009' });
    expect(info).toMatchObject({ activityId: '21500000009', viewer: { profileId: VIEWER } });
    expect(Object.keys(info)).not.toContain('title');
    expect(snapshot.title).toBe('Morning Run | Garmin Connect');
  });
  it('decodes escaped JSON inside the JSON.parse string literal', () => {
    const script =
      'window.VIEWER_SOCIAL_PROFILE = JSON.parse("{\\"profileId\\":42,\\"fullName\\":\\"A \\\\\\"B\\\\\\" C\\"}");';
    expect(parseGarminViewerScript(script)).toEqual({ profileId: '42', fullName: 'A "B" C' });
    expect(parseGarminViewerScript('window.VIEWER_SOCIAL_PROFILE = JSON.parse("{oops");')).toBeNull();
  });
});

describe('time helpers', () => {
  it('appends Z to *GMT strings', () => {
    expect(garminGmtToIso('2026-01-08T14:10:21.0')).toBe('2026-01-08T14:10:21.000Z');
    expect(garminGmtToIso('2026-01-08 14:10:21')).toBe('2026-01-08T14:10:21.000Z');
    expect(garminGmtToIso('soon')).toBeUndefined();
  });
  it('sanity-checks elapsedDuration against duration', () => {
    expect(garminElapsedSeconds(2225.4, 2223.3)).toBe(2225.4);
    expect(garminElapsedSeconds(2225441, 2223.3)).toBeCloseTo(2225.441);
    expect(garminElapsedSeconds(2225441, undefined)).toBeCloseTo(2225.441);
    expect(garminElapsedSeconds(undefined, 1800)).toBe(1800);
    expect(garminElapsedSeconds(0, undefined)).toBeUndefined();
  });
});

// --- The 2026 generation (docs/sites.md §2, test/fixtures/README.md) ------------------------------------------------

function pageInfo(file: string, id = '21500000001') {
  const snapshot = readGarminPage(fixtureDocument(`garmin/${file}.html`));
  return {
    snapshot,
    info: parseGarminPage({ ...snapshot, url: `https://connect.garmin.com/app/activity/${id}` }),
  };
}

const SAMPLE_VIEWER = { profileId: VIEWER, displayName: 'sample-runner', fullName: 'Sample Runner' };

describe('the 2026 app shell: one minified script, plain object literals', () => {
  it('app-shell-2026-03: the viewer from the literal (a `}`, `;` and a look-alike inside strings), metric, Monday', () => {
    const { snapshot, info } = pageInfo('app-shell-2026-03');
    expect(snapshot.viewerScripts).toHaveLength(1);
    expect(snapshot.viewerScripts[0]).toMatch(/^window\.URL_BUST_VALUE=.*window\.USE_DI_SESSION=true;/);
    expect(info).toEqual({
      activityId: '21500000001',
      csrfToken: '3a9e5c1f-7b2d-4c8e-b6a0-9d4f2e1c8b73',
      viewer: SAMPLE_VIEWER,
      viewerForm: 'literal',
      preferences: { measurementSystem: 'metric', weekStartsOn: 1, shape: 'flat' },
    });
  });
  it('app-shell-userdata-2026-03: nested user settings, statute_us, weeks from Sunday', () => {
    expect(pageInfo('app-shell-userdata-2026-03').info).toMatchObject({
      viewer: SAMPLE_VIEWER,
      viewerForm: 'literal',
      preferences: { measurementSystem: 'statute_us', weekStartsOn: 0, shape: 'userData' },
    });
  });
  it('app-shell-statute-uk-2026-03: the third unit setting', () => {
    expect(pageInfo('app-shell-statute-uk-2026-03').info.preferences).toEqual({
      measurementSystem: 'statute_uk',
      weekStartsOn: 1,
      shape: 'flat',
    });
  });
  it('activity-rendered-2026-04: the viewer and preferences from the page', () => {
    const { snapshot, info } = pageInfo('activity-rendered-2026-04', '22400000001');
    expect(snapshot.title).toBe('Morning Run | Garmin Connect');
    expect(info).toEqual({
      activityId: '22400000001',
      csrfToken: '5e7a2c9d-3f1b-4d6e-a8c0-7b4e9f2d1a58',
      viewer: SAMPLE_VIEWER,
      viewerForm: 'literal',
      preferences: { measurementSystem: 'metric', weekStartsOn: 1, shape: 'flat' },
    });
  });
  it('preferences in a script of their own are read too (older shells split them)', () => {
    const { snapshot } = pageInfo('app-shell-2026-01');
    const [script = ''] = snapshot.viewerScripts;
    const at = script.indexOf('window.VIEWER_USERPREFERENCES');
    const info = parseGarminPage({ ...snapshot, viewerScripts: [script.slice(at), script.slice(0, at)] });
    expect(info).toMatchObject({ viewer: SAMPLE_VIEWER, preferences: { measurementSystem: 'metric' } });
  });
});

describe('parseGarminViewerScript: either form', () => {
  it.each([
    ['literal', 'window.VIEWER_SOCIAL_PROFILE={"profileId":42,"fullName":"A } B; C"};window.X=1;'],
    ['spaced literal', 'window.VIEWER_SOCIAL_PROFILE = {\n "profileId": "42", "fullName": "A } B; C" };'],
    [
      'JSON.parse',
      'window.VIEWER_SOCIAL_PROFILE = JSON.parse("{\\"profileId\\":42,\\"fullName\\":\\"A } B; C\\"}");',
    ],
    [
      'JSON.parse, single quotes',
      'window.VIEWER_SOCIAL_PROFILE=JSON.parse(\'{"profileId":42,"fullName":"A } B; C"}\')',
    ],
    [
      'JSON.parse, \\x escapes',
      'window.VIEWER_SOCIAL_PROFILE=JSON.parse("{\\x22profileId\\x22:42,\\x22fullName\\x22:\\x22A } B; C\\x22}")',
    ],
  ])('%s', (_form, script) => {
    expect(parseGarminViewerScript(script)).toEqual({ profileId: '42', fullName: 'A } B; C' });
  });
  it('null for comparisons, other names, unclosed or non-JSON literals and profiles without an id', () => {
    for (const script of [
      'if (window.VIEWER_SOCIAL_PROFILE == {"profileId":1}) {}',
      'window.MY_VIEWER_SOCIAL_PROFILE={"profileId":1};',
      'window.VIEWER_SOCIAL_PROFILE={"profileId":1',
      'window.VIEWER_SOCIAL_PROFILE={profileId:1};',
      'window.VIEWER_SOCIAL_PROFILE={"displayName":"x"};',
      'window.VIEWER_SOCIAL_PROFILE=null;',
    ])
      expect(parseGarminViewerScript(script)).toBeNull();
  });
});

describe('parseGarminPreferences', () => {
  it('flat wins field by field over userData; dayId when there is no day name', () => {
    expect(
      parseGarminPreferences({
        measurementSystem: 'STATUTE_US',
        userData: { measurementSystem: 'metric', firstDayOfWeek: { dayId: 7 } },
      }),
    ).toEqual({ measurementSystem: 'statute_us', weekStartsOn: 6, shape: 'flat' });
  });
  it('ignores unknown units and days; null when nothing is left', () => {
    expect(
      parseGarminPreferences({ measurementSystem: 'imperial', firstDayOfWeek: { dayId: 9 } }),
    ).toBeNull();
    expect(parseGarminPreferences({ userData: null })).toBeNull();
    expect(parseGarminPreferences('metric')).toBeNull();
    expect(parseGarminPreferences({ userData: { firstDayOfWeek: { dayName: 'Saturday' } } })).toEqual({
      weekStartsOn: 6,
      shape: 'userData',
    });
  });
});

describe('garminWeekStart: Garmin’s first day of the week as HardDay’s week start', () => {
  it.each([
    ['Sunday (dayId 1)', { firstDayOfWeek: { dayId: 1 } }, 0],
    ['Monday (dayId 2)', { firstDayOfWeek: { dayId: 2 } }, 1],
    ['Saturday (dayId 7): the Sunday week, six days shared', { firstDayOfWeek: { dayId: 7 } }, 0],
    ['Monday by name, nested', { userData: { firstDayOfWeek: { dayName: 'monday' } } }, 1],
    ['Sunday by name, nested', { userData: { firstDayOfWeek: { dayName: 'sunday', dayId: 1 } } }, 0],
    ['Wednesday: no week HardDay has', { firstDayOfWeek: { dayId: 4 } }, undefined],
    ['no day at all', { measurementSystem: 'metric' }, undefined],
  ])('%s', (_label, preferences, expected) => {
    expect(garminWeekStart(parseGarminPreferences(preferences)?.weekStartsOn)).toBe(expected);
  });
  it.each([
    ['app-shell-2026-03', 1],
    ['app-shell-userdata-2026-03', 0],
    ['app-shell-statute-uk-2026-03', 1],
    ['app-shell-2026-01', 1],
  ])('%s: the page’s setting as HardDay’s week start %s', (file, expected) => {
    expect(garminWeekStart(pageInfo(file).info.preferences?.weekStartsOn)).toBe(expected);
  });
});

describe('2026 laps: auto-laps labelled INTERVAL, structured workouts', () => {
  it('an easy run whose auto-laps are all INTERVAL reads as plain work laps, no declaration', () => {
    const result = parseGarminActivity(
      fixtureJson('garmin/activity-easy-run-auto-laps-2026-01.json'),
      VIEWER,
    );
    expect(result.status === 'run' && result.run).toMatchObject({
      id: '21500000030',
      start: '2026-01-25T12:15:00.000Z',
      ownedByViewer: true,
      trainingEffect: { aerobic: 2.4, anaerobic: 0, label: 'AEROBIC_BASE' },
    });
    expect(result.status === 'run' && result.run.tags).toBeUndefined();
    const laps = parseGarminSplits(fixtureJson('garmin/splits-easy-run-auto-laps-2026-01.json'));
    expect(laps).toHaveLength(8);
    expect(new Set(laps.map((l) => l.intensity))).toEqual(new Set(['interval']));
  });
  it('a structured workout: warm-up, 5 INTERVAL with 4 RECOVERY between, cool-down; declared a workout', () => {
    const result = parseGarminActivity(fixtureJson('garmin/activity-intervals-workout-2026-01.json'), VIEWER);
    expect(result.status === 'run' && result.run).toMatchObject({
      id: '21500000031',
      tags: { workout: true },
      trainingEffect: { label: 'VO2MAX' },
    });
    const laps = parseGarminSplits(fixtureJson('garmin/splits-intervals-workout-2026-01.json'));
    expect(laps.map((l) => l.intensity)).toEqual([
      'warmup',
      ...Array.from({ length: 9 }, (_, i) => (i % 2 === 0 ? 'interval' : 'recovery')),
      'cooldown',
    ]);
    expect(laps[1]).toMatchObject({ distanceM: 1000, movingS: 232, avgHr: 168 });
  });
});

describe('the unit setting of a runner on miles (app-shell-statute-us-2026-03)', () => {
  it('reads measurementSystem "statute_us" as imperial; all else as on the metric shell', () => {
    const us = pageInfo('app-shell-statute-us-2026-03').info;
    const metric = pageInfo('app-shell-2026-03').info;
    expect(us.preferences).toEqual({ measurementSystem: 'statute_us', weekStartsOn: 1, shape: 'flat' });
    expect(garminUnitSystem(us.preferences?.measurementSystem)).toBe('imperial');
    expect(garminUnitSystem(metric.preferences?.measurementSystem)).toBe('metric');
    expect({ ...us, preferences: undefined }).toEqual({ ...metric, preferences: undefined });
  });
});
