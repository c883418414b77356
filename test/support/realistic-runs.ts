// Runs shaped like the ones HardDay's readers store (ids, URLs, titles, per-km laps with heart rate and climb,
// Garmin training effect, Strava relative effort, decimals as the sites send them), deterministic from a seed. Used to
// measure bytes per stored run, the 4,000-run quota test and the version-1 export fixture.
import type { Lap, Run, StrengthEntry } from '../../utils/core/types';

const DAY_MS = 86_400_000;

/** A small seeded generator (mulberry32): the same seed gives the same history on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

const EASY_TITLES = [
  'Morning Run',
  'Lunch Run',
  'Evening Run',
  'Easy 10k with 6 strides at the end',
  'Recovery jog along the canal',
  'Shakeout',
  'Commute home the long way round',
];
const HARD_TITLES = [
  '6 x 1 km @ 10k pace, 90 s jog',
  'Tempo 3 x 10 min',
  'Long run with the Sunday crew, river loop and the big hill twice',
  'Hill reps 10 x 45 s',
  'Parkrun',
  'Track: 12 x 400 m',
];

/** `count` runs ending at `endMs`, spread evenly over `days` (two a day for ~2,000 days is five years of doubles). */
export function realisticRuns(count: number, endMs: number, days: number, seed = 1): Run[] {
  const random = seeded(seed);
  const runs: Run[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = Math.floor(((count - 1 - i) * days) / count);
    const morning = i % 2 === 0;
    const startMs =
      endMs - day * DAY_MS - (morning ? 12 : 2) * 3_600_000 + Math.floor(random() * 1800) * 1000;
    const garmin = random() < 0.3;
    const hard = random() < 0.25;
    const km = hard ? 8 + Math.floor(random() * 14) : 5 + Math.floor(random() * 8);
    const paceS = (hard ? 250 : 320) + random() * 40;
    const laps: Lap[] = Array.from({ length: km }, (_, lap) => ({
      distanceM: lap === km - 1 ? round1(400 + random() * 600) : 1000,
      movingS: round1(paceS + random() * 20 - 10),
      elevationGainM: round1(random() * 15),
      avgHr: round1((hard ? 160 : 140) + random() * 12),
      ...(garmin ? { intensity: hard && lap % 2 ? ('interval' as const) : ('active' as const) } : {}),
    }));
    const distanceM = round1(laps.reduce((sum, lap) => sum + lap.distanceM, 0));
    const movingS = Math.round(laps.reduce((sum, lap) => sum + lap.movingS, 0));
    const id = String((garmin ? 19_000_000_000 : 16_000_000_000) + i * 7919);
    const titles = hard ? HARD_TITLES : EASY_TITLES;
    runs.push({
      source: garmin ? 'garmin' : 'strava',
      id,
      url: garmin
        ? `https://connect.garmin.com/modern/activity/${id}`
        : `https://www.strava.com/activities/${id}`,
      title: titles[Math.floor(random() * titles.length)]!,
      sport: random() < 0.1 ? 'trail_run' : 'run',
      start: new Date(startMs).toISOString(),
      elapsedS: movingS + Math.floor(random() * 300),
      movingS,
      distanceM,
      elevationGainM: round1(laps.reduce((sum, lap) => sum + (lap.elevationGainM ?? 0), 0)),
      avgHr: round1((hard ? 158 : 141) + random() * 6),
      maxHr: Math.round((hard ? 178 : 158) + random() * 8),
      ...(hard && random() < 0.5 ? { tags: { workout: true } } : {}),
      ...(garmin
        ? {
            trainingEffect: {
              aerobic: round1(hard ? 3.5 + random() : 2.2 + random()),
              anaerobic: round1(hard ? 1.5 + random() * 2 : random()),
              label: hard ? 'VO2MAX' : 'BASE',
            },
          }
        : { relativeEffort: Math.round((hard ? 90 : 30) + random() * 40) }),
      laps,
      ownedByViewer: true,
    });
  }
  return runs.sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}

/** A strength session two hours after most hard runs (rated now and then), and a skipped one after some. */
export function realisticLog(runs: readonly Run[], seed = 2): StrengthEntry[] {
  const random = seeded(seed);
  return runs
    .filter((run) => run.tags?.workout || /x|Tempo|Long|Hill|Track/.test(run.title))
    .map((run): StrengthEntry => {
      const done = random() < 0.85;
      return {
        date: new Date(Date.parse(run.start) + 2 * 3_600_000).toISOString(),
        sessionId: done ? 's1-L2-intervals-strength-w2627' : 's1-L2-mobility-w2627',
        runId: `${run.source}:${run.id}`,
        status: done ? 'done' : 'skipped',
        ...(done && random() < 0.5 ? { rpe: 4 + Math.floor(random() * 5) } : {}),
      };
    })
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
