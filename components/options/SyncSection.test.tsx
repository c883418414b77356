import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../test/support/i18n';
import { mount } from '../popup/test-render';
import { SyncSection } from './SyncSection';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('sync between your browsers', () => {
  it('is a switch that says off keeps everything here', () => {
    const onSave = vi.fn(() => Promise.resolve());
    view = mount(<SyncSection status={{ on: false }} onSave={onSave} />);
    const box = view.get<HTMLInputElement>('sync-on');
    expect(box.checked).toBe(false);
    expect(view.get('sync-status').textContent).toContain('everything stays in this browser');
    view.click('sync-on');
    expect(onSave).toHaveBeenCalledWith(true);
  });

  it('says when it last synced and how much of the sync space it takes', () => {
    view = mount(
      <SyncSection
        status={{ on: true, lastSyncAt: '2026-11-20T18:00:00.000Z', bytes: 12_524, quotaBytes: 102_400 }}
        onSave={() => Promise.resolve()}
      />,
    );
    expect(view.get<HTMLInputElement>('sync-on').checked).toBe(true);
    expect(view.get('sync-when').textContent).toMatch(
      /^Last synced .+, using 12\.2% of the browser’s sync space\.$/,
    );
    expect(view.byTestId('sync-full')).toBeNull();
  });

  it('tells the runner when browser sync is full and which months are synced', () => {
    view = mount(
      <SyncSection
        status={{ on: true, lastSyncAt: '2026-11-20T18:00:00.000Z', oldestMonth: '2019-07', leftOut: 90 }}
        onSave={() => Promise.resolve()}
      />,
    );
    expect(view.get('sync-full').textContent).toBe(
      'Browser sync is full: sessions from July 2019 on are synced, 90 older sessions stay in this browser only.',
    );
  });

  it('speaks the runner’s language', () => {
    useLocale('de-DE');
    view = mount(
      <SyncSection
        status={{ on: true, lastSyncAt: '2026-11-20T18:00:00.000Z', oldestMonth: '2019-07', leftOut: 1 }}
        onSave={() => Promise.resolve()}
      />,
    );
    expect(view.get('sync-full').textContent).toContain('Juli 2019');
    expect(view.get('sync-full').textContent).toContain('1 ältere Krafteinheit bleibt');
  });
});
