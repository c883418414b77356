import type { Run, RunKind } from '../../utils/core/types';
import { t } from '../../utils/i18n';

export interface ManualRunInput {
  /** YYYY-MM-DD, local. */
  date: string;
  /** HH:MM, local: when the run started. */
  time: string;
  minutes: number;
  kind: RunKind;
  /** The distance a page showed (a page HardDay could not read), kept with the run. */
  distanceM?: number;
}

/**
 * The kinds a runner can log by hand, each with the title the run is saved under. Titles, not run-kind names
^ * (common.runKind.name in locales/): the title reader must read each as its kind ("Hill repeats" reads as hills), so they stay
 * English data; the form shows each kind in the runner's language (manualKindLabel).
 */
export const MANUAL_KINDS: { kind: RunKind; title: string }[] = [
  { kind: 'easy', title: 'Easy run' },
  { kind: 'recovery', title: 'Recovery jog' },
  { kind: 'long', title: 'Long run' },
  { kind: 'tempo', title: 'Tempo run' },
  { kind: 'intervals', title: 'Intervals' },
  { kind: 'hills', title: 'Hill repeats' },
  { kind: 'race', title: 'Race' },
];

/** The kind as the form offers it, in the runner's language. */
export function manualKindLabel(kind: RunKind): string {
  switch (kind) {
    case 'easy':
      return t('popup.manual.kinds.easy');
    case 'recovery':
      return t('popup.manual.kinds.recovery');
    case 'long':
      return t('popup.manual.kinds.long');
    case 'tempo':
      return t('popup.manual.kinds.tempo');
    case 'intervals':
      return t('popup.manual.kinds.intervals');
    case 'hills':
      return t('popup.manual.kinds.hills');
    case 'race':
      return t('popup.manual.kinds.race');
  }
}

/** What the runner declares is what the site would have tagged: race, long run or workout. */
export function tagsForKind(kind: RunKind): Run['tags'] {
  if (kind === 'race') return { race: true };
  if (kind === 'long') return { longRun: true };
  if (kind === 'intervals' || kind === 'tempo' || kind === 'hills') return { workout: true };
  return {};
}

const MAX_MINUTES = 24 * 60;
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * A Run from the hand-entry form, or a sentence saying what to fix. The date and time are the runner's local wall
 * time (read by the browser in its own zone); the run is stored as a true instant.
 */
export function manualRun(
  input: ManualRunInput,
  nowMs: number,
): { ok: true; run: Run } | { ok: false; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || !/^\d{2}:\d{2}$/.test(input.time)) {
    return { ok: false, message: t('popup.manual.enterDateTime') };
  }
  const start = new Date(`${input.date}T${input.time}:00`);
  if (Number.isNaN(start.getTime())) return { ok: false, message: t('popup.manual.noSuchDate') };
  if (!Number.isFinite(input.minutes) || input.minutes < 1 || input.minutes > MAX_MINUTES) {
    return { ok: false, message: t('popup.manual.enterMinutes') };
  }
  if (start.getTime() > nowMs + FUTURE_SLACK_MS) return { ok: false, message: t('popup.manual.inFuture') };
  const seconds = Math.round(input.minutes * 60);
  const title = MANUAL_KINDS.find((k) => k.kind === input.kind)?.title ?? 'Run';
  return {
    ok: true,
    run: {
      source: 'manual',
      id: `m${start.getTime().toString(36)}`,
      title,
      sport: 'run',
      start: start.toISOString(),
      elapsedS: seconds,
      movingS: seconds,
      tags: tagsForKind(input.kind),
      ...(input.distanceM && Number.isFinite(input.distanceM) && input.distanceM > 0
        ? { distanceM: input.distanceM }
        : {}),
      ownedByViewer: true,
    },
  };
}
