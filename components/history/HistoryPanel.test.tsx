import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '../popup/test-render';
import { weekDistance } from './HistoryChart';
import { HistoryPanel } from './HistoryPanel';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';

const glance: WeekGlance = { days: [], done: 1, target: 2, targetReasons: [] };
const weeks: HistoryBar[] = [
  { startDate: '2026-02-16', done: 2, target: 2, current: false, distanceM: 32_480 },
  { startDate: '2026-02-23', done: 0, target: 2, current: false, distanceM: 0 },
  { startDate: '2026-03-02', done: 1, target: 2, current: true, distanceM: 12_049 },
];

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

const rows = () =>
  [...view!.get('history-table').querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );

describe('history: each week’s distance beside its strength sessions', () => {
  it('shows sessions and km with one decimal, week by week, in a visible table', () => {
    view = mount(<HistoryPanel week={glance} weeks={weeks} />);
    expect(view.get('history-table').className).not.toContain('visually-hidden');
    expect(rows()).toEqual([
      [expect.stringContaining('16'), '2 of 2', '32.5 km'],
      [expect.stringContaining('23'), '0 of 2', 'no runs'],
      [expect.stringMatching(/\(this week\)$/), '1 of 2', '12.0 km'],
    ]);
    const headers = [...view.get('history-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Week of', 'Strength', 'Distance']);
  });

  it('follows the runner’s unit', () => {
    view = mount(<HistoryPanel week={glance} weeks={weeks} unit="imperial" />);
    expect(rows().map((row) => row[2])).toEqual(['20.2 mi', 'no runs', '7.5 mi']);
  });

  it('leaves the distance empty when the view does not carry it', () => {
    expect(weekDistance(undefined, 'metric')).toBe('');
    expect(weekDistance(Number.NaN, 'metric')).toBe('');
    expect(weekDistance(0, 'metric')).toBe('no runs');
    expect(weekDistance(999, 'metric')).toBe('1.0 km');
  });
});
