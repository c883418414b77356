// Below the data section's buttons: the last import's undo (with the day it stays available until) and a notice
// when storage is nearly full.
import { dayMonth } from '../../utils/i18n/format';
import type { DataStatus } from './types';
import { t, uiLocale } from '../../utils/i18n';

interface Props {
  status: DataStatus | null;
  busy: boolean;
  onUndo: () => void;
}

const megabytes = (bytes: number) =>
  t('data.megabytes', {
    n: new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      bytes / 1024 / 1024,
    ),
  });

/** "8 Dec, 14:05" in the runner's locale and zone. */
function untilText(iso: string): string {
  const date = new Date(iso);
  const local = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${dayMonth(local)}, ${date.toLocaleTimeString(uiLocale(), { hour: 'numeric', minute: '2-digit' })}`;
}

export function DataStatusNotes({ status, busy, onUndo }: Props) {
  if (!status) return null;
  const { undoUntil, storage } = status;
  return (
    <>
      {undoUntil && (
        <div class="actions" data-testid="import-undo-box">
          <button type="button" data-testid="import-undo" disabled={busy} onClick={onUndo}>
            {t('data.undoImport')}
          </button>
          <span class="muted" data-testid="import-undo-until">
            {t('data.undoUntil', { when: untilText(undoUntil) })}
          </span>
        </div>
      )}
      {storage?.nearFull && (
        <p class="status error" data-testid="storage-notice" role="alert">
          {t(storage.estimated ? 'data.storageFullEstimated' : 'data.storageFull', {
            used: megabytes(storage.bytesInUse),
            quota: megabytes(storage.quotaBytes),
          })}
        </p>
      )}
    </>
  );
}
