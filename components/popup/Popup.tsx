import type { Level } from '../../utils/core/types';
import { LevelPicker } from '../LevelPicker';

interface Props {
  level: Level;
  onLevel: (level: Level) => void;
}

export function Popup({ level, onLevel }: Props) {
  return (
    <main class="popup" data-testid="popup">
      <h1>HardDay</h1>
      <LevelPicker level={level} onChange={onLevel} />
    </main>
  );
}
