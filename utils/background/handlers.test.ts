// The background remembers the units a site's page says the runner uses (reportRuns from a reader) and `auto` then
// resolves to them: in the card's model, and for the popup and options, before the browser's region is asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INTERVALS_RUN } from '../../test/support/test-runs';
import type { Run } from '../core/types';
import { createRepository } from '../store/repository';
import { resolveUnits } from '../views/units';
import type { PopupViews } from './popup-views';
import { registerMessageHandlers } from './handlers';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const NOW = new Date('2026-03-10T18:00:00Z');
const run: Run = { ...INTERVALS_RUN, ownedByViewer: true };
const garminRun: Run = {
  ...run,
  source: 'garmin',
  id: '17000000001',
  url: 'https://connect.garmin.com/modern/activity/17000000001',
};
const from = (url: string): chrome.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { url } as chrome.tabs.Tab,
});
const stravaTab = from('https://www.strava.com/activities/16900000002');
const garminTab = from('https://connect.garmin.com/modern/activity/17000000001');

function start() {
  handlers.clear();
  const repository = createRepository();
  const popupViews = { prepareForTab: vi.fn(() => Promise.resolve()) } as unknown as PopupViews;
  registerMessageHandlers(repository, popupViews, () => NOW);
  const send = (name: string, data: unknown, sender: chrome.runtime.MessageSender) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return Promise.resolve(handler({ data, sender }));
  };
  const cardUnits = async (sender = stravaTab, cardRun = run) =>
    ((await send('cardModel', { run: cardRun }, sender)) as { units: string }).units;
  /** What the popup and options pages resolve `auto` to, on a browser whose region says `language`. */
  const pageUnits = async (language: string) => {
    const { prefs } = await repository.readSnapshot();
    return resolveUnits(prefs.units, prefs.siteUnits, language);
  };
  return { repository, send, cardUnits, pageUnits };
}

beforeEach(() => {
  fakeBrowser.reset();
  // A British browser: its region alone would say kilometres.
  vi.stubGlobal('navigator', { ...navigator, language: 'en-GB' });
});

describe('the site unit preference a reader reports', () => {
  it('is remembered with the site, and auto resolves to it instead of the region', async () => {
    const { repository, send, cardUnits, pageUnits } = start();
    expect(await cardUnits()).toBe('metric');
    expect(await pageUnits('en-GB')).toEqual({ units: 'metric', source: 'region' });

    expect(await send('reportRuns', { runs: [run], units: 'imperial' }, stravaTab)).toBe(1);
    expect((await repository.readSnapshot()).prefs.siteUnits).toEqual({ site: 'strava', units: 'imperial' });
    expect(await cardUnits()).toBe('imperial');
    expect(await pageUnits('en-GB')).toEqual({ units: 'imperial', source: 'strava' });
  });

  it('keeps the last site that said it, and a report without units changes nothing', async () => {
    const { repository, send, pageUnits } = start();
    await send('reportRuns', { runs: [run], units: 'imperial' }, stravaTab);
    await send('reportRuns', { runs: [run] }, stravaTab);
    expect(await pageUnits('de-DE')).toEqual({ units: 'imperial', source: 'strava' });
    await send('reportRuns', { runs: [garminRun], units: 'metric' }, garminTab);
    expect((await repository.readSnapshot()).prefs.siteUnits).toEqual({ site: 'garmin', units: 'metric' });
    expect(await pageUnits('en-US')).toEqual({ units: 'metric', source: 'garmin' });
  });

  it('never overrides the runner’s own choice in HardDay', async () => {
    const { repository, send, cardUnits, pageUnits } = start();
    await repository.updatePrefs({ units: 'metric' });
    await send('reportRuns', { runs: [run], units: 'imperial' }, stravaTab);
    expect(await cardUnits()).toBe('metric');
    expect(await pageUnits('en-US')).toEqual({ units: 'metric', source: 'choice' });
  });

  it('refuses units from a page that is not a site of the registry, and unknown unit names', async () => {
    const { repository, send } = start();
    await expect(
      send('reportRuns', { runs: [run], units: 'imperial' }, from('https://evil.example/activities/1')),
    ).rejects.toThrow(/unexpected sender/);
    await expect(send('reportRuns', { runs: [run], units: 'furlongs' }, stravaTab)).rejects.toThrow();
    expect((await repository.readSnapshot()).prefs.siteUnits).toBeUndefined();
  });
});

describe('stravaPage: the Strava feature hands the page’s texts to the background to be read', () => {
  const texts = {
    url: 'https://www.strava.com/activities/16900000007',
    scripts: [],
    title: 'Mittagslauf | Lauf | Strava',
    headingName: 'Mittagslauf',
    stats: [
      { label: 'Distanz', value: '7,02 km' },
      { label: 'Bewegungszeit', value: '38:13' },
      { label: 'Verstrichene Zeit', value: '39:15' },
    ],
    timeText: 'Freitag, 16. Januar 2026 um 12:10',
    utcOffsetMin: 60,
  };

  it('reads the run a Strava page shows, in the page’s language', async () => {
    const { send } = start();
    await expect(send('stravaPage', texts, stravaTab)).resolves.toMatchObject({
      status: 'run',
      run: { id: '16900000007', start: '2026-01-16T11:10:00.000Z', elapsedS: 2355, distanceM: 7020 },
    });
  });

  it('refuses it from any other sender, and reads nonsense as unreadable instead of failing', async () => {
    const { send } = start();
    const read = (data: unknown, sender = stravaTab) =>
      Promise.resolve().then(() => send('stravaPage', data, sender));
    await expect(read(texts, garminTab)).rejects.toThrow(/refused/);
    await expect(read(texts, from('https://example.com/'))).rejects.toThrow(/refused/);
    await expect(read('not a page')).resolves.toMatchObject({ status: 'unreadable' });
    await expect(read({ ...texts, stats: 'many' })).resolves.toMatchObject({ status: 'unreadable' });
    // Too many scripts for a Strava page: dropped, and the visible texts still give the run.
    await expect(read({ ...texts, scripts: Array(50).fill('pageView') })).resolves.toMatchObject({
      status: 'run',
    });
  });
});
