// The popup for the advice kinds beyond strength: race recovery, spacing, foundation, the mobility routine any
// day may carry, and the "Felt hard?" question.
import { afterEach, describe, expect, it } from 'vitest';
import type { Advice, Run, Session } from '../../utils/core/types';
import type { WeekGlance } from '../../utils/views/week-glance';
import { countdownEnd } from './countdown';
import { Popup, type PopupProps } from './Popup';
import { popupCallbacks } from './popup-test-props';
import { mount } from './test-render';
import { msg } from '../../utils/core/message';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const run: Run = {
  source: 'garmin',
  id: '77',
  title: 'Easy run',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 2400,
  distanceM: 7000,
};
const session = (id: string, minutes: number, title: string): Session => ({
  id,
  title: { kind: title },
  focus: 'Core and hips',
  level: 1,
  minutes,
  items: [
    {
      exerciseId: 'dead-bug',
      variant: { name: 'Dead bug', dose: { sets: 2, reps: 8, perSide: true }, cues: [] },
      restS: 30,
    },
  ],
});
const mobility = session('mobility-1-x', 6, 'training.title.mobility');
const week: WeekGlance = {
  days: Array.from({ length: 7 }, (_, i) => ({
    date: `2026-03-${String(9 + i).padStart(2, '0')}`,
    isToday: i === 1,
    isFuture: i > 1,
    runs: [],
    strength: [],
  })),
  done: 0,
  target: 2,
  targetReasons: [],
};

function props(advice: Advice, overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    now: NOW,
    level: 1,
    unit: 'metric',
    current: {
      run,
      runKey: 'garmin:77',
      classification: {
        effort: 'easy',
        kind: 'easy',
        confidence: 'medium',
        reasons: [msg('reason.jogged.easyPace')],
      },
      advice,
      overridden: false,
      fromTab: true,
    },
    week,
    ...popupCallbacks(),
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('Popup: mobility and "Felt hard?"', () => {
  it('offers the mobility routine compactly, started on its own', () => {
    const p = props({ kind: 'easy-day', run, reasons: [msg('advice.keepEasyDaysEasy')], mobility });
    view = mount(<Popup {...p} />);
    expect(view.get('advice').dataset.advice).toBe('easy-day');
    expect(view.get('mobility').textContent).toContain('Mobility routine · 6 min');
    expect(view.byTestId('session-preview')).toBeNull();
    expect(view.byTestId('felt-hard')).toBeNull();
    view.click('mobility-start');
    expect(p.onStart).toHaveBeenCalledWith('mobility-1-x');
  });

  it('asks "Felt hard?" and "Mark it hard" sends the correction for this run', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], askFeltHard: true, mobility });
    view = mount(<Popup {...p} />);
    expect(view.get('advice').textContent).toContain('Felt hard?');
    expect(view.get('felt-hard').textContent).toBe('Mark it hard');
    view.click('felt-hard');
    expect(p.onCorrect).toHaveBeenCalledWith('garmin:77', 'hard');
  });

  it('holds the button while an action is under way', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], askFeltHard: true }, { busy: true });
    view = mount(<Popup {...p} />);
    expect(view.get<HTMLButtonElement>('felt-hard').disabled).toBe(true);
  });
});

describe('Popup: race recovery, spacing and foundation', () => {
  it('race recovery shows the light session with Start, Done and Skip', () => {
    const recovery = session('race-1-x', 12, 'training.title.race');
    const p = props({
      kind: 'race-recovery',
      run,
      recoveryEnds: '2026-03-19',
      session: recovery,
      reasons: [],
    });
    view = mount(<Popup {...p} />);
    expect(view.get('advice').dataset.advice).toBe('race-recovery');
    expect(view.get('advice').textContent).toContain('light mobility and core only');
    expect(view.get('session-preview').dataset.session).toBe('race-1-x');
    expect(view.byTestId('countdown')).toBeNull();
    view.click('start-session');
    expect(p.onStart).toHaveBeenCalledWith('race-1-x', 'garmin:77');
    view.click('log-done');
    expect(p.onLog).toHaveBeenCalledWith('done', 'race-1-x', 'garmin:77');
  });

  it('spacing says when the next full session fits, and offers no session', () => {
    const next = new Date(NOW + 30 * 3_600_000).toISOString();
    const p = props({
      kind: 'spacing',
      run,
      nextFullSession: next,
      reasons: [msg('advice.sameDayDone')],
      mobility,
    });
    view = mount(<Popup {...p} />);
    expect(view.get('advice').textContent).toContain('next full strength from');
    expect(view.byTestId('session-preview')).toBeNull();
    expect(view.byTestId('countdown')).toBeNull();
    expect(view.byTestId('mobility')).not.toBeNull();
  });

  it('foundation counts down to the cut-off and offers the session', () => {
    const until = new Date(NOW + 3 * 3_600_000 + 30 * 60_000).toISOString();
    const foundation = session('foundation-1-x', 20, 'training.title.foundation');
    const p = props({
      kind: 'foundation',
      run,
      until,
      session: foundation,
      reasons: [msg('advice.firstSession')],
    });
    view = mount(<Popup {...p} />);
    expect(view.get('advice').textContent).toContain('foundation session');
    expect(view.get('countdown').textContent).toBe('3:30:00');
    expect(view.get('advice').textContent).toContain('fits until');
    expect(view.get('session-preview').dataset.session).toBe('foundation-1-x');
  });

  it('counts down only to a strength window or a foundation cut-off', () => {
    const at = new Date(NOW + 60_000).toISOString();
    expect(countdownEnd({ kind: 'foundation', until: at, session: mobility, reasons: [] })).toBe(at);
    expect(countdownEnd({ kind: 'strength', run, windowEnds: at, session: mobility, reasons: [] })).toBe(at);
    expect(countdownEnd({ kind: 'spacing', run, nextFullSession: at, reasons: [] })).toBeUndefined();
    expect(countdownEnd(undefined)).toBeUndefined();
  });
});
