// What a run's title says about it, in English, German, French, Spanish, Dutch and Italian. Titles are the weakest
// signal (the site's default title says nothing), so this only ever suggests a kind.

import type { RunKind } from './types';

export interface TitleHint {
  kind: RunKind;
  /** The word or pattern that matched, as written in the normalized title. */
  matched: string;
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
  'lt',
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
  'mp',
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
/** Words that turn a race word into "training for a race" (e.g. "marathon training"). */
const NOT_A_RACE = ['training', 'prep', 'trainingslauf', 'entrainement', 'entrenamiento', 'allenamento'];

const REP_PATTERN =
  /(?:^|[^0-9])(\d{1,2})\s?x\s?(\d{1,4}(?:[.,]\d+)?)\s?(km|k|minutes|minuten|mins|min|m|sec|s|'|")?/;

function firstMatch(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => text.includes(` ${word} `));
}

/** "6x800", "10×400m", "5 x 1k", "3x10min" → intervals (or tempo for a few long blocks); strides are ignored. */
function repetitionHint(normalized: string): TitleHint | null {
  const match = REP_PATTERN.exec(normalized);
  if (!match) return null;
  const reps = Number(match[1]);
  const amount = Number(match[2]!.replace(',', '.'));
  const unit = match[3];
  const matched = match[0].trim();
  if (!(reps >= 2) || !(amount > 0)) return null;
  if (unit === 'km' || unit === 'k') return { kind: 'intervals', matched };
  if (unit === 'min' || unit === 'mins' || unit === 'minutes' || unit === 'minuten' || unit === "'") {
    return { kind: reps <= 4 && amount >= 8 ? 'tempo' : 'intervals', matched };
  }
  if (unit === 's' || unit === 'sec' || unit === '"')
    return amount >= 30 ? { kind: 'intervals', matched } : null;
  if (unit === 'm' || amount >= 100) return amount >= 200 ? { kind: 'intervals', matched } : null;
  return reps >= 3 ? { kind: 'intervals', matched } : null;
}

/** The kind a title points to, or null when it says nothing useful (e.g. "Morning Run"). */
export function titleHint(title: unknown): TitleHint | null {
  if (typeof title !== 'string' || !title.trim()) return null;
  const normalized = normalizeTitle(title);
  const text = phrases(normalized);
  const recovery = firstMatch(text, RECOVERY);
  if (recovery) return { kind: 'recovery', matched: recovery };
  // Hill words come before repetition words: "hill repeats" and "ripetute in salita" are hill sessions.
  const hills = firstMatch(text, HILLS);
  if (hills) return { kind: 'hills', matched: hills };
  const reps = repetitionHint(normalized);
  if (reps) return reps;
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
