import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Advice, Classification, Run, Session } from '../utils/core/types';
import { Card, type CardProps } from './Card';
import { mount } from './popup/test-render';
import { msg } from '../utils/core/message';
import { cardTexts } from '../utils/background/card-texts';
import { english } from '../test/support/english';

const NOW = Date.parse('2026-03-10T18:00:00Z');
const run: Run = {
  source: 'strava',
  id: '42',
  title: 'Easy run',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 2400,
};
const easy: Classification = {
  effort: 'easy',
  kind: 'easy',
  confidence: 'medium',
  reasons: [msg('reason.jogged.easyPace')],
};
const session = (id: string, minutes: number, title: string): Session => ({
  id,
  title: { kind: title },
  focus: 'Core',
  level: 1,
  minutes,
  items: [],
});
const mobility = session('mobility-1-x', 6, 'training.title.mobility');

/** The card's props with its words said as the background says them (cardTexts), in English in UTC. */
function props(advice: Advice, overrides: Partial<CardProps> = {}): CardProps {
  const classification = overrides.classification ?? easy;
  const overridden = overrides.overridden ?? false;
  const view = { run, runKey: 'strava:42', classification, advice, overridden };
  return {
    run,
    classification,
    advice,
    now: NOW,
    texts: cardTexts(view, 1, english, NOW, 'UTC'),
    collapsed: false,
    overridden: false,
    onToggleCollapsed: vi.fn(),
    onCorrect: vi.fn(),
    onOpenSession: vi.fn(),
    onOpenMobility: vi.fn(),
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('Card with the new advice kinds', () => {
  it('offers the mobility routine on an easy day, opened on its own', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], mobility });
    view = mount(<Card {...p} />);
    const offer = view.root.querySelector<HTMLElement>('[data-mobility="true"]');
    expect(offer?.textContent).toContain('Mobility routine · 6 min');
    expect(view.byTestId('card-session')).toBeNull();
    view.click('card-open-mobility');
    expect(p.onOpenMobility).toHaveBeenCalledWith('mobility-1-x');
    expect(p.onOpenSession).not.toHaveBeenCalled();
    // The usual correction stays on offer.
    expect(view.get('card-correct').textContent).toBe('This was a hard run');
  });

  it('asks "Felt hard?" and marks the run hard through the correction', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], askFeltHard: true, mobility });
    view = mount(<Card {...p} />);
    const question = view.root.querySelector<HTMLElement>('[data-felt-hard]');
    expect(question?.textContent).toContain('Felt hard?');
    expect(view.get('card-felt-hard').textContent).toBe('Mark it hard');
    // One way to say it, not two.
    expect(view.byTestId('card-correct')).toBeNull();
    view.click('card-felt-hard');
    expect(p.onCorrect).toHaveBeenCalledWith('hard');
  });

  it('does not ask again once the runner has decided', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], askFeltHard: true }, { overridden: true });
    view = mount(<Card {...p} />);
    expect(view.root.querySelector('[data-felt-hard]')).toBeNull();
    expect(view.byTestId('card-correct-reset')).not.toBeNull();
  });

  it('race recovery: the light session with a button to open it', () => {
    const recovery = session('race-1-x', 12, 'training.title.race');
    const p = props({
      kind: 'race-recovery',
      run,
      recoveryEnds: '2026-03-19',
      session: recovery,
      reasons: [],
    });
    view = mount(<Card {...p} />);
    expect(view.get('card-advice').textContent).toContain('Race recovery: light mobility and core only');
    expect(view.get('card-session').textContent).toContain('Post-race mobility and core');
    expect(view.get('card-session').textContent).toContain('12 min');
    view.click('card-open-session');
    expect(p.onOpenSession).toHaveBeenCalledWith('race-1-x');
  });

  it('spacing: says when the next full session fits, on the runner’s clock', () => {
    const next = new Date(NOW + 26 * 3_600_000).toISOString();
    const hard: Classification = {
      effort: 'hard',
      kind: 'intervals',
      confidence: 'high',
      reasons: [msg('reason.noKind')],
    };
    const p = props(
      { kind: 'spacing', run, nextFullSession: next, reasons: [], mobility },
      { classification: hard },
    );
    view = mount(<Card {...p} />);
    expect(view.get('card-advice').textContent).toMatch(/next full strength from tomorrow 20:00\.$/);
    expect(view.byTestId('card-session')).toBeNull();
    expect(view.root.querySelector('[data-mobility="true"]')).not.toBeNull();
  });

  it('keeps extras out of a collapsed card', () => {
    const p = props({ kind: 'easy-day', run, reasons: [], askFeltHard: true, mobility }, { collapsed: true });
    view = mount(<Card {...p} />);
    expect(view.root.querySelector('[data-mobility]')).toBeNull();
    expect(view.root.querySelector('[data-felt-hard]')).toBeNull();
  });
});
