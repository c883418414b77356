import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WeekGlance } from '../../utils/views/week-glance';
import type { LevelSuggestionView } from '../../utils/views/popup-model';
import { Popup, type PopupProps } from './Popup';
import { popupCallbacks } from './popup-test-props';
import { mount as mountBare } from './test-render';
import { SpeakProvider } from '../speak';
import { english } from '../../test/support/english';
import type { ComponentChild } from 'preact';
import { msg } from '../../utils/core/message';

/** The popup as its container mounts it: messages said in English. */
const mount = (node: ComponentChild) =>
  mountBare(<SpeakProvider value={(message) => english(message)}>{node}</SpeakProvider>);

const week: WeekGlance = { days: [], done: 0, target: 2, targetReasons: [] };
const up: LevelSuggestionView = {
  direction: 'up',
  to: 3,
  reason: msg('advice.levelUp', { first: 5, second: 6, level: 3 }),
  key: 'L2>3@2026-03-10T18:00:00.000Z',
};

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    now: Date.parse('2026-03-10T18:00:00Z'),
    level: 2,
    unit: 'metric',
    week,
    ...popupCallbacks(),
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('level suggestion in the popup', () => {
  it('shows nothing without a suggestion', () => {
    view = mount(<Popup {...props()} />);
    expect(view.byTestId('level-suggestion')).toBeNull();
  });

  it('shows the reason and switches level in one tap with the level action', () => {
    const p = props({ levelSuggestion: up });
    view = mount(<Popup {...p} />);
    const panel = view.get('level-suggestion');
    expect(panel.dataset.direction).toBe('up');
    expect(view.get('level-suggestion-reason').textContent).toBe(
      'Your last two sessions felt easy (5 and 6 out of 10): ready to try level 3?',
    );
    expect(view.get('level-suggestion-switch').textContent).toBe('Switch to level 3');
    view.click('level-suggestion-switch');
    expect(p.onLevel).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('can be dismissed, and says so to the container', () => {
    const onDismiss = vi.fn();
    view = mount(<Popup {...props({ levelSuggestion: up, onDismissLevelSuggestion: onDismiss })} />);
    view.click('level-suggestion-dismiss');
    expect(view.byTestId('level-suggestion')).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('offers an easier level after two very hard sessions', () => {
    const down: LevelSuggestionView = {
      direction: 'down',
      to: 1,
      reason: msg('advice.levelDown', { first: 9, second: 10, level: 1 }),
      key: 'L2>1@2026-03-10',
    };
    view = mount(<Popup {...props({ levelSuggestion: down })} />);
    expect(view.get('level-suggestion').querySelector('h2')!.textContent).toBe('An easier level?');
    expect(view.get('level-suggestion-switch').textContent).toBe('Switch to level 1');
  });

  it('shows it on the Today tab only, with text rendered as text', () => {
    view = mount(
      <Popup
        {...props({
          levelSuggestion: {
            ...up,
            reason: msg('reason.title', { title: { text: '<img src=x onerror=alert(1)>' } }),
          },
        })}
      />,
    );
    expect(view.get('level-suggestion-reason').textContent).toBe(
      'The title says “<img src=x onerror=alert(1)>”',
    );
    expect(view.root.querySelector('img')).toBeNull();
    view.click('tab-history');
    expect(view.byTestId('level-suggestion')).toBeNull();
  });
});
