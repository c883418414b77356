// The import preview: what the chosen file holds against what HardDay holds, before anything is written. Merge is
// the default; replacing everything is a separate, confirmed choice; differing settings are chosen explicitly.
import { useState } from 'preact/hooks';
import { dayMonth } from '../../utils/i18n/format';
import type { ImportChoice, ImportPreview, ItemCounts } from './types';
import { hasMessage, t, tDynamic } from '../../utils/i18n';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onApply: (choice: ImportChoice) => void;
  onCancel: () => void;
}

/** A setting's name in the runner's words (data.preview.setting.*); an unknown one as the file names it. */
function settingName(name: string): string {
  const key = `data.preview.setting.${name}`;
  return hasMessage(key) ? tDynamic(key) : name;
}

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
  const differ = preview.settingsDiffer.map(settingName);
  const needsSettings = mode === 'merge' && differ.length > 0;
  const ready = !needsSettings || settings !== null;

  return (
    <div
      class="import-preview"
      role="group"
      aria-labelledby="import-preview-title"
      data-testid="import-preview"
    >
      <h3 id="import-preview-title">{t('data.preview.title')}</h3>
      <p data-testid="import-range">
        {preview.range
          ? t('data.preview.range', {
              from: dayText(preview.range.from),
              to: dayText(preview.range.to),
              exported: dayText(preview.exportedAt.slice(0, 10)),
            })
          : t('data.preview.empty', { exported: dayText(preview.exportedAt.slice(0, 10)) })}
      </p>
      <table class="import-counts">
        <caption class="visually-hidden">{t('data.preview.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('data.preview.new')}</th>
            <th scope="col">{t('data.preview.same')}</th>
            <th scope="col">{t('data.preview.different')}</th>
            <th scope="col">{t('data.preview.onlyHere')}</th>
          </tr>
        </thead>
        <tbody>
          <Row label={t('data.preview.runs')} counts={preview.runs} id="runs" />
          <Row label={t('data.preview.sessions')} counts={preview.sessions} id="sessions" />
          <Row label={t('data.preview.corrections')} counts={preview.corrections} id="corrections" />
        </tbody>
      </table>

      <fieldset>
        <legend>{t('data.preview.how')}</legend>
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
          {t('data.preview.merge')}
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            data-testid="import-mode-replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          {t('data.preview.replace')}
        </label>
      </fieldset>

      {needsSettings && (
        <fieldset data-testid="import-settings">
          <legend>{t('data.preview.settingsDiffer', { names: differ.join(', ') })}</legend>
          <label>
            <input
              type="radio"
              name="import-settings"
              data-testid="import-settings-mine"
              checked={settings === 'mine'}
              onChange={() => setSettings('mine')}
            />{' '}
            {t('data.preview.keepMine')}
          </label>
          <label>
            <input
              type="radio"
              name="import-settings"
              data-testid="import-settings-file"
              checked={settings === 'file'}
              onChange={() => setSettings('file')}
            />{' '}
            {t('data.preview.takeFile')}
          </label>
        </fieldset>
      )}
      {preview.notes.length > 0 && <p class="muted">{preview.notes.join(' ')}</p>}
      <p class="muted">{t('data.preview.undoNote')}</p>

      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="import-replace-question">
          <p id="import-replace-question">
            <strong>
              {t('data.preview.replaceQuestion', {
                runs: preview.runs.onlyMine,
                sessions: preview.sessions.onlyMine,
              })}
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
              {t('data.preview.replaceConfirm')}
            </button>
            <button type="button" data-testid="import-cancel" onClick={onCancel}>
              {t('common.cancel')}
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
            {mode === 'replace' ? t('data.preview.replaceButton') : t('data.preview.mergeButton')}
          </button>
          <button type="button" data-testid="import-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {!ready && (
            <span id="import-settings-needed" class="muted">
              {t('data.preview.chooseSettings')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
