import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/content-sender', () => ({ sendMessage }));
const { startDetector } = await import('./detector');
const { detectorHandle } = await import('./detector-handle');

const site = { id: 'garmin' as const, verdict: vi.fn(() => ({ mayShow: false as const })) };

afterEach(() => {
  detectorHandle()?.ctx.abort();
});

describe('startDetector', () => {
  it('starts once per page: a second copy leaves the first at work, and replaces it only once it ended', () => {
    startDetector(site);
    const first = detectorHandle();
    expect(first?.ctx.isValid).toBe(true);
    startDetector(site);
    expect(detectorHandle()).toBe(first);
    first!.ctx.abort();
    startDetector(site);
    expect(detectorHandle()).not.toBe(first);
    expect(detectorHandle()?.ctx.isValid).toBe(true);
  });

  it('in a script an extension reload left behind (no runtime any more), starts nothing', () => {
    detectorHandle()?.ctx.abort();
    const before = detectorHandle();
    const id = vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    startDetector(site);
    id.mockRestore();
    expect(detectorHandle()).toBe(before);
  });
});
