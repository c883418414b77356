import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, mount } from '../popup/test-render';
import { DataSection, readImportFile, type DataSectionProps } from './DataSection';
import type { DataStatus, ImportPreview } from './types';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const jsonFile = (text: string) => new File([text], 'export.json', { type: 'application/json' });

const PREVIEW: ImportPreview = {
  exportedAt: '2026-10-01T08:00:00.000Z',
  runs: { new: 3, same: 40, conflicting: 1, onlyMine: 12 },
  sessions: { new: 2, same: 10, conflicting: 0, onlyMine: 4 },
  corrections: { new: 0, same: 1, conflicting: 0, onlyMine: 0 },
  settingsDiffer: [],
  range: { from: '2026-06-01', to: '2026-09-30' },
  notes: [],
};
const NO_STATUS: DataStatus = { undoUntil: null, storage: null };

function props(overrides: Partial<DataSectionProps> = {}): DataSectionProps {
  return {
    onExport: vi.fn(() => Promise.resolve()),
    onPreview: vi.fn(() => Promise.resolve({ ok: true as const, preview: PREVIEW })),
    onApplyImport: vi.fn(() => Promise.resolve({ ok: true as const })),
    onUndoImport: vi.fn(() => Promise.resolve({ ok: true as const })),
    onDataStatus: vi.fn(() => Promise.resolve(NO_STATUS)),
    onReset: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

async function previewFile(p: DataSectionProps) {
  view = mount(<DataSection {...p} />);
  choose(view.get<HTMLInputElement>('import-file'), jsonFile('{"format":"hardday-export"}'));
  await flush();
  return view;
}

describe('DataSection import', () => {
  it('rejects a file that is not JSON without calling the background', async () => {
    const p = props();
    view = mount(<DataSection {...p} />);
    choose(view.get<HTMLInputElement>('import-file'), jsonFile('this is { not json'));
    await flush();
    expect(p.onPreview).not.toHaveBeenCalled();
    expect(view.get('data-status').textContent).toMatch(/not a HardDay export.*Nothing was changed/);
    expect(view.get('data-status').className).toContain('error');
  });

  it('shows the background’s own reason when it refuses the file', async () => {
    const p = props({
      onPreview: vi.fn(() =>
        Promise.resolve({ ok: false as const, message: 'This file is not a HardDay export.' }),
      ),
    });
    await previewFile(p);
    expect(p.onPreview).toHaveBeenCalledWith({ format: 'hardday-export' });
    expect(view!.get('data-status').textContent).toBe('This file is not a HardDay export.');
    expect(view!.byTestId('import-preview')).toBeNull();
  });

  it('previews before writing anything, and merges by default', async () => {
    const p = props();
    await previewFile(p);
    expect(p.onApplyImport).not.toHaveBeenCalled();
    const preview = view!.get('import-preview');
    expect(preview.getAttribute('role')).toBe('group');
    expect(view!.get('import-runs-new').textContent).toBe('3');
    expect(view!.get('import-runs-conflicting').textContent).toBe('1');
    expect(view!.get('import-runs-mine').textContent).toBe('12');
    expect(view!.get('import-range').textContent).toMatch(/2026.*2026/);
    expect(view!.get<HTMLInputElement>('import-mode-merge').checked).toBe(true);
    expect(view!.byTestId('import-settings')).toBeNull();
    view!.click('import-apply');
    await flush();
    expect(p.onApplyImport).toHaveBeenCalledWith(
      { format: 'hardday-export' },
      { mode: 'merge', settings: 'mine' },
    );
    expect(view!.get('data-status').textContent).toContain('3 new runs and 2 new strength sessions');
    expect(view!.byTestId('import-preview')).toBeNull();
  });

  it('asks whose settings to keep when they differ, and sends the choice', async () => {
    const p = props({
      onPreview: vi.fn(() =>
        Promise.resolve({ ok: true as const, preview: { ...PREVIEW, settingsDiffer: ['level', 'units'] } }),
      ),
    });
    await previewFile(p);
    expect(view!.get('import-settings').textContent).toContain('level, units');
    expect(view!.get<HTMLButtonElement>('import-apply').disabled).toBe(true);
    view!.click('import-settings-file');
    expect(view!.get<HTMLButtonElement>('import-apply').disabled).toBe(false);
    view!.click('import-apply');
    await flush();
    expect(p.onApplyImport).toHaveBeenCalledWith(expect.anything(), { mode: 'merge', settings: 'file' });
  });

  it('replaces everything only after a separate confirmation', async () => {
    const p = props();
    await previewFile(p);
    view!.click('import-mode-replace');
    view!.click('import-apply');
    await flush();
    expect(p.onApplyImport).not.toHaveBeenCalled();
    expect(view!.get('import-preview').textContent).toContain('12 runs and 4 strength sessions');
    view!.click('import-replace-confirm');
    await flush();
    expect(p.onApplyImport).toHaveBeenCalledWith(expect.anything(), { mode: 'replace', settings: 'file' });
    expect(view!.get('data-status').textContent).toContain('now holds the data from that file');
  });

  it('cancel writes nothing', async () => {
    const p = props();
    await previewFile(p);
    view!.click('import-cancel');
    await flush();
    expect(p.onApplyImport).not.toHaveBeenCalled();
    expect(view!.byTestId('import-preview')).toBeNull();
    expect(view!.get('data-status').textContent).toContain('Nothing was changed');
  });

  it('says what the import adjusted, such as a weekly target clamped into 1–3', async () => {
    const note = 'The file asked for 0 strength sessions a week; HardDay plans 1 to 3, so it is set to 1.';
    await previewFile(
      props({ onApplyImport: vi.fn(() => Promise.resolve({ ok: true as const, notes: [note] })) }),
    );
    view!.click('import-apply');
    await flush();
    const status = view!.get('data-status');
    expect(status.textContent).toContain('Import done');
    expect(status.textContent).toContain(note);
    expect(status.getAttribute('role')).toBe('status');
  });

  it('refuses files that are far too large before reading them', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    expect(await readImportFile({ size: 50 * 1024 * 1024, text })).toMatchObject({ ok: false });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('DataSection undo and storage', () => {
  it('offers the undo with the day it is available until, and undoes', async () => {
    let status: DataStatus = { undoUntil: '2026-12-08T14:05:00.000Z', storage: null };
    const p = props({
      onDataStatus: vi.fn(() => Promise.resolve(status)),
      onUndoImport: vi.fn(() => {
        status = NO_STATUS;
        return Promise.resolve({ ok: true as const });
      }),
    });
    view = mount(<DataSection {...p} />);
    await flush();
    expect(view.get('import-undo-until').textContent).toMatch(/Available until .*Dec/);
    view.click('import-undo');
    await flush();
    expect(p.onUndoImport).toHaveBeenCalledTimes(1);
    expect(view.get('data-status').textContent).toContain('Import undone');
    expect(view.byTestId('import-undo')).toBeNull();
  });

  it('shows no undo without a recent import, and tells when storage is nearly full', async () => {
    const p = props({
      onDataStatus: vi.fn(() =>
        Promise.resolve({
          undoUntil: null,
          storage: {
            bytesInUse: 9_000_000,
            quotaBytes: 10_485_760,
            estimated: true,
            nearFull: true,
            checkedAt: '2026-12-01T10:00:00Z',
          },
        }),
      ),
    });
    view = mount(<DataSection {...p} />);
    await flush();
    expect(view.byTestId('import-undo')).toBeNull();
    const notice = view.get('storage-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('8.6 MB of 10.0 MB, estimated');
  });

  it('says nothing about storage when there is room', async () => {
    const p = props({
      onDataStatus: vi.fn(() =>
        Promise.resolve({
          undoUntil: null,
          storage: {
            bytesInUse: 1_000_000,
            quotaBytes: 10_485_760,
            estimated: false,
            nearFull: false,
            checkedAt: '2026-12-01T10:00:00Z',
          },
        }),
      ),
    });
    view = mount(<DataSection {...p} />);
    await flush();
    expect(view.byTestId('storage-notice')).toBeNull();
  });
});

describe('DataSection reset', () => {
  it('asks for confirmation, and cancel leaves everything alone', async () => {
    const p = props();
    view = mount(<DataSection {...p} />);
    expect(view.byTestId('reset-confirm')).toBeNull();
    view.click('reset');
    view.click('reset-cancel');
    expect(p.onReset).not.toHaveBeenCalled();
    view.click('reset');
    view.click('reset-confirm');
    await flush();
    expect(p.onReset).toHaveBeenCalledTimes(1);
    expect(view.get('data-status').textContent).toContain('erased');
    expect(view.byTestId('reset-confirmation')).toBeNull();
  });

  it('reports an export failure', async () => {
    view = mount(<DataSection {...props({ onExport: () => Promise.reject(new Error('x')) })} />);
    view.click('export');
    await flush();
    expect(view.get('data-status').textContent).toContain('went wrong');
  });
});
