// What the popup says, in each language, for one realistic week: a reviewer reads the file snapshots beside this test
// (__snapshots__/popup-week.<lang>.txt) to check every text is that language, numbers are written the local way and
// the runner's units hold. The model is the one the background prepares (buildPopupView, weekPlanModel) from stored
// runs; the popup renders it as it does in the browser (SpeakProvider with the runner's units).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpeakProvider } from '@/components/speak';
import { Popup } from '@/components/popup/Popup';
import { popupCallbacks } from '@/components/popup/popup-test-props';
import { mount } from '@/components/popup/test-render';
import { useLocale } from '@/test/support/i18n';
import { DEFAULT_SETTINGS, type Lap, type Run, type StrengthEntry } from '@/utils/core/types';
import { sayer } from '@/utils/platform';
import { DEFAULT_PREFS } from '@/utils/store/schemas';
import type { StoredState } from '@/utils/store/snapshot';
import { buildPopupView, historyModel } from '@/utils/views/popup-model';
import { weekPlanModel } from '@/utils/views/week-plan-view';

const ZONE = 'Europe/Berlin';
// Thursday 12 March 2026, 20:05 in Berlin: an hour after the interval session.
const NOW = Date.parse('2026-03-12T19:05:00Z');

const laps = (pattern: [number, number, Lap['intensity'], number][]): Lap[] =>
  pattern.map(([distanceM, movingS, intensity, avgHr]) => ({ distanceM, movingS, intensity, avgHr }));

const strava = (id: string, patch: Omit<Run, 'source' | 'id' | 'sport' | 'url'>): Run => ({
  source: 'strava',
  id,
  url: `https://www.strava.com/activities/${id}`,
  sport: 'run',
  ownedByViewer: true,
  ...patch,
});

// The week of a 10 km runner: easy Monday, a long run on Sunday, tempo on Tuesday, intervals today (Thursday).
const runs: Run[] = [
  strava('17100000001', {
    title: 'Sunday long run',
    start: '2026-03-08T08:30:00Z',
    elapsedS: 7020,
    movingS: 6900,
    distanceM: 22_400,
    elevationGainM: 180,
    avgHr: 148,
    tags: { longRun: true },
  }),
  strava('17100000002', {
    title: 'Easy shakeout',
    start: '2026-03-09T17:00:00Z',
    elapsedS: 2460,
    movingS: 2400,
    distanceM: 7_100,
    avgHr: 132,
  }),
  strava('17100000003', {
    title: 'Tempo 3 × 10 min',
    start: '2026-03-10T17:15:00Z',
    elapsedS: 3900,
    movingS: 3780,
    distanceM: 12_600,
    avgHr: 161,
    tags: { workout: true },
    laps: laps([
      [2000, 660, 'warmup', 135],
      [2500, 600, 'active', 168],
      [400, 150, 'recovery', 145],
      [2500, 598, 'active', 170],
      [400, 150, 'recovery', 146],
      [2500, 596, 'active', 172],
      [2300, 780, 'cooldown', 140],
    ]),
  }),
  strava('17100000004', {
    title: 'Recovery jog',
    start: '2026-03-11T06:40:00Z',
    elapsedS: 2100,
    movingS: 2040,
    distanceM: 5_400,
    avgHr: 126,
  }),
  strava('17100000005', {
    title: '6 × 1 km, 90 s jog',
    start: '2026-03-12T16:30:00Z',
    elapsedS: 4200,
    movingS: 3960,
    distanceM: 11_800,
    elevationGainM: 40,
    avgHr: 158,
    tags: { workout: true },
    laps: laps([
      [2000, 690, 'warmup', 134],
      ...Array.from({ length: 6 }, (): [number, number, Lap['intensity'], number][] => [
        [1000, 237, 'interval', 174],
        [250, 90, 'recovery', 150],
      ]).flat(),
      [2300, 800, 'cooldown', 140],
    ]),
  }),
];

// Strength after Sunday's long run, done on Monday.
const log: StrengthEntry[] = [
  {
    date: '2026-03-09T18:00:00Z',
    sessionId: 'strength-long-2',
    runId: 'strava:17100000001',
    status: 'done',
    rpe: 6,
  },
];

const state = (units: 'metric' | 'imperial'): StoredState => ({
  settings: { ...DEFAULT_SETTINGS, level: 2 },
  prefs: { ...DEFAULT_PREFS, onboarded: true, units },
  runs,
  log,
  overrides: {},
});

/** The visible texts of the popup, one block a line (headings, paragraphs, list items, buttons, labels). */
function visibleTexts(root: HTMLElement): string {
  const BLOCKS =
    'h1, h2, h3, p, li, button, label, summary, legend, th, td, dt, dd, [role="timer"], .badge, .kind';
  const lines: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.closest('[hidden]')) continue;
    // A block inside another block is said by the outer one.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  return `${lines.join('\n')}\n`;
}

function renderWeek(units: 'metric' | 'imperial'): string {
  const stored = state(units);
  const { model } = buildPopupView(stored, { now: NOW, timeZone: ZONE, language: 'en-GB', tabUrl: null });
  const view = mount(
    <SpeakProvider value={sayer(model.unit)}>
      <Popup
        {...popupCallbacks()}
        now={NOW}
        level={stored.settings.level}
        unit={model.unit}
        current={model.current}
        week={model.week}
        weekPlan={weekPlanModel(stored, NOW, ZONE)}
        loadHistory={() => historyModel(stored, NOW, ZONE)}
      />
    </SpeakProvider>,
  );
  try {
    return visibleTexts(view.root);
  } finally {
    view.unmount();
  }
}

// The popup writes clock times in the browser's zone: the runner's, Berlin, on every machine.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = ZONE;
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('the popup for one realistic week, in each language', () => {
  it.each([
    ['en', 'en-GB'],
    ['de', 'de-DE'],
    ['fr', 'fr-FR'],
    ['es', 'es-ES'],
    ['nl', 'nl-NL'],
    ['it', 'it-IT'],
  ])('%s', async (language, locale) => {
    useLocale(locale);
    await expect(renderWeek('metric')).toMatchFileSnapshot(`__snapshots__/popup-week.${language}.txt`);
  });

  it('en-US on miles', async () => {
    useLocale('en-US');
    await expect(renderWeek('imperial')).toMatchFileSnapshot('__snapshots__/popup-week.en-US-miles.txt');
  });
});
