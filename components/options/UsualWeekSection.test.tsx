import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/core/types';
import { mount, setValue } from '../popup/test-render';
import { UsualWeekSection } from './UsualWeekSection';

const suggestion = {
  days: ['long', 'easy', 'hard', 'easy', 'hard', 'rest', 'easy'] as NonNullable<Settings['usualWeek']>,
  weeks: 6,
};

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

const selects = () =>
  [...view!.get('usual-week').querySelectorAll('select')].map((s) => [s.dataset.testid, s.value]);

describe('your usual week', () => {
  it('shows the suggestion in the runner’s week order until the runner sets one, and takes it in one click', () => {
    const onSave = vi.fn();
    view = mount(<UsualWeekSection settings={DEFAULT_SETTINGS} suggestion={suggestion} onSave={onSave} />);
    // Monday first (the default week), Sunday last.
    expect(selects()).toEqual([
      ['usual-day-1', 'easy'],
      ['usual-day-2', 'hard'],
      ['usual-day-3', 'easy'],
      ['usual-day-4', 'hard'],
      ['usual-day-5', 'rest'],
      ['usual-day-6', 'easy'],
      ['usual-day-0', 'long'],
    ]);
    expect(view.get('usual-week-status').textContent).toContain('last 6 weeks');
    view.click('usual-week-suggest');
    expect(onSave).toHaveBeenCalledWith({ usualWeek: suggestion.days });
    expect(view.byTestId('usual-week-clear')).toBeNull();
  });

  it('saves one changed day as the whole week, Sunday first', () => {
    const onSave = vi.fn();
    view = mount(<UsualWeekSection settings={DEFAULT_SETTINGS} suggestion={suggestion} onSave={onSave} />);
    setValue(view.get<HTMLSelectElement>('usual-day-5'), 'hard');
    expect(onSave).toHaveBeenCalledWith({
      usualWeek: ['long', 'easy', 'hard', 'easy', 'hard', 'hard', 'easy'],
    });
  });

  it('the runner’s own week: shown as set, Sunday first when the week starts on Sunday, and can go back to automatic', () => {
    const onSave = vi.fn();
    const own: Settings['usualWeek'] = ['rest', 'hard', 'easy', 'easy', 'hard', 'rest', 'long'];
    view = mount(
      <UsualWeekSection
        settings={{ ...DEFAULT_SETTINGS, weekStartsOn: 0, usualWeek: own }}
        suggestion={suggestion}
        onSave={onSave}
      />,
    );
    expect(selects().map(([, value]) => value)).toEqual(own);
    expect(view.get('usual-week-status').textContent).toBe('Your own usual week.');
    view.click('usual-week-clear');
    expect(onSave).toHaveBeenCalledWith({ usualWeek: null });
    // Differs from the suggestion: it can still be taken.
    expect(view.byTestId('usual-week-suggest')).toBeTruthy();
  });

  it('no runs yet: nothing to suggest', () => {
    view = mount(
      <UsualWeekSection
        settings={DEFAULT_SETTINGS}
        suggestion={{ days: Array(7).fill('rest'), weeks: 0 }}
        onSave={vi.fn()}
      />,
    );
    expect(view.byTestId('usual-week-suggest')).toBeNull();
    expect(view.get('usual-week-status').textContent).toContain('no runs to learn it from');
  });
});
