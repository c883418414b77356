// Test helpers for rendering Preact components into happy-dom and driving them like a user.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    root.querySelector<T>(`[data-testid="${id}"]`);
  return {
    root,
    byTestId,
    get: <T extends HTMLElement = HTMLElement>(id: string): T => {
      const found = byTestId<T>(id);
      if (!found)
        throw new Error(
          `no [data-testid="${id}"] among: ${[...root.querySelectorAll('[data-testid]')].map((el) => el.getAttribute('data-testid')).join(', ')}`,
        );
      return found;
    },
    click: (id: string) => act(() => byTestId(id)!.click()),
    rerender: (next: ComponentChild) => act(() => render(next, root)),
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Sets a form control's value and fires the events Preact listens to. */
export function setValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Lets pending promise callbacks (and the renders they cause) run. */
export async function flush() {
  for (let i = 0; i < 5; i += 1) await act(() => Promise.resolve());
}
