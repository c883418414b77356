import { useEffect, useState } from 'preact/hooks';
import { DataStatusNotes } from './DataStatusNotes';
import { ImportPreviewPanel } from './ImportPreview';
import type { DataStatus, ImportChoice, ImportPreview, ImportResult } from './types';
import { t } from '../../utils/i18n';

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; message: string };
export type UndoResult = { ok: true } | { ok: false; message: string };

export interface DataSectionProps {
  onExport: () => Promise<void>;
  /** Hands the parsed file to the background, which validates it and says what importing it would change. */
  onPreview: (data: unknown) => Promise<PreviewResult>;
  /** Imports the file as chosen in the preview; a bad file changes nothing. */
  onApplyImport: (data: unknown, choice: ImportChoice) => Promise<ImportResult>;
  onUndoImport: () => Promise<UndoResult>;
  /** Until when the last import can be undone, and how full storage is. */
  onDataStatus: () => Promise<DataStatus>;
  onReset: () => Promise<void>;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** A full export of HardDay's limits (10,000 compacted runs, 2,000 sessions) is about 6 MB as written. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Reads a chosen file as JSON, or says in plain words why it cannot be used. */
export async function readImportFile(
  file: Pick<File, 'size' | 'text'>,
): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: t('data.tooLarge') };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t('data.unreadable') };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: t('data.notJson') };
  }
}

export function DataSection(props: DataSectionProps) {
  const { onExport, onPreview, onApplyImport, onUndoImport, onDataStatus, onReset } = props;
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ data: unknown; preview: ImportPreview } | null>(null);
  const [dataStatus, setDataStatus] = useState<DataStatus | null>(null);

  const refreshStatus = () =>
    onDataStatus().then(setDataStatus, () => {
      // The undo and storage notes stay as they were; nothing else depends on them.
    });
  useEffect(() => {
    void refreshStatus();
  }, []);

  const runTask = async (task: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await task());
    } catch {
      setStatus({ tone: 'error', text: t('data.failed') });
    } finally {
      setBusy(false);
    }
  };

  const exportData = () =>
    runTask(async () => {
      await onExport();
      return { tone: 'ok', text: t('data.exported') };
    });

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    void runTask(async () => {
      const read = await readImportFile(file);
      if (!read.ok) return { tone: 'error', text: read.message };
      const result = await onPreview(read.data);
      if (!result.ok) return { tone: 'error', text: result.message };
      setPending({ data: read.data, preview: result.preview });
      return null;
    });
  };

  const applyImport = (choice: ImportChoice) => {
    if (!pending) return;
    const { data, preview } = pending;
    void runTask(async () => {
      const result = await onApplyImport(data, choice);
      setPending(null);
      await refreshStatus();
      if (!result.ok) return { tone: 'error', text: result.message };
      // What the import adjusted on the way in (e.g. a weekly target outside 1–3) is said, never done silently.
      const notes = result.notes?.length ? ` ${result.notes.join(' ')}` : '';
      const done =
        choice.mode === 'replace'
          ? t('data.replaced')
          : t('data.merged', { runs: preview.runs.new, sessions: preview.sessions.new });
      return { tone: 'ok', text: `${done}${notes}` };
    });
  };

  const undoImport = () =>
    runTask(async () => {
      const result = await onUndoImport();
      await refreshStatus();
      return result.ok ? { tone: 'ok', text: t('data.undone') } : { tone: 'error', text: result.message };
    });

  const reset = () =>
    runTask(async () => {
      await onReset();
      setConfirming(false);
      await refreshStatus();
      return { tone: 'ok', text: t('data.erased') };
    });

  return (
    <section class="panel data" data-testid="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p class="muted">{t('data.intro')}</p>
      <div class="actions">
        <button type="button" data-testid="export" disabled={busy} onClick={() => void exportData()}>
          {t('data.export')}
        </button>
        <label class="button-like">
          {t('data.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden-file"
            data-testid="import-file"
            disabled={busy}
            onChange={importFile}
          />
        </label>
      </div>
      <p class="muted">{t('data.importIntro')}</p>
      {pending && (
        <ImportPreviewPanel
          preview={pending.preview}
          busy={busy}
          onApply={applyImport}
          onCancel={() => {
            setPending(null);
            setStatus({ tone: 'ok', text: t('data.cancelled') });
          }}
        />
      )}
      <DataStatusNotes status={dataStatus} busy={busy} onUndo={() => void undoImport()} />

      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-confirmation">
          <p id="reset-question">
            <strong>{t('data.resetQuestion')}</strong> {t('data.resetWarning')}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="reset-confirm"
              disabled={busy}
              onClick={() => void reset()}
            >
              {t('data.resetConfirm')}
            </button>
            <button type="button" data-testid="reset-cancel" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger-outline" data-testid="reset" onClick={() => setConfirming(true)}>
          {t('data.reset')}
        </button>
      )}

      <p class={`status ${status?.tone ?? ''}`} data-testid="data-status" role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
