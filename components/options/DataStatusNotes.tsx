// Below the data section's buttons: the last import's undo (with the day it stays available until) and a notice
// when storage is nearly full.
import { dayMonth } from '../format';
import type { DataStatus } from './types';

interface Props {
  status: DataStatus | null;
  busy: boolean;
  onUndo: () => void;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "8 Dec, 14:05" in the runner's locale and zone. */
function untilText(iso: string): string {
  const date = new Date(iso);
  const local = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${dayMonth(local)}, ${date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}`;
}

export function DataStatusNotes({ status, busy, onUndo }: Props) {
  if (!status) return null;
  const { undoUntil, storage } = status;
  return (
    <>
      {undoUntil && (
        <div class="actions" data-testid="import-undo-box">
          <button type="button" data-testid="import-undo" disabled={busy} onClick={onUndo}>
            Undo the last import
          </button>
          <span class="muted" data-testid="import-undo-until">
            Available until {untilText(undoUntil)}: puts back exactly what HardDay held before it.
          </span>
        </div>
      )}
      {storage?.nearFull && (
        <p class="status error" data-testid="storage-notice" role="alert">
          HardDay’s storage is nearly full ({megabytes(storage.bytesInUse)} of {megabytes(storage.quotaBytes)}
          {storage.estimated ? ', estimated' : ''}). Export your data to keep a copy; new runs may not be
          saved.
        </p>
      )}
    </>
  );
}
