import type { ExercisePattern, Level } from '../../utils/core/types';
import { t } from '../../utils/i18n';
import { FLOOR_Y, POSES, poseFor, type Pose } from './figures';

interface Props {
  exerciseId: string;
  /** The session's level: some levels are a different movement (see figures.ts). */
  level: Level;
  /** The exercise's name in the runner's language, for the drawing's label. */
  name: string;
  pattern?: ExercisePattern;
}

function arrowHead(points: Pose['motion']): string | null {
  if (!points || points.length < 2) return null;
  const [x1, y1] = points[points.length - 2]!;
  const [x2, y2] = points[points.length - 1]!;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const wing = (turn: number) =>
    `${(x2 - 6 * Math.cos(angle + turn)).toFixed(1)},${(y2 - 6 * Math.sin(angle + turn)).toFixed(1)}`;
  return `${wing(0.5)} ${x2},${y2} ${wing(-0.5)}`;
}

/** A stick-figure drawing of the movement, for a runner who would rather look than read. */
export function ExerciseFigure({ exerciseId, level, name, pattern }: Props) {
  const poseName = poseFor(exerciseId, level, pattern);
  const pose: Pose = POSES[poseName];
  const head = arrowHead(pose.motion);
  return (
    <svg
      class="exercise-figure"
      viewBox="0 0 120 80"
      role="img"
      aria-label={t('training.figure', { name })}
      data-testid="exercise-figure"
      data-pose={poseName}
    >
      <line class="floor" x1="4" y1={FLOOR_Y + 1} x2="116" y2={FLOOR_Y + 1} />
      {pose.prop && (
        <rect class="prop" x={pose.prop[0]} y={pose.prop[1]} width={pose.prop[2]} height={pose.prop[3]} />
      )}
      <g class="body">
        <circle cx={pose.head[0]} cy={pose.head[1]} r="5.5" />
        {pose.limbs.map(([x1, y1, x2, y2], i) => (
          <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} />
        ))}
      </g>
      {pose.motion && head && (
        <g class="motion">
          <polyline points={pose.motion.map(([x, y]) => `${x},${y}`).join(' ')} />
          <polyline points={head} />
        </g>
      )}
    </svg>
  );
}
