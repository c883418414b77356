import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterPageLoad, START_CAP_MS } from './after-page-load';

function pageIs(readyState: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
}

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  pageIs('complete');
});

describe('afterPageLoad', () => {
  it('starts at once on a page that has already loaded', () => {
    pageIs('complete');
    const start = vi.fn();
    afterPageLoad(ctx, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the load event and starts after it, not inside it, and only once', () => {
    pageIs('interactive');
    const start = vi.fn();
    afterPageLoad(ctx, start);
    expect(start).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(START_CAP_MS * 2);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the cap on a page whose load event never comes', () => {
    pageIs('interactive');
    const start = vi.fn();
    afterPageLoad(ctx, start, 800);
    vi.advanceTimersByTime(799);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once the script was invalidated (extension reloaded while the page loads)', () => {
    pageIs('interactive');
    const start = vi.fn();
    afterPageLoad(ctx, start);
    ctx.abort();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(START_CAP_MS * 2);
    expect(start).not.toHaveBeenCalled();
  });
});
