import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, mount } from '../popup/test-render';
import { DataSection, readImportFile } from './DataSection';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const jsonFile = (text: string) => new File([text], 'export.json', { type: 'application/json' });

describe('DataSection import', () => {
  it('rejects a file that is not JSON without calling the background', async () => {
    const onImport = vi.fn();
    view = mount(<DataSection onExport={vi.fn()} onImport={onImport} onReset={vi.fn()} />);
    choose(view.get<HTMLInputElement>('import-file'), jsonFile('this is { not json'));
    await flush();
    expect(onImport).not.toHaveBeenCalled();
    expect(view.get('data-status').textContent).toMatch(/not a HardDay export.*Nothing was changed/);
    expect(view.get('data-status').className).toContain('error');
  });

  it('shows the background’s own reason when it refuses the file', async () => {
    const onImport = vi.fn(() =>
      Promise.resolve({ ok: false as const, message: 'This file is not a HardDay export.' }),
    );
    view = mount(<DataSection onExport={vi.fn()} onImport={onImport} onReset={vi.fn()} />);
    choose(view.get<HTMLInputElement>('import-file'), jsonFile('{"format":"something-else"}'));
    await flush();
    expect(onImport).toHaveBeenCalledWith({ format: 'something-else' });
    expect(view.get('data-status').textContent).toBe('This file is not a HardDay export.');
  });

  it('confirms a good import', async () => {
    const onImport = vi.fn(() => Promise.resolve({ ok: true as const }));
    view = mount(<DataSection onExport={vi.fn()} onImport={onImport} onReset={vi.fn()} />);
    choose(view.get<HTMLInputElement>('import-file'), jsonFile('{"format":"hardday-export"}'));
    await flush();
    expect(view.get('data-status').textContent).toContain('Import done');
  });

  it('says what the import adjusted, such as a weekly target clamped into 1–3', async () => {
    const note = 'The file asked for 0 strength sessions a week; HardDay plans 1 to 3, so it is set to 1.';
    const onImport = vi.fn(() => Promise.resolve({ ok: true as const, notes: [note] }));
    view = mount(<DataSection onExport={vi.fn()} onImport={onImport} onReset={vi.fn()} />);
    choose(view.get<HTMLInputElement>('import-file'), jsonFile('{"format":"hardday-export"}'));
    await flush();
    const status = view.get('data-status');
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

describe('DataSection reset', () => {
  it('asks for confirmation, and cancel leaves everything alone', async () => {
    const onReset = vi.fn(() => Promise.resolve());
    view = mount(<DataSection onExport={vi.fn()} onImport={vi.fn()} onReset={onReset} />);
    expect(view.byTestId('reset-confirm')).toBeNull();
    view.click('reset');
    view.click('reset-cancel');
    expect(onReset).not.toHaveBeenCalled();
    view.click('reset');
    view.click('reset-confirm');
    await flush();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(view.get('data-status').textContent).toContain('erased');
    expect(view.byTestId('reset-confirmation')).toBeNull();
  });

  it('reports an export failure', async () => {
    view = mount(
      <DataSection onExport={() => Promise.reject(new Error('x'))} onImport={vi.fn()} onReset={vi.fn()} />,
    );
    view.click('export');
    await flush();
    expect(view.get('data-status').textContent).toContain('went wrong');
  });
});
