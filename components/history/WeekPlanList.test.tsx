import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComponentChild } from 'preact';
import { flush, mount as mountBare } from '../popup/test-render';
import type { CalendarFile, CalendarScope } from '../../utils/views/calendar-file';
import { CalendarFilesProvider, type CalendarFiles } from './calendar-files';
import { SpeakProvider } from '../speak';
import type { Message } from '../../utils/core/message';
import { HistoryPanel } from './HistoryPanel';
import { WeekPanel } from '../popup/WeekPanel';
import type { WeekPlanView } from '../../utils/views/week-plan-view';

const said = (words: string) => ({ key: words }) as unknown as Message;

// The marathoner's next 7 days on a Monday morning (as the core plans them: test/core/week-plan.test.ts).
const plan: WeekPlanView = {
  usualSource: 'suggested',
  timeZone: 'Europe/Berlin',
  moved: [
    said('Tuesday is usually your hard day, but the run was easy: no strength after it'),
    said('So strength comes on Sunday instead of yesterday'),
  ],
  days: [
    {
      date: '2026-09-16',
      isToday: true,
      usual: 'easy',
      slot: 'mobility',
      reasons: [said('Keep easy days easy')],
    },
    {
      date: '2026-09-17',
      isToday: false,
      usual: 'hard',
      slot: 'strength',
      after: { source: 'usual', day: 'hard' },
      from: '2026-09-17T16:20:00.000Z',
      until: '2026-09-17T19:20:00.000Z',
      session: {
        id: 's2-L2-hard-strength-w2638',
        title: { kind: 'training.title.hard', block: 'training.block.strength', week: 3 },
        focus: 'training.focus.strength',
        minutes: 31,
      },
      reasons: [
        said(
          'After your usual hard run on Thursday (ends about 18:20): strength fits from 18:20 until 21:20',
        ),
      ],
    },
    {
      date: '2026-09-18',
      isToday: false,
      usual: 'rest',
      slot: 'mobility',
      reasons: [said('Friday is usually a rest day')],
    },
    {
      date: '2026-09-19',
      isToday: false,
      usual: 'easy',
      slot: 'mobility',
      reasons: [said('Saturday is usually easy')],
    },
    {
      date: '2026-09-20',
      isToday: false,
      usual: 'long',
      slot: 'strength',
      after: { source: 'usual', day: 'long' },
      from: '2026-09-20T17:40:00.000Z',
      until: '2026-09-20T19:30:00.000Z',
      session: {
        id: 's2-L2-long-strength-w2638',
        title: { kind: 'training.title.long' },
        focus: 'training.focus.afterLong',
        minutes: 21,
      },
      reasons: [said('After your usual long run on Sunday')],
    },
    {
      date: '2026-09-21',
      isToday: false,
      usual: 'easy',
      slot: 'mobility',
      reasons: [said('Monday is usually easy')],
    },
    {
      date: '2026-09-22',
      isToday: false,
      usual: 'hard',
      slot: 'light',
      after: { source: 'actual', kind: 'intervals' },
      reasons: [said('Race week')],
    },
  ],
};

const glance = { days: [], done: 0, target: 2, targetReasons: [] };

/** The list shows what the speaker says for each message; here a message's words are its key. */
const mount = (node: ComponentChild) =>
  mountBare(<SpeakProvider value={(message) => message.key}>{node}</SpeakProvider>);

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

const days = () =>
  [...view!.get('week-plan').querySelectorAll('li')].map((li) => ({
    slot: li.dataset.slot,
    text: li.querySelector('.plan-day-what')!.textContent,
  }));

describe('the next 7 days', () => {
  it('in the popup: one compact line a day, strength with the run it follows and its window', () => {
    view = mount(<WeekPanel week={glance} plan={plan} />);
    const shown = days();
    expect(shown).toHaveLength(7);
    expect(shown[0]).toEqual({ slot: 'mobility', text: 'Mobility only' });
    expect(shown[1]!.text).toMatch(/^Strength after your hard run \d/);
    expect(shown[4]!.text).toMatch(/^Strength after your long run /);
    expect(shown[6]!.text).toBe('Light core and mobility after your intervals');
    // Why stays one hover away in the compact list.
    expect(view.root.querySelector('.plan-day-why')).toBeNull();
    expect(view.root.querySelectorAll('li')[1]!.getAttribute('title')).toContain('ends about 18:20');
    expect(view.root.querySelector('li.today')!.textContent).toContain('Today');
    expect(view.get('week-plan-moved').textContent).toBe(
      'Tuesday is usually your hard day, but the run was easy: no strength after it. So strength comes on Sunday instead of yesterday.',
    );
    expect(view.get('week-plan-source').textContent).toContain('last 6 weeks of runs');
  });

  it('in History: each day says why', () => {
    view = mount(<HistoryPanel week={glance} weeks={[]} plan={plan} />);
    const why = [...view.root.querySelectorAll('.plan-day-why')].map((el) => el.textContent);
    expect(why).toHaveLength(7);
    expect(why[1]).toContain('strength fits from 18:20 until 21:20');
  });

  it('with the runner’s own usual week, no note about where it comes from', () => {
    view = mount(<WeekPanel week={glance} plan={{ ...plan, usualSource: 'settings', moved: [] }} />);
    expect(view.byTestId('week-plan-source')).toBeNull();
    expect(view.byTestId('week-plan-moved')).toBeNull();
  });

  it('before the plan has arrived, the week panel shows without it', () => {
    view = mount(<WeekPanel week={glance} />);
    expect(view.byTestId('week-plan')).toBeNull();
    expect(view.get('week')).toBeTruthy();
  });

  describe('add to calendar', () => {
    // The background builds the files (utils/background/calendar-file.ts); here it answers from a table and notes
    // what it was asked and told.
    const file = (fileName: string, events: number, uid = fileName): CalendarFile => ({
      text: `BEGIN:VCALENDAR\r\nX-FILE:${fileName}\r\nX-UID:${uid}\r\nEND:VCALENDAR\r\n`,
      fileName,
      events,
      exported: [
        {
          uid,
          date: '2026-09-17',
          startMs: 0,
          endMs: 1,
          summary: 'Strength',
          sequence: 1,
          digest: 'd',
          cancelled: false,
        },
      ],
    });
    function background(answers: Partial<Record<CalendarScope, CalendarFile | null>>) {
      const asked: CalendarScope[] = [];
      const recorded: string[] = [];
      const files: CalendarFiles = {
        file: (scope) => {
          asked.push(scope);
          return Promise.resolve(answers[scope] ?? null);
        },
        record: (exported) => {
          recorded.push(...exported.map((e) => e.uid));
          return Promise.resolve();
        },
      };
      const wrap = (node: ComponentChild) => (
        <CalendarFilesProvider value={files}>{node}</CalendarFilesProvider>
      );
      return { asked, recorded, answers, wrap };
    }
    /** The file behind a link, as the browser would save it (happy-dom cannot fetch a Blob URL: kept as made). */
    const blobs = new Map<string, Blob>();
    beforeEach(() => {
      const make = URL.createObjectURL.bind(URL);
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        const url = make(blob);
        blobs.set(url, blob as Blob);
        return url;
      });
    });
    afterEach(() => vi.restoreAllMocks());
    const linked = async (id: string) => {
      const blob = blobs.get((view!.get(id) as HTMLAnchorElement).href)!;
      expect(blob.type).toBe('text/calendar;charset=utf-8');
      return blob.text();
    };

    it('a download link to the week’s file the background made; none for today when it has none', async () => {
      const bg = background({ week: file('hardday-week-2026-09-16.ics', 2) });
      view = mount(bg.wrap(<WeekPanel week={glance} plan={plan} />));
      await flush();
      const link = view.get('calendar-week') as HTMLAnchorElement;
      expect(link.textContent).toBe('Add to calendar');
      expect(link.getAttribute('download')).toBe('hardday-week-2026-09-16.ics');
      expect(link.getAttribute('href')).toMatch(/^blob:/);
      expect(await linked('calendar-week')).toContain('X-FILE:hardday-week-2026-09-16.ics');
      expect(link.dataset.events).toBe('2');
      expect(view.byTestId('calendar-today')).toBeNull();
      expect(view.byTestId('calendar-open-page')).toBeNull();
      expect(bg.asked.sort()).toEqual(['today', 'week']);
    });

    it('today’s window gets its own link, in History too', async () => {
      const bg = background({
        week: file('hardday-week-2026-09-16.ics', 3),
        today: file('hardday-2026-09-16.ics', 1),
      });
      view = mount(bg.wrap(<HistoryPanel week={glance} weeks={[]} plan={plan} />));
      await flush();
      const today = view.get('calendar-today') as HTMLAnchorElement;
      expect(today.textContent).toBe('Add today’s window');
      expect(today.getAttribute('download')).toBe('hardday-2026-09-16.ics');
      expect(await linked('calendar-today')).toContain('X-FILE:hardday-2026-09-16.ics');
      expect((view.get('calendar-week') as HTMLElement).dataset.events).toBe('3');
    });

    it('a download is recorded with what the file handed out, and the files are asked for again', async () => {
      const bg = background({ week: file('hardday-week-2026-09-16.ics', 2, 'first') });
      view = mount(bg.wrap(<WeekPanel week={glance} plan={plan} />));
      await flush();
      // The next file the background makes (the ledger now holds the first).
      bg.answers.week = file('hardday-week-2026-09-16.ics', 3, 'second');
      const before = (view.get('calendar-week') as HTMLAnchorElement).href;
      view.click('calendar-week');
      await flush();
      expect(bg.recorded).toEqual(['first']);
      const link = view.get('calendar-week') as HTMLAnchorElement;
      expect(link.dataset.events).toBe('3');
      expect(link.href).not.toBe(before);
      expect(bg.asked.filter((scope) => scope === 'week')).toHaveLength(2);
    });

    it('a new plan asks for new files', async () => {
      const bg = background({ week: file('hardday-week-2026-09-16.ics', 2) });
      view = mount(bg.wrap(<WeekPanel week={glance} plan={plan} />));
      await flush();
      view.rerender(
        <SpeakProvider value={(message) => message.key}>
          {bg.wrap(<WeekPanel week={glance} plan={{ ...plan }} />)}
        </SpeakProvider>,
      );
      await flush();
      expect(bg.asked.filter((scope) => scope === 'week')).toHaveLength(2);
    });

    it('where the popup cannot download, one button that opens History (and no file is made for today)', async () => {
      const bg = background({ week: file('hardday-week-2026-09-16.ics', 2), today: file('today.ics', 1) });
      let opened = 0;
      view = mount(bg.wrap(<WeekPanel week={glance} plan={plan} onOpenCalendarPage={() => (opened += 1)} />));
      await flush();
      expect(view.byTestId('calendar-week')).toBeNull();
      expect(view.byTestId('calendar-today')).toBeNull();
      (view.get('calendar-open-page') as HTMLButtonElement).click();
      expect(opened).toBe(1);
      expect(bg.asked).toEqual(['week']);
    });

    it('nothing to add when the background has no file (every planned window has passed)', async () => {
      const bg = background({});
      view = mount(bg.wrap(<WeekPanel week={glance} plan={plan} onOpenCalendarPage={() => {}} />));
      await flush();
      expect(view.byTestId('calendar-open-page')).toBeNull();
      view.rerender(
        <SpeakProvider value={(message) => message.key}>
          {bg.wrap(<WeekPanel week={glance} plan={plan} />)}
        </SpeakProvider>,
      );
      await flush();
      expect(view.byTestId('calendar-week')).toBeNull();
    });
  });
});
