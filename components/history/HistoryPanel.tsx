import type { DistanceUnit } from '../../utils/views/units';
import { HistoryChart } from './HistoryChart';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { WeekGlanceView } from './WeekGlanceView';

interface Props {
  week: WeekGlance;
  weeks: HistoryBar[];
  headingLevel?: 2 | 3;
  /** For each week's distance; default km. */
  unit?: DistanceUnit;
}

export function HistoryPanel({ week, weeks, headingLevel = 2, unit = 'km' }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="panel history" data-testid="history" aria-labelledby="history-heading">
      <Heading id="history-heading">This week at a glance</Heading>
      <WeekGlanceView week={week} />
      <p class="legend muted">
        <span class="mark run-hard">H</span> hard run <span class="mark run-easy">E</span> easy run{' '}
        <span class="mark strength-done">✓</span> strength done
      </p>
      <Heading>The last {weeks.length} weeks</Heading>
      <HistoryChart weeks={weeks} unit={unit} />
    </section>
  );
}
