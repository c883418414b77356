import { dayMonth, dayMonthNumeric, formatDistanceIn } from '../../utils/i18n/format';
import type { UnitSystem } from '../../utils/core/types';
import type { HistoryBar } from '../../utils/views/week-glance';
import { t, tn } from '../../utils/i18n';

const WIDTH = 356;
const HEIGHT = 132;
const TOP = 14;
const BOTTOM = 26;
const LEFT = 20;

/** "32.5 km" (one decimal), "no runs" for a week without any, nothing when the view does not know. */
export function weekDistance(distanceM: number | undefined, unit: UnitSystem): string {
  if (distanceM === undefined || !Number.isFinite(distanceM)) return '';
  return distanceM > 0 ? formatDistanceIn(distanceM, unit) : t('history.noRuns');
}

/**
 * Strength sessions per week (bars) against each week's target (a dashed tick), oldest on the left. The SVG is a
 * picture for sighted runners; the table under it gives each week's sessions in text, with the distance run.
 */
export function HistoryChart({ weeks, unit = 'metric' }: { weeks: HistoryBar[]; unit?: UnitSystem }) {
  const top = Math.max(3, ...weeks.map((w) => Math.max(w.done, w.target)));
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, weeks.length);
  const barW = Math.min(26, slot * 0.55);
  const y = (value: number) => TOP + plotH - (value / top) * plotH;
  const met = (w: HistoryBar) => w.target > 0 && w.done >= w.target;

  return (
    <figure class="history-chart" data-testid="history-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {Array.from({ length: top + 1 }, (_, value) => (
          <g key={value} class="grid">
            <line x1={LEFT} x2={WIDTH} y1={y(value)} y2={y(value)} />
            <text x={LEFT - 6} y={y(value) + 4} text-anchor="end">
              {value}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => {
          const cx = LEFT + slot * i + slot / 2;
          return (
            <g key={week.startDate} class={week.current ? 'week current' : 'week'}>
              {week.done > 0 && (
                <rect
                  class={met(week) ? 'bar met' : 'bar'}
                  x={cx - barW / 2}
                  y={y(week.done)}
                  width={barW}
                  height={y(0) - y(week.done)}
                  rx="3"
                />
              )}
              {week.target > 0 && (
                <line
                  class="target"
                  x1={cx - barW / 2 - 4}
                  x2={cx + barW / 2 + 4}
                  y1={y(week.target)}
                  y2={y(week.target)}
                />
              )}
              {(weeks.length - 1 - i) % 2 === 0 && (
                // Every other week is labelled, counting back from now, so the dates never run into each other.
                <text class="label" x={cx} y={HEIGHT - 8} text-anchor="middle">
                  {week.current ? t('history.now') : dayMonthNumeric(week.startDate)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{t('history.chartCaption')}</figcaption>
      <table class="history-table" data-testid="history-table">
        <caption class="visually-hidden">{tn('history.tableCaption', weeks.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.weekOf')}</th>
            <th scope="col">{t('history.strength')}</th>
            <th scope="col">{t('history.distance')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.startDate} class={week.current ? 'current' : undefined}>
              <th scope="row">
                {week.current
                  ? t('history.thisWeek', { date: dayMonth(week.startDate) })
                  : dayMonth(week.startDate)}
              </th>
              <td data-testid="week-sessions">
                {t('history.doneOfTarget', { done: week.done, target: week.target })}
              </td>
              <td data-testid="week-distance">{weekDistance(week.distanceM, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
