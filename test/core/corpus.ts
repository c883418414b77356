// A labelled corpus of realistic runs (Strava, Garmin, manual; six languages; edge cases) with the effort and kind
// a coach would give them. Lap builders produce the shapes the site readers hand to the core.

import type { Classification, Lap, Run, RunKind, RunnerProfile } from '../../utils/core/types';

export interface CorpusCase {
  name: string;
  run: Run;
  recent?: Run[];
  profile?: RunnerProfile;
  expect: {
    effort: Classification['effort'];
    kind: RunKind;
    confidence?: Classification['confidence'];
    /** Checked when set: whether the product should ask "Felt hard?". */
    askFeltHard?: boolean;
    /** Checked when set: some reason must contain this text. */
    reasonIncludes?: string;
  };
}

const lap = (km: number, paceS: number, extra: Partial<Lap> = {}): Lap => ({
  distanceM: Math.round(km * 1000),
  movingS: Math.round(km * paceS),
  ...extra,
});

/** Deterministic small wobble (±3 %) so steady runs do not have identical laps. */
const wobble = (i: number) => 1 + 0.03 * Math.sin(i * 2.7 + 1.3);

export function steadyLaps(km: number, paceS: number, hr?: number): Lap[] {
  return Array.from({ length: Math.floor(km) }, (_, i) =>
    lap(1, paceS * wobble(i), hr ? { avgHr: Math.round(hr * wobble(i + 3)) } : {}),
  );
}

export function intervalLaps(o: {
  reps: number;
  workM: number;
  workPace: number;
  recoveryS: number;
  recoveryPace?: number;
  labels?: boolean;
  workGainM?: number;
  warmKm?: number;
}): Lap[] {
  const laps: Lap[] = [lap(o.warmKm ?? 2, 340, o.labels ? { intensity: 'warmup' } : {})];
  for (let i = 0; i < o.reps; i += 1) {
    laps.push(
      lap(o.workM / 1000, o.workPace * (1 + 0.01 * (i % 3)), {
        ...(o.labels ? { intensity: 'active' } : {}),
        ...(o.workGainM ? { elevationGainM: o.workGainM } : {}),
        avgHr: 168,
      }),
    );
    if (i < o.reps - 1) {
      const recPace = o.recoveryPace ?? 400;
      laps.push({
        distanceM: Math.round((o.recoveryS / recPace) * 1000),
        movingS: o.recoveryS,
        avgHr: 140,
        ...(o.labels ? { intensity: 'recovery' } : {}),
      });
    }
  }
  laps.push(lap(1.5, 350, o.labels ? { intensity: 'cooldown' } : {}));
  return laps;
}

const sum = (laps: Lap[], key: 'distanceM' | 'movingS') => laps.reduce((s, l) => s + l[key], 0);

function fromLaps(base: Omit<Run, 'elapsedS'> & { elapsedS?: number }, laps: Lap[]): Run {
  const movingS = sum(laps, 'movingS');
  return {
    ...base,
    laps,
    movingS,
    elapsedS: base.elapsedS ?? movingS + 120,
    distanceM: sum(laps, 'distanceM'),
  };
}

let counter = 1000;
function run(partial: Partial<Run> & Pick<Run, 'title' | 'start'>): Run {
  counter += 1;
  return {
    source: 'strava',
    id: String(counter),
    sport: 'run',
    elapsedS: 3000,
    ...partial,
  };
}

/** Eight ordinary runs before 2026-05-20, for length comparisons (median 8 km, 45 min; ~40 km a week). */
export const RECENT: Run[] = Array.from({ length: 8 }, (_, i) =>
  run({
    title: 'Morning Run',
    start: `2026-05-${String(5 + i * 2).padStart(2, '0')}T06:00:00Z`,
    distanceM: 7500 + (i % 3) * 500,
    movingS: 2600 + (i % 3) * 200,
    elapsedS: 2700 + (i % 3) * 200,
    avgHr: 145 + (i % 3),
    relativeEffort: 40 + (i % 4) * 5,
  }),
);

const DAY = '2026-05-20';
const DAY_MS = 86_400_000;
const daysBefore = (days: number, hourUtc = 6) =>
  new Date(Date.UTC(2026, 4, 20, hourUtc) - days * DAY_MS).toISOString();

/**
 * A run's steady part on 1 km auto-laps (or one long lap from a watch workout), then short fast strides, each
 * followed by a walk or jog back: the usual "easy run with strides".
 */
export function stridesLaps(o: {
  easyKm: number;
  easyPace: number;
  reps: number;
  strideS: number;
  stridePace: number;
  recoveryS: number;
  recoveryPace: number;
  /** Garmin workout labels; the steady part is labelled `easyLabel` (default warmup). */
  labels?: boolean;
  easyLabel?: 'warmup' | 'active';
  easyAsOneLap?: boolean;
  hr?: number;
}): Lap[] {
  const hr = o.hr ? { avgHr: o.hr } : {};
  const laps: Lap[] = o.easyAsOneLap
    ? [lap(o.easyKm, o.easyPace, { ...hr, ...(o.labels ? { intensity: o.easyLabel ?? 'warmup' } : {}) })]
    : steadyLaps(o.easyKm, o.easyPace, o.hr);
  for (let i = 0; i < o.reps; i += 1) {
    laps.push({
      distanceM: Math.round((o.strideS / o.stridePace) * 1000),
      movingS: o.strideS,
      ...(o.labels ? { intensity: 'active' as const } : {}),
    });
    laps.push({
      distanceM: Math.round((o.recoveryS / o.recoveryPace) * 1000),
      movingS: o.recoveryS,
      ...(o.labels ? { intensity: 'recovery' as const } : {}),
    });
  }
  laps.push(lap(0.5, o.easyPace * 1.05, o.labels ? { intensity: 'cooldown' } : {}));
  return laps;
}

/** Treadmill laps as some watches record them: time and heart rate, no distance. */
function treadmillLaps(o: {
  reps: number;
  workS: number;
  recoveryS: number;
  workHr: number;
  recoveryHr: number;
  labels?: boolean;
}): Lap[] {
  const label = (intensity: Lap['intensity']) => (o.labels ? { intensity } : {});
  const laps: Lap[] = [{ distanceM: 0, movingS: 600, avgHr: 136, ...label('warmup') }];
  for (let i = 0; i < o.reps; i += 1) {
    laps.push({ distanceM: 0, movingS: o.workS, avgHr: o.workHr + (i % 3), ...label('active') });
    if (i < o.reps - 1) {
      laps.push({ distanceM: 0, movingS: o.recoveryS, avgHr: o.recoveryHr + (i % 2), ...label('recovery') });
    }
  }
  laps.push({ distanceM: 0, movingS: 480, avgHr: 142, ...label('cooldown') });
  return laps;
}

/** Ten ordinary runs over the three weeks before DAY: the runner's usual pace, climb and heart rate. */
function history(o: {
  paceS: number;
  km?: number;
  gainPerKm?: number;
  hr?: number;
  maxHr?: number;
  extra?: Run[];
}): Run[] {
  const usual = Array.from({ length: 10 }, (_, i) => {
    const km = (o.km ?? 9) + (i % 3) - 1;
    const pace = o.paceS * (1 + 0.015 * ((i % 4) - 1.5));
    return run({
      title: 'Morning Run',
      start: daysBefore(1 + 2 * i),
      distanceM: km * 1000,
      movingS: Math.round(km * pace),
      elapsedS: Math.round(km * pace) + 90,
      ...(o.gainPerKm !== undefined
        ? { elevationGainM: Math.round(km * o.gainPerKm * (0.9 + 0.05 * (i % 4))) }
        : {}),
      ...(o.hr !== undefined ? { avgHr: o.hr + (i % 4) - 1 } : {}),
      ...(o.maxHr !== undefined ? { maxHr: o.maxHr + (i % 3) } : {}),
    });
  });
  return [...usual, ...(o.extra ?? [])];
}

/** A road runner at about 5:30/km with one long run and one interval session a week, no heart rate. */
const ROAD_HISTORY = history({
  paceS: 330,
  extra: [
    run({ title: 'Long run', start: daysBefore(4, 7), distanceM: 18000, movingS: 6300, elapsedS: 6400 }),
    run({ title: '6x800', start: daysBefore(6, 17), distanceM: 10000, movingS: 3000, elapsedS: 3300 }),
  ],
});
/** Usual runs with heart rate (about 145 bpm at 5:50/km). */
const HR_HISTORY = history({ paceS: 350, km: 8, hr: 145 });
const HILLY_HISTORY = history({ paceS: 345, gainPerKm: 27, hr: 146 });
const FLAT_HISTORY = history({ paceS: 345, gainPerKm: 4, hr: 146 });
const MARATHON = run({
  title: 'Hamburg Marathon',
  start: daysBefore(3, 7),
  distanceM: 42300,
  movingS: 12300,
  elapsedS: 12400,
  avgHr: 162,
  maxHr: 178,
  tags: { race: true },
});
const POST_MARATHON_HISTORY = [
  ...history({ paceS: 340, hr: 140, maxHr: 165 }).filter(
    (r) => Date.parse(r.start) < Date.parse(daysBefore(4)),
  ),
  MARATHON,
];

const STEADY_TEMPO_ON_AUTO_LAPS: Lap[] = [
  lap(1, 340, { avgHr: 138 }),
  lap(1, 336, { avgHr: 142 }),
  ...[259, 262, 258, 263, 259, 262, 257, 261].map((pace, i) => lap(1, pace, { avgHr: 162 + (i % 3) })),
  lap(1, 345, { avgHr: 150 }),
  lap(1, 350, { avgHr: 146 }),
];

const progression = (from: number, to: number, km: number): Lap[] =>
  Array.from({ length: km }, (_, i) => lap(1, from + ((to - from) * i) / (km - 1)));

const COACH_CASES: CorpusCase[] = [
  // Strides on easy runs: short fast reps with long or walking recoveries and little total work stay easy.
  {
    name: 'Strides: "Easy 8k + strides", strides on the lap button',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-en',
        title: 'Easy 8k + strides',
        sport: 'run',
        start: `${DAY}T07:00:00Z`,
      },
      stridesLaps({
        easyKm: 7,
        easyPace: 335,
        reps: 6,
        strideS: 20,
        stridePace: 200,
        recoveryS: 90,
        recoveryPace: 420,
        hr: 140,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Garmin workout, easy 40 min then 6 × 20 s ACTIVE / 60 s walking RECOVERY, TE 2.5',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-str-1',
        title: 'Running',
        sport: 'run',
        start: `${DAY}T06:30:00Z`,
        trainingEffect: { aerobic: 2.5, anaerobic: 0.9 },
      },
      stridesLaps({
        easyKm: 7.2,
        easyPace: 335,
        reps: 6,
        strideS: 20,
        stridePace: 210,
        recoveryS: 60,
        recoveryPace: 900,
        labels: true,
        easyAsOneLap: true,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: German "Lockerer Lauf mit Steigerungen", Garmin labels with the easy part ACTIVE',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-str-de',
        title: 'Lockerer Lauf mit Steigerungen',
        sport: 'run',
        start: `${DAY}T17:30:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 330,
        reps: 5,
        strideS: 25,
        stridePace: 205,
        recoveryS: 75,
        recoveryPace: 480,
        labels: true,
        easyLabel: 'active',
        easyAsOneLap: true,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: German "Dauerlauf + 5 Steigerungsläufe", no labels',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-de2',
        title: 'Dauerlauf + 5 Steigerungsläufe',
        sport: 'run',
        start: `${DAY}T17:30:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 330,
        reps: 5,
        strideS: 30,
        stridePace: 210,
        recoveryS: 90,
        recoveryPace: 450,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Spanish "Rodaje + 6 rectas" with walking recoveries',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-es',
        title: 'Rodaje + 6 rectas',
        sport: 'run',
        start: `${DAY}T19:00:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 340,
        reps: 6,
        strideS: 20,
        stridePace: 205,
        recoveryS: 60,
        recoveryPace: 1000,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Spanish "Rodaje con progresivos", Garmin labels',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-str-es',
        title: 'Rodaje con progresivos',
        sport: 'run',
        start: `${DAY}T19:00:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 340,
        reps: 6,
        strideS: 30,
        stridePace: 220,
        recoveryS: 90,
        recoveryPace: 450,
        labels: true,
        easyAsOneLap: true,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: French "Footing + lignes droites"',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-fr',
        title: 'Footing + lignes droites',
        sport: 'run',
        start: `${DAY}T18:30:00Z`,
      },
      stridesLaps({
        easyKm: 7,
        easyPace: 345,
        reps: 8,
        strideS: 20,
        stridePace: 215,
        recoveryS: 60,
        recoveryPace: 480,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: French "Footing 45\' + 8 accélérations" with walks back',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-fr2',
        title: "Footing 45' + 8 accélérations",
        sport: 'run',
        start: `${DAY}T18:30:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 340,
        reps: 8,
        strideS: 15,
        stridePace: 200,
        recoveryS: 45,
        recoveryPace: 1100,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Italian "Corsa lenta + allunghi", Garmin labels with the easy part ACTIVE',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-str-it',
        title: 'Corsa lenta + allunghi',
        sport: 'run',
        start: `${DAY}T18:30:00Z`,
      },
      stridesLaps({
        easyKm: 9,
        easyPace: 345,
        reps: 6,
        strideS: 20,
        stridePace: 210,
        recoveryS: 60,
        recoveryPace: 600,
        labels: true,
        easyLabel: 'active',
        easyAsOneLap: true,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Dutch "Rustige duurloop + versnellingen"',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-nl',
        title: 'Rustige duurloop + versnellingen',
        sport: 'run',
        start: `${DAY}T18:30:00Z`,
      },
      stridesLaps({
        easyKm: 8,
        easyPace: 335,
        reps: 5,
        strideS: 25,
        stridePace: 210,
        recoveryS: 75,
        recoveryPace: 450,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: Dutch "Rustig + 6 strides", Garmin labels',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-str-nl',
        title: 'Rustig + 6 strides',
        sport: 'run',
        start: `${DAY}T18:30:00Z`,
      },
      stridesLaps({
        easyKm: 7,
        easyPace: 340,
        reps: 6,
        strideS: 20,
        stridePace: 205,
        recoveryS: 70,
        recoveryPace: 700,
        labels: true,
        easyAsOneLap: true,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides with a default title: 6 × 30 s with walking recoveries after 8 easy km',
    run: fromLaps(
      { source: 'strava', id: 's-str-none', title: 'Morning Run', sport: 'run', start: `${DAY}T06:00:00Z` },
      stridesLaps({
        easyKm: 8,
        easyPace: 335,
        reps: 6,
        strideS: 30,
        stridePace: 215,
        recoveryS: 90,
        recoveryPace: 1000,
        hr: 141,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides: "Easy 10k w/ 8x100m strides"',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-str-100',
        title: 'Easy 10k w/ 8x100m strides',
        sport: 'run',
        start: `${DAY}T06:00:00Z`,
      },
      stridesLaps({
        easyKm: 10,
        easyPace: 330,
        reps: 8,
        strideS: 18,
        stridePace: 180,
        recoveryS: 60,
        recoveryPace: 450,
      }),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides in the title only: "Easy + strides", no laps',
    run: run({
      title: 'Easy + strides',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 2900,
      movingS: 2800,
      distanceM: 8400,
    }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strides in the title only: German "Steigerungen", no laps',
    run: run({
      title: 'Steigerungen',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 2900,
      movingS: 2800,
      distanceM: 8400,
    }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  // Controls: real short-rep sessions stay intervals.
  {
    name: 'Control: 8 × 400 m from laps, default title',
    run: fromLaps(
      { source: 'strava', id: 's-8x400', title: 'Afternoon Run', sport: 'run', start: `${DAY}T17:00:00Z` },
      intervalLaps({ reps: 8, workM: 400, workPace: 210, recoveryS: 90, recoveryPace: 420 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: 8 × 400 m, Garmin ACTIVE/RECOVERY with walking recoveries',
    run: fromLaps(
      { source: 'garmin', id: 'g-8x400', title: 'Running', sport: 'run', start: `${DAY}T17:00:00Z` },
      intervalLaps({ reps: 8, workM: 400, workPace: 215, recoveryS: 120, recoveryPace: 700, labels: true }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: 15 × 30/30 from laps',
    run: fromLaps(
      { source: 'strava', id: 's-30-30', title: 'Lunch Run', sport: 'run', start: `${DAY}T12:00:00Z` },
      intervalLaps({ reps: 15, workM: 150, workPace: 200, recoveryS: 30, recoveryPace: 390 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: 15 × 30/30 with walking recoveries, Garmin labels (7.5 min of work)',
    run: fromLaps(
      { source: 'garmin', id: 'g-30-30', title: 'Running', sport: 'run', start: `${DAY}T12:00:00Z` },
      intervalLaps({ reps: 15, workM: 150, workPace: 200, recoveryS: 30, recoveryPace: 700, labels: true }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: "Control: 10 × 1'/1' from laps",
    run: fromLaps(
      { source: 'strava', id: 's-1-1', title: 'Lunch Run', sport: 'run', start: `${DAY}T12:00:00Z` },
      intervalLaps({ reps: 10, workM: 270, workPace: 222, recoveryS: 60, recoveryPace: 400 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: "Control: 10 × 1'/1', Garmin labels",
    run: fromLaps(
      { source: 'garmin', id: 'g-1-1', title: 'Running', sport: 'run', start: `${DAY}T12:00:00Z` },
      intervalLaps({ reps: 10, workM: 270, workPace: 222, recoveryS: 60, recoveryPace: 420, labels: true }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: 12 × 200 m with 90 s jogs (7 min of fast running)',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-12x200',
        title: 'Evening Run',
        sport: 'track_run',
        start: `${DAY}T18:00:00Z`,
      },
      intervalLaps({ reps: 12, workM: 200, workPace: 180, recoveryS: 90, recoveryPace: 450 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: 5 × 1000 m followed by 4 strides',
    run: fromLaps(
      { source: 'strava', id: 's-5k-str', title: 'Evening Run', sport: 'run', start: `${DAY}T18:00:00Z` },
      [
        ...intervalLaps({ reps: 5, workM: 1000, workPace: 235, recoveryS: 120 }),
        ...stridesLaps({
          easyKm: 0,
          easyPace: 350,
          reps: 4,
          strideS: 20,
          stridePace: 200,
          recoveryS: 60,
          recoveryPace: 900,
        }),
      ],
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  // Pace, climb and progression relative to the runner.
  {
    name: 'Untagged 10K at race pace, no heart rate, usual pace 5:30/km',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T08:00:00Z`,
      distanceM: 10040,
      movingS: 2530,
      elapsedS: 2545,
    }),
    recent: ROAD_HISTORY,
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: 'Untagged 5K at race pace, no heart rate, usual pace 5:30/km',
    run: run({
      title: 'Evening Run',
      start: `${DAY}T18:00:00Z`,
      distanceM: 5020,
      movingS: 1240,
      elapsedS: 1250,
    }),
    recent: ROAD_HISTORY,
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: 'Control: 10 km at the usual pace with the same history',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T08:00:00Z`,
      distanceM: 10000,
      movingS: 3330,
      elapsedS: 3400,
    }),
    recent: ROAD_HISTORY,
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Progression run on 1 km auto-laps, 5:45 down to 4:22',
    run: fromLaps(
      { source: 'strava', id: 's-prog', title: 'Morning Run', sport: 'run', start: `${DAY}T06:00:00Z` },
      progression(345, 262, 10),
    ),
    recent: RECENT,
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Control: an easy run with a slight negative split (3 %)',
    run: fromLaps(
      { source: 'strava', id: 's-negsplit', title: 'Morning Run', sport: 'run', start: `${DAY}T06:00:00Z` },
      progression(350, 340, 10),
    ),
    recent: RECENT,
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Steady tempo on 1 km auto-laps (4:19 and 4:22 laps are jitter, not reps)',
    run: fromLaps(
      { source: 'strava', id: 's-auto-tempo', title: 'Lunch Run', sport: 'run', start: `${DAY}T12:00:00Z` },
      STEADY_TEMPO_ON_AUTO_LAPS,
    ),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Easy run in a hilly home town (28 m/km, as usual)',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      distanceM: 9000,
      movingS: 3120,
      elapsedS: 3200,
      elevationGainM: 250,
      avgHr: 145,
    }),
    recent: HILLY_HISTORY,
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Control: the same climb for a runner who lives on the flat',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      distanceM: 9000,
      movingS: 3120,
      elapsedS: 3200,
      elevationGainM: 250,
      avgHr: 148,
    }),
    recent: FLAT_HISTORY,
    expect: { effort: 'hard', kind: 'hills' },
  },
  {
    name: 'Control: a hilly-town runner goes looking for hills (65 m/km)',
    run: run({
      title: 'Afternoon Run',
      start: `${DAY}T16:00:00Z`,
      distanceM: 8000,
      movingS: 3300,
      elapsedS: 3500,
      elevationGainM: 520,
    }),
    recent: HILLY_HISTORY,
    expect: { effort: 'hard', kind: 'hills' },
  },
  // Heart rate with zones.
  {
    name: 'New user born 1988, 45 min at 172 bpm (max 188), no history',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      distanceM: 9800,
      movingS: 2700,
      elapsedS: 2760,
      avgHr: 172,
      maxHr: 188,
    }),
    profile: { birthYear: 1988 },
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'New user with max HR 190 set, 45 min at 172 bpm, no history',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T06:00:00Z`,
      distanceM: 9800,
      movingS: 2700,
      elapsedS: 2760,
      avgHr: 172,
      maxHr: 186,
    }),
    profile: { maxHr: 190 },
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Control: new user with max HR 192 set, 45 min at 138 bpm',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      distanceM: 7600,
      movingS: 2700,
      elapsedS: 2760,
      avgHr: 138,
      maxHr: 152,
    }),
    profile: { maxHr: 192 },
    expect: { effort: 'easy', kind: 'easy', askFeltHard: false },
  },
  {
    name: 'Recovery jog three days after a marathon, heart rate 12 bpm above usual',
    run: run({
      title: 'Recovery jog',
      start: `${DAY}T07:00:00Z`,
      distanceM: 5600,
      movingS: 2100,
      elapsedS: 2160,
      avgHr: 152,
      maxHr: 160,
    }),
    recent: POST_MARATHON_HISTORY,
    expect: { effort: 'easy', kind: 'recovery', askFeltHard: true },
  },
  {
    name: '"Easy run" at 92 % of an age-estimated max HR: easy, and ask',
    run: run({
      title: 'Easy run',
      start: `${DAY}T07:00:00Z`,
      distanceM: 7500,
      movingS: 2520,
      elapsedS: 2600,
      avgHr: 162,
      maxHr: 171,
    }),
    profile: { birthYear: 1980 },
    expect: { effort: 'easy', kind: 'easy', askFeltHard: true },
  },
  {
    name: 'Control: an ordinary run at the usual heart rate does not ask',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      distanceM: 8000,
      movingS: 2800,
      elapsedS: 2900,
      avgHr: 146,
    }),
    recent: HR_HISTORY,
    expect: { effort: 'easy', kind: 'easy', askFeltHard: false },
  },
  {
    name: 'Heart rate 15 bpm above usual and pace 12 % faster, default title',
    run: run({
      title: 'Evening Run',
      start: `${DAY}T18:00:00Z`,
      distanceM: 9000,
      movingS: 2770,
      elapsedS: 2850,
      avgHr: 160,
    }),
    recent: HR_HISTORY,
    expect: { effort: 'hard', kind: 'tempo' },
  },
  // Training effect, race words and abbreviations.
  {
    name: 'Garmin "Intervalle 6x800" with aerobic TE 2.6 and a base label',
    run: run({
      source: 'garmin',
      title: 'Intervalle 6x800',
      start: `${DAY}T17:30:00Z`,
      distanceM: 9500,
      elapsedS: 3300,
      trainingEffect: { aerobic: 2.6, anaerobic: 1.2, label: 'AEROBIC_BASE' },
    }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Garmin "Tempo 8 km" with aerobic TE 2.8',
    run: run({
      source: 'garmin',
      title: 'Tempo 8 km',
      start: `${DAY}T17:30:00Z`,
      distanceM: 11500,
      elapsedS: 3600,
      trainingEffect: { aerobic: 2.8 },
    }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Jogged parkrun: slower than usual, heart rate easy',
    run: run({
      title: 'parkrun #150',
      start: `${DAY}T08:00:00Z`,
      distanceM: 5000,
      movingS: 1980,
      elapsedS: 2000,
      avgHr: 128,
    }),
    recent: HR_HISTORY,
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Jogged charity race with a child, heart rate easy',
    run: run({
      title: 'Charity race with my son',
      start: `${DAY}T10:00:00Z`,
      distanceM: 4000,
      movingS: 1800,
      elapsedS: 1900,
      avgHr: 122,
    }),
    recent: HR_HISTORY,
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Control: parkrun raced, much faster than usual',
    run: run({
      title: 'parkrun #151',
      start: `${DAY}T08:00:00Z`,
      distanceM: 5000,
      movingS: 1300,
      elapsedS: 1310,
      avgHr: 171,
    }),
    recent: HR_HISTORY,
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: '"Run with Lt. Harris" is not threshold',
    run: run({ title: 'Run with Lt. Harris', start: `${DAY}T06:00:00Z`, distanceM: 8000, elapsedS: 2900 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: '"Vilnius, LT" is a place, not threshold',
    run: run({ title: 'Vilnius, LT', start: `${DAY}T06:00:00Z`, distanceM: 8000, elapsedS: 2900 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: '"LT intervals 4x8\'" is a threshold session',
    run: run({ title: "LT intervals 4x8'", start: `${DAY}T18:00:00Z`, distanceM: 11000, elapsedS: 3500 }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: '"2x15\' LT" is a threshold session',
    run: run({ title: "2x15' LT", start: `${DAY}T18:00:00Z`, distanceM: 12000, elapsedS: 3700 }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  // Treadmill laps without distance.
  {
    name: 'Garmin treadmill 8 × 1 min ACTIVE/RECOVERY, laps without distance',
    run: {
      ...fromLaps(
        {
          source: 'garmin',
          id: 'g-tm-1',
          title: 'Treadmill Running',
          sport: 'treadmill_run',
          start: `${DAY}T12:00:00Z`,
        },
        treadmillLaps({ reps: 8, workS: 60, recoveryS: 60, workHr: 166, recoveryHr: 150, labels: true }),
      ),
      distanceM: 6500,
    },
    expect: { effort: 'hard', kind: 'intervals', reasonIncludes: '8 × 1 min' },
  },
  {
    name: 'Treadmill 6 × 3 min from heart rate alone, laps without distance or labels',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-tm-2',
        title: 'Treadmill',
        sport: 'treadmill_run',
        start: `${DAY}T12:00:00Z`,
      },
      treadmillLaps({ reps: 6, workS: 180, recoveryS: 120, workHr: 168, recoveryHr: 148 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Control: easy treadmill run with laps without distance',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-tm-3',
        title: 'Treadmill',
        sport: 'treadmill_run',
        start: `${DAY}T12:00:00Z`,
      },
      [138, 141, 139, 143, 140, 142].map((avgHr) => ({ distanceM: 0, movingS: 480, avgHr })),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
];

const BASE_CASES: CorpusCase[] = [
  // Declared on the site
  {
    name: 'Strava race tag on a 10K',
    run: run({
      title: 'Sunday 10K',
      start: `${DAY}T08:00:00Z`,
      elapsedS: 2520,
      movingS: 2500,
      distanceM: 10000,
      tags: { race: true },
    }),
    expect: { effort: 'hard', kind: 'race', confidence: 'high' },
  },
  {
    name: 'Strava long-run tag on an 80-minute run with a default title',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 4900,
      movingS: 4800,
      distanceM: 15000,
      tags: { longRun: true },
    }),
    expect: { effort: 'hard', kind: 'long', confidence: 'high' },
  },
  {
    name: 'Strava workout tag with 6 × 1 km in the laps',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-wk-1',
        title: 'Lunch Run',
        sport: 'run',
        start: `${DAY}T11:00:00Z`,
        tags: { workout: true },
      },
      intervalLaps({ reps: 6, workM: 1000, workPace: 235, recoveryS: 120 }),
    ),
    expect: { effort: 'hard', kind: 'intervals', confidence: 'high' },
  },
  {
    name: 'Strava workout tag with a tempo title and no laps',
    run: run({
      title: 'Tempo Tuesday',
      start: `${DAY}T17:00:00Z`,
      elapsedS: 3300,
      distanceM: 11000,
      tags: { workout: true },
    }),
    expect: { effort: 'hard', kind: 'tempo', confidence: 'high' },
  },
  {
    name: 'Strava workout tag and nothing else',
    run: run({
      title: 'Evening Run',
      start: `${DAY}T18:00:00Z`,
      elapsedS: 3000,
      distanceM: 10000,
      tags: { workout: true },
    }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Garmin race event (mapped to the race tag)',
    run: run({
      source: 'garmin',
      title: 'Stadtlauf Leipzig',
      start: `${DAY}T09:00:00Z`,
      elapsedS: 2900,
      distanceM: 10000,
      tags: { race: true },
    }),
    expect: { effort: 'hard', kind: 'race', confidence: 'high' },
  },
  {
    name: 'Manual entry marked as a race',
    run: run({
      source: 'manual',
      title: 'Club champs 5000 m',
      sport: 'track_run',
      start: `${DAY}T19:00:00Z`,
      elapsedS: 1100,
      distanceM: 5000,
      tags: { race: true },
    }),
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: 'Strava 2026 recovery tag on a default-titled 35-minute run',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T07:00:00Z`,
      elapsedS: 2160,
      movingS: 2100,
      distanceM: 6000,
      tags: { recovery: true },
    }),
    expect: {
      effort: 'easy',
      kind: 'recovery',
      confidence: 'high',
      reasonIncludes: 'You marked it as a recovery run on Strava',
    },
  },
  {
    name: 'Strava recovery tag outweighs a "Tempo run" title left over from a copied activity',
    run: run({
      title: 'Tempo run',
      start: `${DAY}T17:30:00Z`,
      elapsedS: 2500,
      distanceM: 7500,
      tags: { recovery: true },
    }),
    expect: { effort: 'easy', kind: 'recovery', reasonIncludes: 'the recovery tag outweighs it' },
  },
  // Ordinary easy running
  {
    name: 'Default title, 45 min flat and steady with laps',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-easy-1',
        title: 'Morning Run',
        sport: 'run',
        start: `${DAY}T06:00:00Z`,
        elevationGainM: 35,
        avgHr: 142,
      },
      steadyLaps(8, 330, 142),
    ),
    expect: { effort: 'easy', kind: 'easy', confidence: 'medium' },
  },
  {
    name: 'Easy 8k',
    run: run({ title: 'Easy 8k', start: `${DAY}T07:00:00Z`, elapsedS: 2800, movingS: 2750, distanceM: 8000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Recovery jog',
    run: run({ title: 'Recovery jog', start: `${DAY}T07:00:00Z`, elapsedS: 1900, distanceM: 5000 }),
    expect: { effort: 'easy', kind: 'recovery' },
  },
  {
    name: 'Shakeout before a race (race word in the title)',
    run: run({
      title: 'Shakeout before the race',
      start: `${DAY}T07:00:00Z`,
      elapsedS: 1300,
      distanceM: 4000,
    }),
    expect: { effort: 'easy', kind: 'recovery' },
  },
  {
    name: 'Treadmill easy run without distance',
    run: run({ title: 'Treadmill run', sport: 'treadmill_run', start: `${DAY}T12:00:00Z`, elapsedS: 2400 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Easy parkrun jogged with a child',
    run: run({
      title: 'Easy parkrun with my daughter',
      start: `${DAY}T08:00:00Z`,
      elapsedS: 2100,
      distanceM: 5000,
    }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Garmin aerobic-base label, TE 2.6, 50 min',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T06:30:00Z`,
      elapsedS: 3000,
      distanceM: 9000,
      trainingEffect: { aerobic: 2.6, anaerobic: 0.3, label: 'AEROBIC_BASE' },
    }),
    expect: { effort: 'easy', kind: 'easy', confidence: 'high' },
  },
  {
    name: 'Garmin recovery label, TE 1.2',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T06:30:00Z`,
      elapsedS: 1800,
      distanceM: 5000,
      trainingEffect: { aerobic: 1.2, label: 'RECOVERY' },
    }),
    expect: { effort: 'easy', kind: 'recovery' },
  },
  {
    name: 'Garmin auto-laps all ACTIVE (no recoveries) on an easy run',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-auto',
        title: 'Running',
        sport: 'run',
        start: `${DAY}T06:30:00Z`,
        trainingEffect: { aerobic: 2.4 },
      },
      steadyLaps(9, 335).map((l) => ({ ...l, intensity: 'active' as const })),
    ),
    expect: { effort: 'easy', kind: 'easy' },
  },
  // Structure in the laps
  {
    name: '10 × 400 m on the track from laps and title',
    run: fromLaps(
      {
        source: 'strava',
        id: 's-400s',
        title: '10×400m at the track',
        sport: 'track_run',
        start: `${DAY}T18:00:00Z`,
      },
      intervalLaps({ reps: 10, workM: 400, workPace: 210, recoveryS: 90, recoveryPace: 420 }),
    ),
    expect: { effort: 'hard', kind: 'intervals', confidence: 'high' },
  },
  {
    name: 'Title says easy but the laps show intervals',
    run: fromLaps(
      { source: 'strava', id: 's-sneaky', title: 'Easy run', sport: 'run', start: `${DAY}T18:00:00Z` },
      intervalLaps({ reps: 5, workM: 1000, workPace: 240, recoveryS: 150 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Intervals with standing recoveries',
    run: fromLaps(
      { source: 'strava', id: 's-standing', title: 'Afternoon Run', sport: 'run', start: `${DAY}T15:00:00Z` },
      intervalLaps({ reps: 6, workM: 800, workPace: 225, recoveryS: 90, recoveryPace: 9000 }),
    ),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Tempo block between warm-up and cool-down with heart rate',
    run: fromLaps(
      { source: 'strava', id: 's-tempo', title: 'Afternoon Run', sport: 'run', start: `${DAY}T15:00:00Z` },
      [
        lap(1, 345, { avgHr: 135 }),
        lap(1, 340, { avgHr: 138 }),
        ...Array.from({ length: 6 }, (_, i) => lap(1, 275 * wobble(i) ** 0.3, { avgHr: 166 })),
        lap(1, 350, { avgHr: 145 }),
        lap(1, 355, { avgHr: 140 }),
      ],
    ),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Garmin interval workout: 8 × 800 m ACTIVE/RECOVERY, TE 4.1 with VO2 max message',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-8x800',
        title: 'Running',
        sport: 'run',
        start: `${DAY}T17:30:00Z`,
        trainingEffect: { aerobic: 4.1, anaerobic: 2.8, label: 'HIGHLY_IMPROVING_VO2_MAX_16' },
      },
      intervalLaps({ reps: 8, workM: 800, workPace: 228, recoveryS: 180, labels: true }),
    ),
    expect: { effort: 'hard', kind: 'intervals', confidence: 'high' },
  },
  {
    name: 'Garmin tempo label, TE 3.5',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T17:30:00Z`,
      elapsedS: 3000,
      distanceM: 10500,
      trainingEffect: { aerobic: 3.5, anaerobic: 1.1, label: 'TEMPO' },
    }),
    expect: { effort: 'hard', kind: 'tempo', confidence: 'high' },
  },
  {
    name: 'Garmin TE 3.4 with no label and no structure',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T17:30:00Z`,
      elapsedS: 4200,
      distanceM: 14000,
      trainingEffect: { aerobic: 3.4, anaerobic: 0.8 },
    }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Garmin base label but 105 minutes and TE 3.1: a long run',
    run: run({
      source: 'garmin',
      title: 'Running',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 6400,
      movingS: 6300,
      distanceM: 18500,
      trainingEffect: { aerobic: 3.1, label: 'AEROBIC_BASE' },
    }),
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: 'Garmin hill repeats: uphill ACTIVE laps with RECOVERY jogs down',
    run: fromLaps(
      {
        source: 'garmin',
        id: 'g-hills',
        title: 'Running',
        sport: 'run',
        start: `${DAY}T17:00:00Z`,
        trainingEffect: { aerobic: 3.6 },
      },
      intervalLaps({
        reps: 8,
        workM: 300,
        workPace: 330,
        recoveryS: 150,
        recoveryPace: 420,
        labels: true,
        workGainM: 27,
      }),
    ),
    expect: { effort: 'hard', kind: 'hills' },
  },
  // Hills and long runs from the shape of the run
  {
    name: 'Trail run, 11 km with 650 m of climbing in 75 minutes',
    run: run({
      title: 'Trail with friends',
      sport: 'trail_run',
      start: `${DAY}T08:00:00Z`,
      elapsedS: 4700,
      movingS: 4500,
      distanceM: 11000,
      elevationGainM: 650,
    }),
    expect: { effort: 'hard', kind: 'hills' },
  },
  {
    name: 'Garmin trail run with a big climb (700 m over 10 km)',
    run: run({
      source: 'garmin',
      title: 'Trail Running',
      sport: 'trail_run',
      start: `${DAY}T08:00:00Z`,
      elapsedS: 4300,
      distanceM: 10000,
      elevationGainM: 700,
      trainingEffect: { aerobic: 2.9 },
    }),
    expect: { effort: 'hard', kind: 'hills' },
  },
  {
    name: 'Mountain trail run of 2 h 30 min',
    run: run({
      title: 'Col loop',
      sport: 'trail_run',
      start: `${DAY}T07:00:00Z`,
      elapsedS: 9300,
      movingS: 9000,
      distanceM: 21000,
      elevationGainM: 1400,
    }),
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: '95 minutes with a default title',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 5800,
      movingS: 5700,
      distanceM: 17000,
    }),
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: '16 km in 78 min: twice the usual run and over a quarter of the week',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 4800,
      movingS: 4700,
      distanceM: 16000,
    }),
    recent: RECENT,
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: 'The same 16 km without recent runs to compare: easy',
    run: run({
      title: 'Morning Run',
      start: `${DAY}T06:00:00Z`,
      elapsedS: 4800,
      movingS: 4700,
      distanceM: 16000,
    }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Manual long run without distance, 1 h 45 min',
    run: run({ source: 'manual', title: 'Long run', start: `${DAY}T07:00:00Z`, elapsedS: 6300 }),
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: 'Manual easy 30 minutes',
    run: run({ source: 'manual', title: 'Easy', start: `${DAY}T07:00:00Z`, elapsedS: 1800 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Strava Relative Effort far above usual, nothing else',
    run: run({
      title: 'Evening Run',
      start: `${DAY}T18:00:00Z`,
      elapsedS: 3000,
      distanceM: 10000,
      relativeEffort: 160,
    }),
    recent: RECENT,
    expect: { effort: 'hard', kind: 'tempo' },
  },
  // Races without a tag
  {
    name: 'Untagged marathon (3 h 30 min): the title says race',
    run: run({
      title: 'Berlin Marathon 🎉',
      start: `${DAY}T07:15:00Z`,
      elapsedS: 12700,
      movingS: 12600,
      distanceM: 42300,
    }),
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: 'Untagged parkrun',
    run: run({ title: 'parkrun #312', start: `${DAY}T08:00:00Z`, elapsedS: 1320, distanceM: 5000 }),
    expect: { effort: 'hard', kind: 'race' },
  },
  {
    name: 'Untagged Spanish half marathon',
    run: run({
      title: 'Media Maratón de Valencia',
      start: `${DAY}T07:30:00Z`,
      elapsedS: 5600,
      distanceM: 21100,
    }),
    expect: { effort: 'hard', kind: 'race' },
  },
  // Titles in other languages
  {
    name: 'German intervals "Intervalle 5x1000m"',
    run: run({ title: 'Intervalle 5x1000m', start: `${DAY}T17:00:00Z`, elapsedS: 3300, distanceM: 10000 }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'German easy "Lockerer Dauerlauf"',
    run: run({ title: 'Lockerer Dauerlauf', start: `${DAY}T17:00:00Z`, elapsedS: 3000, distanceM: 9000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'German hills "Bergsprints am Hang"',
    run: run({
      title: 'Bergsprints am Hang',
      start: `${DAY}T17:00:00Z`,
      elapsedS: 2700,
      distanceM: 7000,
      elevationGainM: 90,
    }),
    expect: { effort: 'hard', kind: 'hills' },
  },
  {
    name: 'French long run "Sortie longue" of 1 h 40',
    run: run({
      title: 'Sortie longue du dimanche',
      start: `${DAY}T07:00:00Z`,
      elapsedS: 6000,
      distanceM: 18000,
    }),
    expect: { effort: 'hard', kind: 'long' },
  },
  {
    name: 'French intervals "Fractionné 10x400"',
    run: run({ title: 'Fractionné 10x400', start: `${DAY}T18:30:00Z`, elapsedS: 3000, distanceM: 9000 }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'French recovery "Footing de récupération"',
    run: run({
      title: 'Footing de récupération',
      start: `${DAY}T18:30:00Z`,
      elapsedS: 2100,
      distanceM: 5500,
    }),
    expect: { effort: 'easy', kind: 'recovery' },
  },
  {
    name: 'Spanish intervals "Series 6x1000"',
    run: run({ title: 'Series 6x1000', start: `${DAY}T19:00:00Z`, elapsedS: 3400, distanceM: 11000 }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Spanish easy "Rodaje suave"',
    run: run({ title: 'Rodaje suave', start: `${DAY}T19:00:00Z`, elapsedS: 2700, distanceM: 8000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Dutch tempo "Drempeltraining"',
    run: run({ title: 'Drempeltraining', start: `${DAY}T19:00:00Z`, elapsedS: 3300, distanceM: 11000 }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  {
    name: 'Dutch recovery "Herstelloop"',
    run: run({ title: 'Herstelloop', start: `${DAY}T19:00:00Z`, elapsedS: 1800, distanceM: 5000 }),
    expect: { effort: 'easy', kind: 'recovery' },
  },
  {
    name: 'Italian hill repeats "Ripetute in salita"',
    run: run({
      title: 'Ripetute in salita',
      start: `${DAY}T19:00:00Z`,
      elapsedS: 3000,
      distanceM: 8000,
      elevationGainM: 120,
    }),
    expect: { effort: 'hard', kind: 'hills' },
  },
  {
    name: 'Italian default title "Corsa mattutina"',
    run: run({ title: 'Corsa mattutina', start: `${DAY}T06:00:00Z`, elapsedS: 2700, distanceM: 8000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Zwift virtual run "5x3min"',
    run: run({
      title: 'Zwift - 5x3min at 5k pace',
      sport: 'virtual_run',
      start: `${DAY}T19:00:00Z`,
      elapsedS: 2700,
      distanceM: 8500,
    }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Treadmill intervals "Treadmill 5 x 1k"',
    run: run({
      title: 'Treadmill 5 x 1k',
      sport: 'treadmill_run',
      start: `${DAY}T12:00:00Z`,
      elapsedS: 3000,
      distanceM: 9500,
    }),
    expect: { effort: 'hard', kind: 'intervals' },
  },
  {
    name: 'Marathon-pace run (a race word that is not a race)',
    run: run({ title: 'Marathon pace 14k', start: `${DAY}T06:00:00Z`, elapsedS: 3700, distanceM: 14000 }),
    expect: { effort: 'hard', kind: 'tempo' },
  },
  // Edge cases
  {
    name: 'Run crossing midnight, 40 minutes',
    run: run({ title: 'Midnight run', start: '2026-05-20T23:40:00+02:00', elapsedS: 2400, distanceM: 7000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Run over the spring DST change in Berlin',
    run: run({ title: 'Night owl run', start: '2026-03-29T00:40:00Z', elapsedS: 3000, distanceM: 9000 }),
    expect: { effort: 'easy', kind: 'easy' },
  },
  {
    name: 'Garbage numbers and an empty title',
    run: run({ title: '', start: 'not a date', elapsedS: Number.NaN, distanceM: -5, avgHr: 900 }),
    expect: { effort: 'easy', kind: 'easy', confidence: 'low' },
  },
  {
    name: 'Laps that do not add up to the run',
    run: {
      ...fromLaps(
        {
          source: 'strava',
          id: 's-broken-laps',
          title: 'Lunch Run',
          sport: 'run',
          start: `${DAY}T11:00:00Z`,
        },
        intervalLaps({ reps: 6, workM: 400, workPace: 220, recoveryS: 60, warmKm: 0.5 }),
      ),
      distanceM: 15000,
    },
    expect: { effort: 'hard', kind: 'intervals', confidence: 'low' },
  },
  {
    name: "Someone else's race (still classified; planDay ignores it)",
    run: run({
      title: 'Boston Marathon',
      start: `${DAY}T14:00:00Z`,
      elapsedS: 11000,
      distanceM: 42200,
      ownedByViewer: false,
      tags: { race: true },
    }),
    expect: { effort: 'hard', kind: 'race' },
  },
];

export const CORPUS: CorpusCase[] = [...BASE_CASES, ...COACH_CASES];
