import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useLayoutEffect } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QueryClient } from '@tanstack/query-core';
import { mount } from '@/components/popup/test-render';
import { backgroundView, createPageQueryClient, refetchViewsOnStateChange } from './page-client';
import { useQuery } from './use-query';

/** A request whose answer the test gives by hand, in any order. */
function controlledLoader() {
  const pending: { resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending };
}

let client: QueryClient;

/** A background view shown through the pages' one useQuery hook, as the popup shows its view. */
function Shown({
  load,
  enabled = true,
  initialData,
}: {
  load: () => Promise<string>;
  enabled?: boolean;
  initialData?: string;
}) {
  useLayoutEffect(() => refetchViewsOnStateChange(client), []);
  const { data, error } = useQuery(client, backgroundView('test', load, { enabled, initialData }));
  return <p data-testid="shown">{error ? 'error' : (data ?? 'loading')}</p>;
}

const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  client = createPageQueryClient();
});
afterEach(() => {
  client.clear();
  fakeBrowser.reset();
});

describe('useQuery with a background view', () => {
  it('asks once on mount and shows the answer', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} />);
    expect(pending).toHaveLength(1);
    expect(view.get('shown').textContent).toBe('loading');
    pending[0]!.resolve('today');
    await settle();
    expect(view.get('shown').textContent).toBe('today');
    view.unmount();
  });

  it('shows the initial data (the prepared view) at once and replaces it with the answer', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} initialData="prepared" />);
    expect(view.get('shown').textContent).toBe('prepared');
    expect(pending).toHaveLength(1);
    pending[0]!.resolve('fresh');
    await settle();
    expect(view.get('shown').textContent).toBe('fresh');
    view.unmount();
  });

  it('asks again when storage changes, keeps the old value meanwhile, and drops an overtaken answer', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} />);
    pending[0]!.resolve('first');
    await settle();
    await fakeBrowser.storage.local.set({ anything: 1 });
    await fakeBrowser.storage.local.set({ anything: 2 });
    await settle();
    expect(pending).toHaveLength(3);
    expect(view.get('shown').textContent).toBe('first');
    pending[2]!.resolve('newest');
    await settle();
    pending[1]!.resolve('overtaken');
    await settle();
    expect(view.get('shown').textContent).toBe('newest');
    view.unmount();
  });

  it('is not asked again for a change of session storage (where the background keeps its caches)', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} />);
    pending[0]!.resolve('today');
    await settle();
    await fakeBrowser.storage.session.set({ popupViews: { tabs: [] } });
    await settle();
    expect(pending).toHaveLength(1);
    view.unmount();
  });

  it('tries a failed request once more before showing the error', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} />);
    pending[0]!.reject(new Error('service worker restarting'));
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    expect(view.get('shown').textContent).toBe('loading');
    pending[1]!.reject(new Error('still failing'));
    await settle();
    expect(view.get('shown').textContent).toBe('error');
    view.unmount();
  });

  it('waits while disabled and stops listening once unmounted', async () => {
    const { load, pending } = controlledLoader();
    const view = mount(<Shown load={load} enabled={false} />);
    expect(pending).toHaveLength(0);
    view.rerender(<Shown load={load} enabled />);
    expect(pending).toHaveLength(1);
    view.unmount();
    await fakeBrowser.storage.local.set({ anything: 3 });
    await settle();
    expect(pending).toHaveLength(1);
  });
});
