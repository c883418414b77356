import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComponentChild } from 'preact';
import { mount as mountBare } from '../popup/test-render';
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
    // Monday morning, before the week's two planned sessions.
    const monday = () => vi.useFakeTimers({ now: Date.parse('2026-09-16T06:00:00Z'), toFake: ['Date'] });
    afterEach(() => vi.useRealTimers());

    it('a download link to the week’s file; none for today, which has no window', async () => {
      monday();
      view = mount(<WeekPanel week={glance} plan={plan} />);
      const link = view.get('calendar-week') as HTMLAnchorElement;
      expect(link.textContent).toBe('Add to calendar');
      expect(link.getAttribute('download')).toBe('hardday-week-2026-09-16.ics');
      expect(link.getAttribute('href')).toMatch(/^blob:/);
      expect(link.dataset.events).toBe('2');
      expect(view.byTestId('calendar-today')).toBeNull();
      expect(view.byTestId('calendar-open-page')).toBeNull();
    });

    it('today’s window gets its own link, in History too', () => {
      monday();
      const withToday: WeekPlanView = {
        ...plan,
        days: plan.days.map((d, i) => (i === 0 ? { ...plan.days[1]!, date: d.date, isToday: true } : d)),
      };
      view = mount(<HistoryPanel week={glance} weeks={[]} plan={withToday} />);
      const today = view.get('calendar-today') as HTMLAnchorElement;
      expect(today.textContent).toBe('Add today’s window');
      expect(today.getAttribute('download')).toBe('hardday-2026-09-16.ics');
      expect((view.get('calendar-week') as HTMLElement).dataset.events).toBe('3');
    });

    it('where the popup cannot download, one button that opens History', () => {
      monday();
      let opened = 0;
      view = mount(<WeekPanel week={glance} plan={plan} onOpenCalendarPage={() => (opened += 1)} />);
      expect(view.byTestId('calendar-week')).toBeNull();
      (view.get('calendar-open-page') as HTMLButtonElement).click();
      expect(opened).toBe(1);
    });

    it('nothing to add once every planned window has passed', () => {
      vi.useFakeTimers({ now: Date.parse('2026-09-23T06:00:00Z'), toFake: ['Date'] });
      view = mount(<WeekPanel week={glance} plan={plan} />);
      expect(view.byTestId('calendar-week')).toBeNull();
      expect(view.byTestId('calendar-open-page')).toBeNull();
    });
  });
});
