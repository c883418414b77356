// The import preview: what the chosen file holds against what HardDay holds, before anything is written. Merge is
// the default; replacing everything is a separate, confirmed choice; differing settings are chosen explicitly.
import { useState } from 'preact/hooks';
import { dayMonth } from '../format';
import type { ImportChoice, ImportPreview, ItemCounts } from './types';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onApply: (choice: ImportChoice) => void;
  onCancel: () => void;
}

const SETTING_NAMES: Record<string, string> = {
  level: 'level',
  phase: 'training phase',
  raceDate: 'race date',
  sessionsPerWeek: 'sessions per week',
  windowHours: 'strength window',
  weekStartsOn: 'first day of the week',
  equipment: 'equipment',
  raceDistanceM: 'race distance',
  latestSessionTime: 'latest session time',
  birthYear: 'birth year',
  maxHr: 'maximum heart rate',
  sites: 'sites',
  reminders: 'reminders',
  reminderMinutesBefore: 'reminder time',
  units: 'units',
};

const year = (day: string) => day.slice(0, 4);
const dayText = (day: string) => `${dayMonth(day)} ${year(day)}`;

function Row({ label, counts, id }: { label: string; counts: ItemCounts; id: string }) {
  return (
    <tr data-testid={`import-${id}`}>
      <th scope="row">{label}</th>
      <td data-testid={`import-${id}-new`}>{counts.new}</td>
      <td>{counts.same}</td>
      <td data-testid={`import-${id}-conflicting`}>{counts.conflicting}</td>
      <td data-testid={`import-${id}-mine`}>{counts.onlyMine}</td>
    </tr>
  );
}

export function ImportPreviewPanel({ preview, busy, onApply, onCancel }: Props) {
  const [mode, setMode] = useState<ImportChoice['mode']>('merge');
  const [settings, setSettings] = useState<ImportChoice['settings'] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const differ = preview.settingsDiffer.map((name) => SETTING_NAMES[name] ?? name);
  const needsSettings = mode === 'merge' && differ.length > 0;
  const ready = !needsSettings || settings !== null;

  return (
    <div
      class="import-preview"
      role="group"
      aria-labelledby="import-preview-title"
      data-testid="import-preview"
    >
      <h3 id="import-preview-title">Before importing</h3>
      <p data-testid="import-range">
        {preview.range
          ? `The file holds runs and sessions from ${dayText(preview.range.from)} to ${dayText(preview.range.to)}`
          : 'The file holds no runs or sessions'}
        {`, exported ${dayText(preview.exportedAt.slice(0, 10))}.`}
      </p>
      <table class="import-counts">
        <caption class="visually-hidden">What the file holds against what HardDay holds now</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">New</th>
            <th scope="col">Same</th>
            <th scope="col">Different</th>
            <th scope="col">Only here now</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Runs" counts={preview.runs} id="runs" />
          <Row label="Strength sessions" counts={preview.sessions} id="sessions" />
          <Row label="Corrections" counts={preview.corrections} id="corrections" />
        </tbody>
      </table>

      <fieldset>
        <legend>How to import</legend>
        <label>
          <input
            type="radio"
            name="import-mode"
            data-testid="import-mode-merge"
            checked={mode === 'merge'}
            onChange={() => {
              setMode('merge');
              setConfirming(false);
            }}
          />{' '}
          Merge (recommended): add what is new and keep everything HardDay holds; for the same run or session
          the newer edit wins.
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            data-testid="import-mode-replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          Replace everything: HardDay holds only what is in the file.
        </label>
      </fieldset>

      {needsSettings && (
        <fieldset data-testid="import-settings">
          <legend>Your settings differ from the file’s ({differ.join(', ')})</legend>
          <label>
            <input
              type="radio"
              name="import-settings"
              data-testid="import-settings-mine"
              checked={settings === 'mine'}
              onChange={() => setSettings('mine')}
            />{' '}
            Keep my settings
          </label>
          <label>
            <input
              type="radio"
              name="import-settings"
              data-testid="import-settings-file"
              checked={settings === 'file'}
              onChange={() => setSettings('file')}
            />{' '}
            Take the file’s settings
          </label>
        </fieldset>
      )}
      {preview.notes.length > 0 && <p class="muted">{preview.notes.join(' ')}</p>}
      <p class="muted">HardDay keeps a copy of what it holds now, so you can undo this import for 7 days.</p>

      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="import-replace-question">
          <p id="import-replace-question">
            <strong>
              Replace everything? The {preview.runs.onlyMine} runs and {preview.sessions.onlyMine} strength
              sessions that are not in the file will be removed.
            </strong>
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="import-replace-confirm"
              disabled={busy}
              onClick={() => onApply({ mode: 'replace', settings: 'file' })}
            >
              Yes, replace everything
            </button>
            <button type="button" data-testid="import-cancel" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            data-testid="import-apply"
            disabled={busy || !ready}
            aria-describedby={ready ? undefined : 'import-settings-needed'}
            onClick={() =>
              mode === 'replace' ? setConfirming(true) : onApply({ mode, settings: settings ?? 'mine' })
            }
          >
            {mode === 'replace' ? 'Replace everything…' : 'Merge into my data'}
          </button>
          <button type="button" data-testid="import-cancel" onClick={onCancel}>
            Cancel
          </button>
          {!ready && (
            <span id="import-settings-needed" class="muted">
              Choose whose settings to keep first.
            </span>
          )}
        </div>
      )}
    </div>
  );
}
