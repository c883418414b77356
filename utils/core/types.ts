// The public shapes of HardDay's pure core (contract in DESIGN.md). Extend freely; never rename a field
// without updating every caller. Everything the runner reads is a Message (key + typed values, message.ts).

import type { Message } from './message';

export type { Message, MessageValue } from './message';

import type { UsualWeek } from './usual-day';

/**
 * The sites HardDay reads runs from, written once. Runs carry the id as their source, so it lives here in the core;
 * everything else about a site is in utils/sites (its registry must have an entry for each id).
 */
export const SITE_IDS = ['strava', 'garmin'] as const;
export type SiteId = (typeof SITE_IDS)[number];
/** Where a run came from: a site, or entered by hand. */
export type RunSource = SiteId | 'manual';

/**
 * The runner's units: metric (km, per km, m) or imperial (mi, per mi, ft). The core never converts; the UI formats in
 * the system the runner uses.
 */
export type UnitSystem = 'metric' | 'imperial';

export type RunSport = 'run' | 'trail_run' | 'treadmill_run' | 'track_run' | 'virtual_run';

export type LapIntensity = 'warmup' | 'active' | 'interval' | 'recovery' | 'rest' | 'cooldown';

export interface Lap {
  distanceM: number;
  movingS: number;
  elevationGainM?: number;
  avgHr?: number;
  intensity?: LapIntensity;
}

export interface Run {
  source: RunSource;
  /** The site's activity id. */
  id: string;
  url?: string;
  title: string;
  sport: RunSport;
  /** ISO 8601 instant with Z or offset (a true UTC instant, not local wall time). */
  start: string;
  /** Start to finish; end = start + elapsedS. */
  elapsedS: number;
  movingS?: number;
  distanceM?: number;
  elevationGainM?: number;
  avgHr?: number;
  maxHr?: number;
  /** What the athlete declared on the site (recovery: Strava's 2026 Recovery tag, a deliberately easy day). */
  tags?: { race?: boolean; longRun?: boolean; workout?: boolean; recovery?: boolean };
  /** Garmin training effect. */
  trainingEffect?: { aerobic?: number; anaerobic?: number; label?: string };
  /** Strava suffer score. */
  relativeEffort?: number;
  laps?: Lap[];
  /** false: someone else's run (never suggest for it). */
  ownedByViewer?: boolean;
  /** Run keys of the same run recorded elsewhere (e.g. synced to both Strava and Garmin), set by `dedupeRuns`. */
  alsoKnownAs?: string[];
}

export type RunKind = 'race' | 'long' | 'intervals' | 'tempo' | 'hills' | 'easy' | 'recovery';
export type Effort = 'hard' | 'easy';

export interface Classification {
  effort: Effort;
  kind: RunKind;
  confidence: 'high' | 'medium' | 'low';
  /** The evidence, e.g. "6 × 800 m at 3:40/km, recoveries at 6:00/km", as messages. */
  reasons: Message[];
  /**
   * Read as easy, but the heart rate was unusually high for it: the product asks "Felt hard? Mark it hard" instead
   * of prescribing strength on its own.
   */
  askFeltHard?: boolean;
}

/** What HardDay knows of the runner's body. Max HR: set, else estimated from age, else the highest seen. */
export interface RunnerProfile {
  birthYear?: number;
  maxHr?: number;
}

export type Level = 1 | 2 | 3;
export type Phase = 'auto' | 'off-season' | 'build' | 'taper';

export interface Settings {
  /** 1 = new to strength: mobility and basic bodyweight. */
  level: Level;
  phase: Phase;
  /** YYYY-MM-DD; drives the phase when phase = 'auto'. */
  raceDate?: string;
  /** Default: off-season 3 (2–3), build 2 (1–2), taper 0–1 light. */
  sessionsPerWeek?: number;
  /** Default 3. */
  windowHours: number;
  /** Default 1 (Monday). */
  weekStartsOn: 0 | 1;
  equipment: 'bodyweight' | 'weights';
  /** Distance of the goal race in metres: sets the taper length and the recovery after the race. */
  raceDistanceM?: number;
  /** 'HH:MM' local, default '21:30': no strength window past it, no reminder after it. */
  latestSessionTime?: string;
  /** 45 and older: 72 h between full sessions and fewer jumps. */
  birthYear?: number;
  maxHr?: number;
  /**
   * The runner's usual week, Sunday first: which weekdays are usually hard, long, easy or rest. The week plan
   * places strength on it; absent, HardDay suggests one from the last 6 weeks of runs.
   */
  usualWeek?: UsualWeek;
}

export interface StrengthEntry {
  /** ISO instant the session was logged (or YYYY-MM-DD for hand-entered history). */
  date: string;
  sessionId: string;
  runId?: string;
  status: 'done' | 'skipped';
  /** How hard the session felt, 1–10 (asked after a session; drives the level suggestion). */
  rpe?: number;
}

/**
 * The words of the training content, as a message key (`exercise.jumpSquat.l2.name`, `training.note.painRule`): each
 * language's text is in locales/<lang>.yml and the UI shows it in the runner's language. The core holds no words.
 */
export type ContentKey = string;

export interface Variant {
  /** The level's own name ("Tuck jump" is the level-3 jump squat). */
  name: ContentKey;
  dose: { sets: number; reps?: number; seconds?: number; perSide?: boolean };
  /** Form cues, in the order a coach gives them. */
  cues: ContentKey[];
  easier?: ContentKey;
}

/** What an exercise mainly trains; sessions order core and single-leg work first. */
export type ExercisePattern = 'core' | 'single-leg' | 'power' | 'upper' | 'mobility' | 'legs';

export interface Exercise {
  id: string;
  name: ContentKey;
  /** What it trains ("target.quads"). */
  targets: ContentKey[];
  levels: Record<Level, Variant>;
  pattern: ExercisePattern;
  /** 'foundation': the basic bodyweight moves for newcomers; 'routine': the runner's conditioning routine. */
  tier: 'foundation' | 'routine' | 'mobility';
  /**
   * Mobility drills only: 'warm-up' drills move the joints through their range before the work; 'cool-down' drills
   * are gentle stretches and holds for the end.
   */
  drill?: 'warm-up' | 'cool-down';
}

export interface SessionItem {
  exerciseId: string;
  variant: Variant;
  restS: number;
  /** The part of the session the item belongs to: warm-up drills, the main work, then the cool-down. */
  part?: 'warm-up' | 'main' | 'cool-down';
  /** Seconds one rep takes at the prescribed tempo (slow lowering, pauses); absent: the default 3 s. */
  secondsPerRep?: number;
}

/** Training blocks the sessions rotate through (off-season: stability → strength → power; build: maintenance). */
export type TrainingBlock = 'stability' | 'strength' | 'power' | 'maintenance' | 'taper';

/**
 * What a session follows: a run kind, 'hard' (the runner marked the run hard), 'taper' (light, pre-race),
 * 'mobility' (the 5–10 minute routine for any day, never counted as strength) or 'foundation' (a newcomer's basic
 * bodyweight session on a rest day).
 */
export type SessionKind = RunKind | 'hard' | 'taper' | 'mobility' | 'foundation';

/**
 * How a logged session counts: 'full' strength counts toward the weekly target and the spacing between sessions;
 * 'light' (taper, post-race core) counts toward the taper's cap only; 'mobility' never counts as strength.
 */
export type SessionWeight = 'full' | 'light' | 'mobility';

/**
 * A session's title: what it follows ("Strength after intervals") and, for full strength work in a training block,
 * the block ("strength block") and its week, 'lighter' for the lighter fourth week (maintenance names only that one).
 */
export interface SessionTitle {
  kind: ContentKey;
  block?: ContentKey;
  week?: number | 'lighter';
}

export interface Session {
  id: string;
  title: SessionTitle;
  focus: ContentKey;
  level: Level;
  minutes: number;
  items: SessionItem[];
  kind?: SessionKind;
  block?: TrainingBlock;
  /** Extra advice shown with the session (e.g. get a coach before lifting heavy). */
  notes?: ContentKey[];
  /** How it counts once logged (see SessionWeight); derived from the kind. */
  weight?: SessionWeight;
  /** Week of the training block, 1–4; week 4 is the lighter week. */
  blockWeek?: number;
}

/**
 * The day's advice. Every kind may carry `mobility`: the short routine that fits any day (never counted as strength).
 */
export type Advice =
  | {
      kind: 'strength';
      run: Run;
      windowEnds: string;
      session: Session;
      reasons: Message[];
      mobility?: Session;
    }
  | { kind: 'window-missed'; run: Run; windowEnded: string; reasons: Message[]; mobility?: Session }
  | { kind: 'easy-day'; run: Run; reasons: Message[]; mobility?: Session; askFeltHard?: boolean }
  | { kind: 'quota-met'; run: Run; reasons: Message[]; mobility?: Session }
  | { kind: 'taper'; run: Run; session?: Session; reasons: Message[]; mobility?: Session }
  | { kind: 'done'; run: Run; reasons: Message[]; mobility?: Session }
  | { kind: 'no-run'; reasons: Message[]; mobility?: Session }
  /** After a race: light mobility and core only until `recoveryEnds` (local date, the first normal day). */
  | {
      kind: 'race-recovery';
      run: Run;
      recoveryEnds: string;
      session: Session;
      reasons: Message[];
      mobility?: Session;
    }
  /** Hard run, but the last full session was too recent; the next one fits from `nextFullSession` (instant). */
  | { kind: 'spacing'; run: Run; nextFullSession: string; reasons: Message[]; mobility?: Session }
  /**
   * A rest day for a runner without hard days (newcomers, or no running for a while): the foundation session fits
   * until `until` (instant, the evening cut-off).
   */
  | {
      kind: 'foundation';
      run?: Run;
      until: string;
      session: Session;
      reasons: Message[];
      mobility?: Session;
    };

export type AdviceKind = Advice['kind'];

export interface PlanInput {
  now: Date;
  runs: Run[];
  log: StrengthEntry[];
  settings: Settings;
  /** Run key (`${source}:${id}`) → the runner's own verdict. */
  overrides?: Record<string, Effort>;
  /** IANA time zone for local days and week boundaries; default 'UTC'. */
  timeZone?: string;
  /**
   * Advise on this run (by run key) instead of the latest one, e.g. the activity open in the tab. It is used even
   * when older than the usual look-back.
   */
  focusRunKey?: string;
}

/** The phase that actually applies on a day; 'race-week' covers the last 7 days up to and including race day. */
export type EffectivePhase = 'off-season' | 'build' | 'taper' | 'race-week' | 'recovery';

export const DEFAULT_SETTINGS: Settings = {
  level: 1,
  phase: 'auto',
  windowHours: 3,
  weekStartsOn: 1,
  equipment: 'bodyweight',
};
