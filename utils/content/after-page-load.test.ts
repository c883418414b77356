import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, START_CAP_MS } from './after-page-load';

function pageIs(readyState: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  pageIs('complete');
});

describe('afterPageLoad', () => {
  it('in Firefox, which injects after the load event, starts at once on a page that has already loaded', () => {
    vi.stubEnv('FIREFOX', 'true');
    pageIs('complete');
    const start = vi.fn();
    afterPageLoad(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('in Chromium, which injects before the load event, leaves the document alone and waits for the event', () => {
    // Unset, as in the Chromium build (stubEnv would turn false into the string "false").
    expect(import.meta.env.FIREFOX).toBeFalsy();
    const readyState = vi.spyOn(document, 'readyState', 'get');
    const start = vi.fn();
    afterPageLoad(start);
    expect(readyState).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    readyState.mockRestore();
  });

  it('waits for the load event and starts after it, not inside it, and only once', () => {
    pageIs('interactive');
    const start = vi.fn();
    afterPageLoad(start);
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

  it('starts after the cap on a page whose load event never comes, and leaves no listener behind', () => {
    pageIs('interactive');
    const removed = vi.spyOn(window, 'removeEventListener');
    const start = vi.fn();
    afterPageLoad(start, 800);
    vi.advanceTimersByTime(799);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    expect(removed).toHaveBeenCalledWith('load', expect.any(Function));
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(START_CAP_MS * 2);
    expect(start).toHaveBeenCalledTimes(1);
    removed.mockRestore();
  });

  it('clears the cap once the load event started it', () => {
    pageIs('interactive');
    const start = vi.fn();
    afterPageLoad(start);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
