import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/content-sender', () => ({ sendMessage }));
const { loadDetector } = await import('./detector-loader');

const mayShow = vi.fn((url: string) => url.includes('/activities/'));

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(true);
  mayShow.mockClear();
});

describe('loadDetector', () => {
  it('asks for the detector where the address says a card or line may show', async () => {
    history.replaceState(null, '', '/activities/42');
    await loadDetector('strava', mayShow);
    expect(mayShow).toHaveBeenCalledWith(location.href);
    expect(sendMessage).toHaveBeenCalledWith('loadDetector', undefined);
  });

  it('asks for nothing elsewhere', async () => {
    history.replaceState(null, '', '/segments/7');
    await loadDetector('strava', mayShow);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('on a site the runner paused, neither reads the address nor asks', async () => {
    await browser.storage.local.set({ prefs: { sites: { strava: false } } });
    history.replaceState(null, '', '/activities/42');
    await loadDetector('strava', mayShow);
    expect(mayShow).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
    // The other site is not paused by it.
    await loadDetector('garmin', () => true);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('in a script an extension reload left behind (no runtime any more), does nothing', async () => {
    const id = vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    await loadDetector('garmin', () => true);
    expect(sendMessage).not.toHaveBeenCalled();
    id.mockRestore();
  });
});
