// The `calendarFile` message: a page asks only which file it wants (with its zone and language) and the background
// builds it from the stored plan and the calendar ledger. Through the real handlers and repository (fake browser
// storage): the file holds the stored plan's sessions in the runner's units, a recorded download keeps its events'
// SEQUENCE, a day the stored plan then drops comes back cancelled, and a request from anywhere but HardDay's own
// pages, or with anything but a known scope and plain strings, is refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseIcs } from '../../test/support/ical';
import { MINUTE, NOW, ZONE, tempo } from '../../test/support/evening-tempo';
import type { Run } from '../core/types';
import type { CalendarFile } from '../views/calendar-file';
import { createRepository } from '../store/repository';
import { weekPlanModel } from '../views/week-plan-view';
import type { PopupViews } from './popup-views';
import { registerMessageHandlers } from './handlers';
import { calendarUid } from './calendar-file';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const ownTempo: Run = { ...tempo, ownedByViewer: true };
/** Sunday first: long on Sunday, hard on Tuesday to Thursday. */
const USUAL = ['long', 'easy', 'hard', 'hard', 'hard', 'rest', 'easy'] as const;

const popup = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
const options = { ...popup, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };
const stravaTab = {
  id: fakeBrowser.runtime.id,
  url: 'https://www.strava.com/activities/1',
  tab: { url: 'https://www.strava.com/activities/1' } as chrome.tabs.Tab,
};

let nowMs = NOW;

async function start(run: Run = ownTempo) {
  handlers.clear();
  nowMs = NOW;
  const repository = createRepository();
  const popupViews = { prepareForTab: vi.fn(() => Promise.resolve()) } as unknown as PopupViews;
  registerMessageHandlers(repository, popupViews, () => new Date(nowMs));
  await repository.updateSettings({ level: 2, usualWeek: [...USUAL] });
  await repository.recordRuns([run], new Date(NOW));
  const send = (name: string, data: unknown, sender: chrome.runtime.MessageSender = popup) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return Promise.resolve(handler({ data, sender }));
  };
  const file = (scope: string, sender?: chrome.runtime.MessageSender, language = 'en-GB') =>
    send('calendarFile', { scope, timeZone: ZONE, language }, sender) as Promise<CalendarFile | null>;
  return { repository, send, file };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('calendarFile', () => {
  it('the week’s file holds the stored plan’s sessions, in the page’s zone', async () => {
    const { repository, file } = await start();
    const plan = weekPlanModel(await repository.readSnapshot(), NOW, ZONE);
    const planned = plan.days.filter((day) => day.session && day.until).map((day) => day.date);
    expect(planned).toHaveLength(3);

    const week = (await file('week'))!;
    expect(week.fileName).toBe('hardday-week-2026-09-16.ics');
    expect(week.events).toBe(3);
    const cal = parseIcs(week.text);
    expect(cal.timeZones).toEqual([ZONE]);
    expect(cal.events.map((e) => e.uid)).toEqual(planned.map(calendarUid));
    expect(week.exported.map((e) => e.uid)).toEqual(planned.map(calendarUid));
    // Today's window is open: the event starts at the background's clock, not the page's.
    expect(cal.events[0]!.startMs).toBe(NOW);
    // Nothing is remembered until the page says the file was downloaded.
    expect(await repository.items.calendarExportsItem.get()).toEqual([]);
  });

  it('today’s file is today’s event alone; none once the window has closed', async () => {
    const { file } = await start();
    const week = (await file('week'))!;
    const today = (await file('today', options))!;
    expect(today.fileName).toBe('hardday-2026-09-16.ics');
    expect(parseIcs(today.text).events).toEqual([parseIcs(week.text).events[0]]);

    nowMs = parseIcs(week.text).events[0]!.endMs + MINUTE;
    expect(await file('today')).toBeNull();
    expect(parseIcs((await file('week'))!.text).events.map((e) => e.uid)).not.toContain(
      calendarUid('2026-09-16'),
    );
  });

  it('says why in the runner’s units: auto follows the page’s language', async () => {
    // A hilly run: its reason says the climb and the distance.
    const { repository, file } = await start({
      ...ownTempo,
      title: 'Morning run',
      tags: {},
      distanceM: 14_000,
      elevationGainM: 750,
    });
    const say = async (language: string) =>
      parseIcs((await file('week', popup, language))!.text)
        .events.map((e) => e.description)
        .join('\n');
    await repository.updatePrefs({ units: 'auto' });
    const metric = await say('en-GB');
    const imperial = await say('en-US');
    expect(metric).toMatch(/\bkm\b/);
    expect(imperial).toMatch(/\bmi\b/);
    expect(imperial).not.toMatch(/\bkm\b/);
  });

  it('a recorded download keeps its events; a day the plan then drops comes back cancelled', async () => {
    const { repository, send, file } = await start();
    const first = (await file('week'))!;
    await send('recordCalendarExport', { exported: first.exported });
    nowMs = NOW + MINUTE;
    const again = parseIcs((await file('week'))!.text);
    const before = parseIcs(first.text);
    // Today's open window now starts a minute later (a change); the days ahead are the same events.
    expect(again.events.slice(1).map((e) => e.sequence)).toEqual(
      before.events.slice(1).map((e) => e.sequence),
    );

    // The runner's usual week changes: Sunday is no longer a long-run day, so its session goes.
    await repository.updateSettings({ usualWeek: ['easy', 'easy', 'hard', 'hard', 'hard', 'rest', 'easy'] });
    const later = (await file('week'))!;
    const cancelled = parseIcs(later.text).events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled.map((e) => e.uid)).toEqual([before.events[1]!.uid]);
    expect(cancelled[0]!.summary).toMatch(/^Cancelled: /);
    expect(later.events).toBe(later.exported.filter((e) => !e.cancelled).length);
  });

  it('answers HardDay’s own pages only, and only a known scope with its zone and language', async () => {
    const { file, send } = await start();
    await expect(file('week', stravaTab)).rejects.toThrow(/refused/);
    await expect(file('week', { id: 'another-extension', url: popup.url })).rejects.toThrow(/refused/);
    await expect(file('month')).rejects.toThrow();
    await expect(send('calendarFile', { scope: 'week' })).rejects.toThrow();
    await expect(
      send('calendarFile', { scope: 'week', timeZone: ZONE, language: 'x'.repeat(200) }),
    ).rejects.toThrow();
    await expect(send('calendarFile', undefined)).rejects.toThrow();
  });
});
