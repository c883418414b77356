import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSession } from '../../utils/core';
import type { Advice, Run } from '../../utils/core/types';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { flush, mount, setValue } from './test-render';
import { Popup, type PopupProps } from './Popup';
import { popupCallbacks } from './popup-test-props';
import { msg } from '../../utils/core/message';
import { useLocale } from '@/test/support/i18n';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const run: Run = {
  source: 'strava',
  id: '123',
  title: 'Tuesday intervals',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 3600,
  distanceM: 12_000,
};
const session = buildSession({ kind: 'intervals', level: 2, phase: 'off-season', now: new Date(NOW) });
const strength: Advice = {
  kind: 'strength',
  run,
  windowEnds: new Date(NOW + 2 * 3_600_000 + 15 * 60_000 + 30_000).toISOString(),
  session,
  reasons: [msg('advice.coachNote')],
};
const week: WeekGlance = {
  days: Array.from({ length: 7 }, (_, i) => ({
    date: `2026-03-${String(9 + i).padStart(2, '0')}`,
    isToday: i === 1,
    isFuture: i > 1,
    runs:
      i === 1 ? [{ effort: 'hard' as const, kind: 'intervals' as const, title: 'Tuesday intervals' }] : [],
    strength: i === 0 ? ['done' as const] : [],
  })),
  done: 1,
  target: 3,
  targetReasons: [msg('advice.phase.noRaceDate')],
};
const history: HistoryBar[] = Array.from({ length: 8 }, (_, i) => ({
  startDate: `2026-01-${String(19 + i).padStart(2, '0')}`,
  done: i % 3,
  target: 3,
  current: i === 7,
}));

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    now: NOW,
    level: 2,
    unit: 'metric',
    current: {
      run,
      runKey: 'strava:123',
      classification: {
        effort: 'hard',
        kind: 'intervals',
        confidence: 'high',
        reasons: [msg('reason.noKind')],
      },
      advice: strength,
      overridden: false,
      fromTab: true,
    },
    week,
    ...popupCallbacks(),
    loadHistory: () => history,
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('Popup with a hard run in the window', () => {
  it('shows the run, its verdict, the countdown, the session and the week', () => {
    view = mount(<Popup {...props()} />);
    for (const id of [
      'popup',
      'run-summary',
      'advice',
      'countdown',
      'session-preview',
      'week',
      'level-picker',
    ]) {
      expect(view.byTestId(id), id).not.toBeNull();
    }
    expect(view.get('run-summary').dataset.effort).toBe('hard');
    expect(view.get('run-summary').textContent).toContain('The run in this tab');
    expect(view.get('run-summary').textContent).toContain('12.0 km');
    expect(view.get('countdown').textContent).toBe('2:15:30');
    expect(view.get('countdown').getAttribute('aria-label')).toBe('2 hours 15 minutes left');
    expect(view.get('session-preview').querySelectorAll('li')).toHaveLength(session.items.length);
    expect(view.get('week-strength').textContent).toBe('1 of 3 strength sessions');
  });

  it('turns taps into the right callbacks', () => {
    const p = props();
    view = mount(<Popup {...p} />);
    view.click('correct-easy');
    expect(p.onCorrect).toHaveBeenCalledWith('strava:123', 'easy');
    view.click('start-session');
    expect(p.onStart).toHaveBeenCalledWith(session.id, 'strava:123');
    view.click('log-done');
    expect(p.onLog).toHaveBeenCalledWith('done', session.id, 'strava:123');
    view.click('log-skip');
    expect(p.onLog).toHaveBeenCalledWith('skipped', session.id, 'strava:123');
    view.click('level-3');
    expect(p.onLevel).toHaveBeenCalledWith(3);
  });

  it('after logging, offers undo instead of the session buttons', () => {
    const p = props();
    const current = {
      ...p.current!,
      logged: 'done' as const,
      advice: { kind: 'done' as const, run, reasons: [] },
    };
    view = mount(<Popup {...p} current={current} />);
    expect(view.byTestId('session-preview')).toBeNull();
    expect(view.get('logged').textContent).toContain('logged');
    view.click('log-undo');
    expect(p.onUndo).toHaveBeenCalledWith('strava:123');
  });

  it('marks a correction as the runner’s own and lets them hand it back', () => {
    const p = props();
    const current = {
      ...p.current!,
      overridden: true,
      classification: {
        effort: 'easy' as const,
        kind: 'easy' as const,
        confidence: 'high' as const,
        reasons: [msg('advice.overridden.easy')],
      },
      advice: { kind: 'easy-day' as const, run, reasons: [msg('advice.keepEasyDaysEasy')] },
    };
    view = mount(<Popup {...p} current={current} />);
    expect(view.get('correct-easy').getAttribute('aria-pressed')).toBe('true');
    expect(view.byTestId('countdown')).toBeNull();
    view.click('correct-reset');
    expect(p.onCorrect).toHaveBeenCalledWith('strava:123', null);
  });
});

describe('Popup without a run', () => {
  it('explains how to get one and logs a run by hand', async () => {
    const p = props({ current: undefined });
    view = mount(<Popup {...p} />);
    expect(view.get('no-run').textContent).toContain('Strava');
    setValue(view.get<HTMLInputElement>('manual-date'), '2026-03-10');
    setValue(view.get<HTMLInputElement>('manual-time'), '07:30');
    setValue(view.get<HTMLInputElement>('manual-minutes'), '50');
    setValue(view.get<HTMLSelectElement>('manual-kind'), 'hills');
    view
      .get<HTMLFormElement>('manual-run')
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(p.onAddRun).toHaveBeenCalledTimes(1);
    const added = vi.mocked(p.onAddRun).mock.calls[0]![0];
    expect(added).toMatchObject({
      source: 'manual',
      title: 'Hill repeats',
      elapsedS: 3000,
      tags: { workout: true },
    });
    expect(view.get('manual-status').textContent).toBe('Run saved.');
  });

  it('says what is wrong with the form instead of saving', async () => {
    const p = props({ current: undefined });
    view = mount(<Popup {...p} />);
    setValue(view.get<HTMLInputElement>('manual-minutes'), '0');
    view
      .get<HTMLFormElement>('manual-run')
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(p.onAddRun).not.toHaveBeenCalled();
    expect(view.get('manual-status').textContent).toContain('minutes');
  });
});

describe('Popup history tab', () => {
  it('switches with the arrow keys and shows the chart with a text table', () => {
    view = mount(<Popup {...props()} />);
    const key = (id: string, k: string) =>
      act(() => void view!.get(id).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('tab-today', 'ArrowRight');
    expect(view.get('tab-history').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(view.get('tab-history'));
    key('tab-history', 'ArrowRight');
    expect(view.get('tab-today').getAttribute('aria-selected')).toBe('true');
    view.click('tab-history');
    expect(view.get('history-chart').querySelectorAll('rect.bar').length).toBe(
      history.filter((w) => w.done > 0).length,
    );
    const rows = view.get('history-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(8);
    expect(rows[7]!.textContent).toContain('(this week)');
    expect(view.get('week-glance').querySelectorAll('li')).toHaveLength(7);
    expect(view.get('week-glance').textContent).toContain('hard run (intervals)');
  });
});

describe('the run facts in the runner units and language', () => {
  const facts = () => view?.root.querySelector('.run-facts')?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

  it('says the distance in km or mi as the runner runs', () => {
    view = mount(<Popup {...props()} />);
    expect(facts()).toContain('12.0 km · 1 h');
    view.unmount();
    view = mount(<Popup {...props({ unit: 'imperial' })} />);
    expect(facts()).toContain('7.5 mi · 1 h');
    expect(facts()).not.toContain('km');
  });

  it('writes the numbers as the UI language does', () => {
    useLocale('de-DE');
    view = mount(<Popup {...props({ unit: 'imperial' })} />);
    expect(facts()).toMatch(/^Di\., \d{1,2}:\d{2} · 7,5 mi · 1 h$/);
  });
});
