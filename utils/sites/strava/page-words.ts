// The words of a Strava activity page in the viewer's language (en, de, fr, es, nl), for the DOM fallback: which stat
// a label names, which sport the title's type word is, and when the run started. The words themselves are in site.ts.
import { MONTH_WORDS, RUN_TYPE_WORDS, STAT_LABELS, WEEKDAY_WORDS } from './site';

/** Lower case, accents and a trailing colon dropped, spaces collapsed: "Höhenmeter :" → "hohenmeter". */
export function normalizePageWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

export type StatKind = keyof typeof STAT_LABELS;

/** The stat a visible label names, in any of the languages HardDay knows; undefined for any other label. */
export function statKind(label: string): StatKind | undefined {
  const word = normalizePageWord(label);
  return (Object.keys(STAT_LABELS) as StatKind[]).find((kind) => STAT_LABELS[kind].includes(word));
}

/** The value of the first stat whose label names `kind`, or ''. */
export function statValue(stats: readonly { label: string; value: string }[], kind: StatKind): string {
  return stats.find((stat) => statKind(stat.label) === kind)?.value ?? '';
}

/** The title's activity type word ("Lauf", "Course à pied", "Trail Run") → Strava sport type, for runs only. */
export function runSportTypeFromWord(word: string): string | undefined {
  const key = normalizePageWord(word);
  return Object.hasOwn(RUN_TYPE_WORDS, key) ? RUN_TYPE_WORDS[key] : undefined;
}

/**
 * Month name → month index and the weekday names, built on first use: a module-level Map would be kept, as a side
 * effect, in every bundle that imports this file for a type (dev-warnings in the card features).
 */
let lookups: { months: Map<string, number>; weekdays: Set<string> } | undefined;
function words() {
  lookups ??= {
    months: new Map(MONTH_WORDS.flatMap((names, month) => names.split(' ').map((name) => [name, month]))),
    weekdays: new Set(WEEKDAY_WORDS.join(' ').split(' ')),
  };
  return lookups;
}

const CLOCK = /(?<!\d)(\d{1,2})(?:\s*[:h]\s*|\.)(\d{2})(?!\d)(?:\s*([ap])\.?\s*m\b\.?)?(?:\s+([a-z]+))?/;
const YEAR = /(?<!\d)(19[7-9]\d|20\d\d|21\d\d)(?!\d)/;

/** The month named in `text` and the day written beside it ("12. januar", "12 de enero", "january 12"). */
function dayAndMonth(text: string): { day: number; month: number } | undefined {
  for (const match of text.matchAll(/[a-z]+/g)) {
    const month = words().months.get(match[0]);
    if (month === undefined) continue;
    const before = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?$/.exec(text.slice(0, match.index));
    const after = /^\.?\s+(\d{1,2})(?!\d|:)/.exec(text.slice((match.index ?? 0) + match[0].length));
    const day = Number(before?.[1] ?? after?.[1]);
    if (day >= 1 && day <= 31) return { day, month };
  }
  return undefined;
}

/**
 * Strava's start line in any of the languages HardDay knows → local wall time as epoch seconds (read with UTC
 * getters): "7:05 AM on Monday, January 12, 2026", "10:25 on Monday, 3 August 2015", "Montag, 12. Januar 2026 um
 * 07:05", "lundi 12 janvier 2026 à 07:05", "lunes, 12 de enero de 2026 a las 7:05", "maandag 12 januari 2026 om
 * 07:05". The parts are found wherever they stand (docs/sites.md §1.7); undefined when one is missing or impossible.
 */
export function parseStravaTimeText(raw: string): number | undefined {
  const text = normalizePageWord(raw);
  const clock = CLOCK.exec(text);
  const year = YEAR.exec(text);
  const date = dayAndMonth(text);
  if (!clock || !year || !date) return undefined;
  const [, h, mi, half, nextWord] = clock;
  // "07:05 am Montag" is German ("on Monday"), not the morning.
  const meridiem = half && !(half === 'a' && nextWord && words().weekdays.has(nextWord)) ? half : undefined;
  let hour = Number(h);
  const minute = Number(mi);
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) return undefined;
  const ms = Date.UTC(Number(year[1]), date.month, date.day, hour, minute);
  // 31 February and the like roll over into the next month: not a date the page could show.
  if (new Date(ms).getUTCDate() !== date.day) return undefined;
  return ms / 1000;
}
