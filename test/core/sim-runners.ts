// The three simulated runners of the coaching work (a beginner, a marathoner in build-up, a masters runner in the
// off-season), shared by the 16-week simulation and the week-plan tables.

import { DEFAULT_SETTINGS, addDays } from '../../utils/core';
import type { DayPlan, Runner } from './simulate';

export const FIRST_MONDAY = '2026-08-03';
const rest: DayPlan = { type: 'rest' };
const easy = (minutes: number, paceS = 340): DayPlan => ({ type: 'easy', minutes, paceS });

export const beginner: Runner = {
  name: 'Beginner: level 1, three easy runs a week, no race',
  settings: { ...DEFAULT_SETTINGS, level: 1, phase: 'auto' },
  runAt: '18:00',
  week: () => [rest, easy(30, 420), rest, easy(30, 420), rest, easy(40, 420), rest],
};

export const RACE_WEEK = 13; // 0-based: the race is on the Sunday of week 14
const raceDate = addDays(FIRST_MONDAY, RACE_WEEK * 7 + 6);
export const marathoner: Runner = {
  name: '3 h marathoner: level 2, six runs a week, marathon on the Sunday of week 14',
  settings: { ...DEFAULT_SETTINGS, level: 2, phase: 'auto', raceDate, raceDistanceM: 42_195 },
  runAt: '17:30',
  week: (w) => {
    if (w < RACE_WEEK - 1)
      return [
        easy(45, 320),
        { type: 'intervals', minutes: 60 },
        easy(50, 320),
        { type: 'tempo', minutes: 50 },
        rest,
        easy(40, 320),
        { type: 'long', minutes: 120 + (w % 4) * 10, paceS: 310 },
      ];
    if (w === RACE_WEEK - 1)
      return [
        easy(40, 320),
        { type: 'intervals', minutes: 50 },
        easy(40, 320),
        easy(40, 320),
        rest,
        easy(30, 320),
        { type: 'long', minutes: 90, paceS: 310 },
      ];
    if (w === RACE_WEEK)
      return [
        easy(35, 320),
        { type: 'tempo', minutes: 40 },
        easy(30, 320),
        rest,
        easy(25, 320),
        rest,
        { type: 'race', km: 42.195, paceS: 255 },
      ];
    if (w === RACE_WEEK + 1) return [rest, rest, easy(25, 360), rest, easy(30, 350), rest, easy(40, 340)];
    return [
      easy(40, 330),
      { type: 'intervals', minutes: 50 },
      easy(40, 330),
      rest,
      easy(40, 330),
      rest,
      { type: 'long', minutes: 80, paceS: 315 },
    ];
  },
};

export const masters: Runner = {
  name: 'Masters runner: level 2, born 1972, hills, intervals and a long run each week; a volume jump in week 6',
  settings: { ...DEFAULT_SETTINGS, level: 2, phase: 'off-season', birthYear: 1972 },
  runAt: '17:00',
  week: (w) =>
    w === 5
      ? [
          easy(70),
          { type: 'hills', minutes: 60 },
          easy(70),
          { type: 'intervals', minutes: 60 },
          easy(60),
          { type: 'long', minutes: 150, paceS: 340 },
          easy(60),
        ]
      : [
          easy(45),
          { type: 'hills', minutes: 60 },
          rest,
          { type: 'intervals', minutes: 60 },
          easy(40),
          { type: 'long', minutes: 100, paceS: 340 },
          rest,
        ],
};
