import { useState } from 'preact/hooks';
import type { ImportResult } from './types';

interface Props {
  onExport: () => Promise<void>;
  /** Hands the parsed file to the background, which validates it; a bad file changes nothing. */
  onImport: (data: unknown) => Promise<ImportResult>;
  onReset: () => Promise<void>;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Reads a chosen file as JSON, or says in plain words why it cannot be used. */
export async function readImportFile(
  file: Pick<File, 'size' | 'text'>,
): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, message: 'This file is too large to be a HardDay export. Nothing was changed.' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read. Nothing was changed.' };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'This file is not a HardDay export (it is not JSON). Nothing was changed.' };
  }
}

export function DataSection({ onExport, onImport, onReset }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const runTask = async (task: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await task());
    } catch {
      setStatus({ tone: 'error', text: 'Something went wrong. Nothing was changed.' });
    } finally {
      setBusy(false);
    }
  };

  const exportData = () =>
    runTask(async () => {
      await onExport();
      return { tone: 'ok', text: 'Export ready: check your downloads.' };
    });

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void runTask(async () => {
      const read = await readImportFile(file);
      if (!read.ok) return { tone: 'error', text: read.message };
      const result = await onImport(read.data);
      if (!result.ok) return { tone: 'error', text: result.message };
      // What the import adjusted on the way in (e.g. a weekly target outside 1–3) is said, never done silently.
      const notes = result.notes?.length ? ` ${result.notes.join(' ')}` : '';
      return { tone: 'ok', text: `Import done: HardDay now holds the data from that file.${notes}` };
    });
  };

  const reset = () =>
    runTask(async () => {
      await onReset();
      setConfirming(false);
      return { tone: 'ok', text: 'All HardDay data was erased. Settings are back to the defaults.' };
    });

  return (
    <section class="panel data" data-testid="data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="muted">
        Everything stays in this browser. Export it to keep a copy or move it to another browser.
      </p>
      <div class="actions">
        <button type="button" data-testid="export" disabled={busy} onClick={() => void exportData()}>
          Export all data
        </button>
        <label class="button-like">
          Import from a file
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
      <p class="muted">Importing replaces what HardDay holds now with the file’s contents.</p>

      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-confirmation">
          <p id="reset-question">
            <strong>Erase all runs, strength sessions, corrections and settings?</strong> This cannot be
            undone; export first if you may want them back.
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="reset-confirm"
              disabled={busy}
              onClick={() => void reset()}
            >
              Yes, erase everything
            </button>
            <button type="button" data-testid="reset-cancel" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger-outline" data-testid="reset" onClick={() => setConfirming(true)}>
          Reset all data…
        </button>
      )}

      <p class={`status ${status?.tone ?? ''}`} data-testid="data-status" role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
