// Activity titles carrying markup (`<img src=x onerror=…>`, `<script>`, …) are read and shown as text: no reader
// parses page text as HTML, nothing the title carries ever runs, and the popup and card render it as text.
//
// Vitest's happy-dom never runs scripts, so a global flag alone could not fail. These tests therefore (1) read the
// page inside a happy-dom Window with JavaScript turned ON, where the page's own inline scripts demonstrably run, and
// (2) spy on every DOM API that parses HTML or writes to a document while the readers run (proved to catch calls).
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Card } from '../../components/Card';
import { RunSummary } from '../../components/popup/RunSummary';
import { classifyRun } from '../../utils/core/classify';
import type { Advice, Run } from '../../utils/core/types';
import { parseGarminPage } from '../../utils/sites/garmin/parse';
import { readGarminPage } from '../../utils/sites/garmin/read-page';
import { parseStravaPage } from '../../utils/sites/strava/parse';
import { readStravaPage } from '../../utils/sites/strava/read-page';
import { fixtureText } from '../fixtures/load';
import { hostileString, MARKUP_TITLES, pwnedCalls, PWNED_GLOBAL } from './support/hostile';
import { installSinkGuard } from './support/html-sinks';
import { report, SEED } from './support/tally';
import { english } from '../support/english';
import { cardTexts } from '../../utils/background/card-texts';

/** Renders a component into the test document. */
function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

const counts = { jsWindowPages: 0, domParserTitles: 0, renderedTitles: 0 };
afterAll(() => report('title-as-text', [], { 'title-as-text': counts }));

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

const STRAVA_URL = 'https://www.strava.com/activities/16900000002';
const GARMIN_URL = 'https://connect.garmin.com/app/activity/21500000009';

/** The saved Strava page with `title` in <title>, the heading and the bootstrap's lightbox title. */
function stravaPageWith(title: string, withHostScripts: boolean): string {
  const original = '6 x 800 m on the river path';
  let html = fixtureText('strava/activity-intervals-2026-01.html')
    .replace(`<title>${original} |`, `<title>${escapeHtml(title)} |`)
    .replace(`activity-name">${original}</h1>`, `activity-name">${escapeHtml(title)}</h1>`)
    // A JS string inside <script>: JSON escaping plus no literal "</" so the script cannot be closed early.
    .replace(`title: "${original}"`, `title: ${JSON.stringify(title).replace(/<\//g, '<\\/')}`);
  if (withHostScripts) {
    // Stands in for Strava's own libraries so the page's bootstrap runs, and records that it ran.
    const stub =
      '<script>window.hostScriptsRan = 0; const chain = new Proxy(function () {}, { get: (t, k) => (k === "then" ? undefined : chain), apply: () => chain, construct: () => chain }); window.Strava = chain;</script>';
    html = html
      .replace('</head>', `${stub}</head>`)
      .replace('//]]>', 'window.hostScriptsRan += 1;\n    //]]>');
  }
  return html;
}

function garminPageWith(title: string, withHostScripts: boolean): string {
  let html = fixtureText('garmin/activity-rendered-2026-01.html').replace(
    /<h1>[^<]*<\/h1>/,
    `<h1>${escapeHtml(title)}</h1>`,
  );
  if (withHostScripts) html = html.replace('</head>', '<script>window.hostScriptsRan = 1;</script></head>');
  return html;
}

/** A browser-like window at the real address with JavaScript ON, the page written into it. */
async function liveWindow(url: string, html: string) {
  const win = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      // Only our own fixture text runs in this window.
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  const scope = win as unknown as Record<string, unknown>;
  scope[PWNED_GLOBAL] = [];
  win.document.write(html);
  await win.happyDOM.waitUntilComplete();
  return { win, doc: win.document as unknown as Document, scope };
}

beforeEach(() => {
  pwnedCalls().length = 0;
});

describe('the HTML-sink spy can fail', () => {
  it('records markup parsing and DOM writes while armed, and nothing while disarmed', () => {
    const guard = installSinkGuard();
    try {
      const el = document.createElement('div');
      const markupKey = ['inner', 'HTML'].join('');
      (el as unknown as Record<string, string>)[markupKey] = '<b>outside</b>';
      expect(guard.calls).toEqual([]);
      guard.watch(() => {
        (el as unknown as Record<string, string>)[markupKey] = '<img src=x>';
        el.textContent = 'x';
        document.createElement('img');
        new DOMParser().parseFromString('<p>', 'text/html');
      });
      expect(guard.calls).toEqual(['innerHTML=', 'textContent=', 'createElement', 'parseFromString']);
    } finally {
      guard.restore();
    }
  });
});

describe('readers in a window where scripts run', () => {
  it.each(MARKUP_TITLES)('Strava title %s is read as text and nothing runs', async (title) => {
    const { win, doc, scope } = await liveWindow(STRAVA_URL, stravaPageWith(title, true));
    try {
      expect(scope.hostScriptsRan).toBe(1); // the page's own scripts run here, and are unaffected
      const images = doc.getElementsByTagName('img').length;
      const scripts = doc.getElementsByTagName('script').length;
      const result = parseStravaPage(readStravaPage(doc, new Date('2026-01-14T20:00:00Z')));
      await win.happyDOM.waitUntilComplete();
      expect(result.status).toBe('run');
      if (result.status !== 'run') return;
      expect(result.run.title).toBe(normalised(title));
      expect(scope[PWNED_GLOBAL]).toEqual([]);
      expect(pwnedCalls()).toEqual([]);
      expect(doc.getElementsByTagName('img').length).toBe(images);
      expect(doc.getElementsByTagName('script').length).toBe(scripts);
      counts.jsWindowPages += 1;
    } finally {
      await win.happyDOM.close();
    }
  });

  // Garmin's rendered heading is not read since 2026-04 (the title comes from the JSON): the page reader still runs
  // on a page whose heading carries markup, and nothing the heading carries runs.
  it.each(MARKUP_TITLES)('a Garmin page whose heading is %s is read and nothing runs', async (title) => {
    const { win, doc, scope } = await liveWindow(GARMIN_URL, garminPageWith(title, true));
    try {
      expect(scope.hostScriptsRan).toBe(1);
      const images = doc.getElementsByTagName('img').length;
      const info = parseGarminPage(readGarminPage(doc));
      await win.happyDOM.waitUntilComplete();
      expect(info.activityId).toBe('21500000009');
      expect(info.viewer?.profileId).toBe('2591602');
      expect(scope[PWNED_GLOBAL]).toEqual([]);
      expect(doc.getElementsByTagName('img').length).toBe(images);
      counts.jsWindowPages += 1;
    } finally {
      await win.happyDOM.close();
    }
  });
});

describe('any title text, read from the saved pages', () => {
  it('comes back exactly as the page shows it (whitespace collapsed), with no HTML API touched', () => {
    const guard = installSinkGuard();
    try {
      fc.assert(
        fc.property(hostileString, (title) => {
          const html = stravaPageWith(title, false);
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const shown = normalised(doc.querySelector('.activity-name')?.textContent ?? '');
          const read = guard.watch(() => {
            const result = parseStravaPage({ ...readStravaPage(doc), url: STRAVA_URL });
            return result.status === 'run' ? result.run.title : `(${result.status})`;
          });
          expect(guard.calls).toEqual([]);
          // An empty heading falls back to the next source (lightbox title, then 'Run'); otherwise it is the text.
          if (shown) expect(read).toBe(shown);
          expect(doc.getElementsByTagName('img').length).toBe(0);
          counts.domParserTitles += 1;
        }),
        { seed: SEED, numRuns: 300 },
      );
    } finally {
      guard.restore();
    }
    expect(pwnedCalls()).toEqual([]);
  });
});

describe('the popup and the card render titles as text', () => {
  const runWith = (title: string): Run => ({
    source: 'strava',
    id: '16900000002',
    title,
    sport: 'run',
    start: '2026-01-14T17:30:05Z',
    elapsedS: 3190,
    distanceM: 10400,
  });

  it.each([...MARKUP_TITLES, ...fc.sample(hostileString, { seed: SEED, numRuns: 40 })])(
    'title %s',
    (title) => {
      const run = runWith(title);
      const classification = classifyRun(run);
      const summary = mount(
        <RunSummary
          run={run}
          classification={classification}
          overridden={false}
          fromTab
          unit="metric"
          onCorrect={() => {}}
        />,
      );
      const advice: Advice = { kind: 'easy-day', run, reasons: classification.reasons };
      const card = mount(
        <Card
          run={run}
          classification={classification}
          advice={advice}
          now={Date.parse('2026-01-14T20:00:00Z')}
          texts={cardTexts(
            { run, runKey: 'strava:1', classification, advice, overridden: false },
            1,
            english,
            Date.parse('2026-01-14T20:00:00Z'),
            'UTC',
          )}
          collapsed={false}
          overridden={false}
          onToggleCollapsed={() => {}}
          onCorrect={() => {}}
          onOpenSession={() => {}}
          onOpenMobility={() => {}}
        />,
      );
      try {
        for (const root of [summary.root, card.root]) {
          expect(root.querySelectorAll('img, script, svg, iframe, a[href^="javascript"]').length).toBe(0);
        }
        expect(summary.root.querySelector('#run-title')?.textContent).toBe(title.trim() || 'Run');
        expect(pwnedCalls()).toEqual([]);
        counts.renderedTitles += 1;
      } finally {
        summary.unmount();
        card.unmount();
      }
    },
  );
});
