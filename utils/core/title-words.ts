// What a run's title says about it, in English, German, French, Spanish, Dutch and Italian. Titles are the weakest
// signal (the site's default title says nothing), so this only ever suggests a kind.

import type { RunKind } from './types';

export interface TitleHint {
  kind: RunKind;
  /** The word or pattern that matched, as written in the normalized title. */
  matched: string;
  /** The kind comes from a repetition pattern such as "6x800": the most specific thing a title can say. */
  reps?: boolean;
  /** The title mentions strides (in any of the six languages): easy-run evidence. */
  strides?: string;
}

/** Lower case, accents removed, "×" and "*" read as "x", separators collapsed to spaces. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[×*]/g, 'x')
    .replace(/ß/g, 'ss');
}

function phrases(text: string): string {
  return ` ${text.replace(/[^a-z0-9']+/g, ' ').trim()} `;
}

const RECOVERY = [
  'recovery',
  'recover',
  'shakeout',
  'shake out',
  'shake-out',
  'regeneration',
  'regenerativ',
  'regenerativer',
  'regenerationslauf',
  'reg lauf',
  'auslaufen',
  'recup',
  'recuperation',
  'footing de recuperation',
  'recuperacion',
  'regenerativo',
  'regenerativa',
  'herstel',
  'herstelloop',
  'hersteltraining',
  'recupero',
  'scarico',
  'defaticamento',
  'rigenerante',
];
const EASY = [
  'easy',
  'easy run',
  'jog',
  'jogging',
  'zone 2',
  'z2',
  'locker',
  'lockerer',
  'lockere',
  'lockeres',
  'ruhig',
  'gemutlich',
  'dauerlauf',
  'ga1',
  'grundlage',
  'grundlagenausdauer',
  'footing',
  'facile',
  'tranquille',
  'suave',
  'rodaje',
  'trote',
  'tranquilo',
  'rustig',
  'rustige',
  'rustige duurloop',
  'duurloop',
  'leggero',
  'lento',
  'lenta',
  'tranquillo',
  'fondo lento',
  'chill',
];
const INTERVALS = [
  'interval',
  'intervals',
  'intervalle',
  'intervallen',
  'intervalltraining',
  'intervaltraining',
  'intervalos',
  'intervalli',
  'repeats',
  'reps',
  'repetitions',
  'vo2',
  'vo2max',
  'vo2 max',
  'track',
  'track session',
  'bahn',
  'bahntraining',
  'baantraining',
  'fractionne',
  'fractionnes',
  'fractionnee',
  'vma',
  'series',
  'pista',
  'ripetute',
  'fartlek',
  'speedwork',
  'speed work',
  'speed session',
  'sprints',
  'pyramid',
  'pyramide',
  'piramide',
  'yasso',
  'yassos',
  'cambios',
  'hiit',
  'tempowechsel',
  'kenianer',
];
const TEMPO = [
  'tempo',
  'tempo run',
  'threshold',
  'cruise',
  'progression',
  'progressive',
  'progressief',
  'progresivo',
  'progressivo',
  'progressif',
  'progressive run',
  'schwelle',
  'schwellenlauf',
  'tempolauf',
  'tempodauerlauf',
  'seuil',
  'umbral',
  'soglia',
  'drempel',
  'drempeltraining',
  'tempoduurloop',
  'ga2',
  'marathon pace',
  'race pace',
  'half marathon pace',
  'hm pace',
  'allure marathon',
  'allure semi',
  'allure specifique',
  'ritmo maraton',
  'ritmo carrera',
  'ritmo gara',
  'ritmo maratona',
  'wedstrijdtempo',
  'marathontempo',
  'wettkampftempo',
  'hmrt',
  'mrt',
  'steady state',
  'sweet spot',
];
const HILLS = [
  'hill',
  'hills',
  'hilly',
  'hill repeats',
  'hill sprints',
  'uphill',
  'incline',
  'climb',
  'climbs',
  'berg',
  'berge',
  'berglauf',
  'berglaufe',
  'bergsprints',
  'bergintervalle',
  'huegel',
  'hugel',
  'hugelsprints',
  'cote',
  'cotes',
  'en cote',
  'cuesta',
  'cuestas',
  'subidas',
  'heuvel',
  'heuvels',
  'heuveltraining',
  'salita',
  'salite',
  'ripetute in salita',
];
const RACE = [
  'race',
  'racing',
  'race day',
  'raceday',
  'parkrun',
  'park run',
  'marathon',
  'half marathon',
  'halbmarathon',
  'semi marathon',
  'semi-marathon',
  'semimarathon',
  'maraton',
  'media maraton',
  'medio maraton',
  'maratona',
  'mezza maratona',
  'halve marathon',
  'wettkampf',
  'volkslauf',
  'stadtlauf',
  'citylauf',
  'firmenlauf',
  'silvesterlauf',
  'competition',
  'competicion',
  'carrera popular',
  'gara',
  'wedstrijd',
  'foulees',
  'time trial',
  'ultramarathon',
  'ultratrail',
  'world championships',
];
const LONG = [
  'long run',
  'long',
  'longrun',
  'lsd',
  'lange',
  'langer',
  'langen',
  'langer lauf',
  'langer dauerlauf',
  'lange duurloop',
  'lange loop',
  'duurloop lang',
  'longue',
  'sortie longue',
  'largo',
  'larga',
  'tirada larga',
  'rodaje largo',
  'lungo',
  'lunghissimo',
  'lungolento',
  'medio lungo',
];
/**
 * Abbreviations that are also names, ranks and country codes ("Lt. Harris", "Vilnius, LT"): they only mean a
 * session next to a number or a session word ("2x15' LT", "LT intervals", "10k @ MP").
 */
const TEMPO_ABBREVIATIONS = ['lt', 'mp'];
const SESSION_WORDS: ReadonlySet<string> = new Set([
  'intervals',
  'interval',
  'reps',
  'repeats',
  'session',
  'workout',
  'effort',
  'efforts',
  'pace',
  'block',
  'blocks',
  'tempo',
  'threshold',
  'cruise',
  'training',
]);
/** Strides: short relaxed accelerations that belong to an easy run. */
const STRIDES = [
  'strides',
  'stride',
  'steigerungen',
  'steigerung',
  'steigerungslaufe',
  'steigerungslauf',
  'steigerungslaeufe',
  'rectas',
  'progresivos',
  'lignes droites',
  'ligne droite',
  'accelerations',
  'allunghi',
  'allungo',
  'versnellingen',
];
/** Words that turn a race word into "training for a race" (e.g. "marathon training"). */
const NOT_A_RACE = ['training', 'prep', 'trainingslauf', 'entrainement', 'entrenamiento', 'allenamento'];

const REP_PATTERN =
  /(?:^|[^0-9])(\d{1,2})\s?x\s?(\d{1,4}(?:[.,]\d+)?)\s?(km|k|minutes|minuten|mins|min|m|sec|s|'|")?/;

function firstMatch(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => text.includes(` ${word} `));
}

/** "lt"/"mp" only count right next to a number ("2x15' lt", "10k mp") or a session word ("lt intervals"). */
function abbreviationInContext(text: string): string | undefined {
  const tokens = text.trim().split(' ');
  const reads = (token: string | undefined) =>
    token !== undefined && (/\d/.test(token) || SESSION_WORDS.has(token));
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!TEMPO_ABBREVIATIONS.includes(token)) continue;
    // "LT run" names a session; "Easy run Lt. Dan" does not, so "run" only counts after the abbreviation.
    const after = tokens[i + 1];
    if (reads(tokens[i - 1]) || reads(after) || after === 'run') return token;
  }
  return undefined;
}

/**
 * "6x800", "10×400m", "5 x 1k", "3x10min" → intervals (or tempo for a few long blocks). Short reps (under 30 s or
 * 200 m) are strides, not a session; with a strides word, reps up to 40 s or 200 m are too.
 */
function repetitionHint(normalized: string, strides: boolean): TitleHint | null {
  const match = REP_PATTERN.exec(normalized);
  if (!match) return null;
  const reps = Number(match[1]);
  const amount = Number(match[2]!.replace(',', '.'));
  const unit = match[3];
  const matched = match[0].trim();
  if (!(reps >= 2) || !(amount > 0)) return null;
  const hint = (kind: RunKind): TitleHint => ({ kind, matched, reps: true });
  if (unit === 'km' || unit === 'k') return hint('intervals');
  if (unit === 'min' || unit === 'mins' || unit === 'minutes' || unit === 'minuten' || unit === "'") {
    return hint(reps <= 4 && amount >= 8 ? 'tempo' : 'intervals');
  }
  if (unit === 's' || unit === 'sec' || unit === '"')
    return amount >= (strides ? 45 : 30) ? hint('intervals') : null;
  if (unit === 'm' || amount >= 100) return amount > (strides ? 200 : 199) ? hint('intervals') : null;
  return reps >= 3 ? hint('intervals') : null;
}

/** The kind a title points to, or null when it says nothing useful (e.g. "Morning Run"). */
export function titleHint(title: unknown): TitleHint | null {
  if (typeof title !== 'string' || !title.trim()) return null;
  const normalized = normalizeTitle(title);
  const text = phrases(normalized);
  const strides = firstMatch(text, STRIDES);
  const hint = kindHint(normalized, text, strides !== undefined);
  if (hint) return strides ? { ...hint, strides } : hint;
  return strides ? { kind: 'easy', matched: strides, strides } : null;
}

function kindHint(normalized: string, text: string, strides: boolean): TitleHint | null {
  const recovery = firstMatch(text, RECOVERY);
  if (recovery) return { kind: 'recovery', matched: recovery };
  // Hill words come before repetition words: "hill repeats" and "ripetute in salita" are hill sessions.
  const hills = firstMatch(text, HILLS);
  if (hills) return { kind: 'hills', matched: hills };
  const reps = repetitionHint(normalized, strides);
  if (reps) return reps;
  // "LT intervals" are threshold work: the intensity says more than the format.
  const abbreviation = abbreviationInContext(text);
  if (abbreviation) return { kind: 'tempo', matched: abbreviation };
  const interval = firstMatch(text, INTERVALS);
  if (interval) return { kind: 'intervals', matched: interval };
  const tempo = firstMatch(text, TEMPO);
  if (tempo) return { kind: 'tempo', matched: tempo };
  const easy = firstMatch(text, EASY);
  const race = firstMatch(text, RACE);
  if (race && !easy && !firstMatch(text, NOT_A_RACE)) return { kind: 'race', matched: race };
  const long = firstMatch(text, LONG);
  if (long) return { kind: 'long', matched: long };
  if (easy) return { kind: 'easy', matched: easy };
  return null;
}
