// A labelled corpus of realistic runs (Strava, Garmin, manual; six languages; edge cases) with the effort and kind
// a coach would give them. Lap builders produce the shapes the site readers hand to the core.

import type { Classification, Lap, Run, RunKind } from '../../utils/core/types';

export interface CorpusCase {
  name: string;
  run: Run;
  recent?: Run[];
  expect: { effort: Classification['effort']; kind: RunKind; confidence?: Classification['confidence'] };
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

export const CORPUS: CorpusCase[] = [
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
