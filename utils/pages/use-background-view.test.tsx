import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mount } from '@/components/popup/test-render';
import { useBackgroundView } from './use-background-view';

/** A request whose answer the test gives by hand, in any order. */
function controlledLoader() {
  const pending: { resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending };
}

function Shown({ load, enabled = true }: { load: () => Promise<string>; enabled?: boolean }) {
  const { data, error } = useBackgroundView(load, enabled);
  return <p data-testid="shown">{error ? 'error' : (data ?? 'loading')}</p>;
}

const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => fakeBrowser.reset());

describe('useBackgroundView', () => {
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
    await settle();
    expect(pending).toHaveLength(2);
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
