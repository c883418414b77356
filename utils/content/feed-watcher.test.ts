import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { manualFrames } from '@/test/support/animation-frames';
import { fakeFeed, type FakeFeed } from '@/test/support/fake-feed';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/content-sender', () => ({ sendMessage }));
const { watchFeed } = await import('./feed-watcher');

let frames: ReturnType<typeof manualFrames>;
let ctx: ContentScriptContext;
let feed: FakeFeed;
const ownFeedIds = vi.fn(() => feed.ownEntries().map((entry) => entry.dataset.own!));
const addEntry = (own?: string) => feed.addEntry(own);

beforeEach(() => {
  ctx = new ContentScriptContext('test');
  frames = manualFrames();
  sendMessage.mockReset().mockResolvedValue(false);
  ownFeedIds.mockClear();
  feed = fakeFeed();
});
afterEach(() => {
  ctx.abort();
  feed.remove();
  vi.restoreAllMocks();
});

describe('watchFeed', () => {
  it('reads the feed at once, then at most once per frame however many batches the page makes', async () => {
    addEntry('12');
    watchFeed(ctx, ownFeedIds);
    expect(ownFeedIds).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith('injectFeature', {
      page: performance.timeOrigin,
      feed: ['12'],
    });
    for (let batch = 0; batch < 5; batch += 1) {
      addEntry();
      await frames.settle();
    }
    expect(ownFeedIds).toHaveBeenCalledTimes(1);
    expect(frames.pending()).toBe(1);
    frames.next();
    expect(ownFeedIds).toHaveBeenCalledTimes(2);
    // Nothing new of the runner's own: the background is not asked again.
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks again when the own entries change, and stops once the line is injected', async () => {
    watchFeed(ctx, ownFeedIds);
    expect(sendMessage).not.toHaveBeenCalled();
    sendMessage.mockResolvedValue(true);
    addEntry('11');
    await frames.settle();
    frames.next();
    expect(sendMessage).toHaveBeenLastCalledWith('injectFeature', {
      page: performance.timeOrigin,
      feed: ['11'],
    });
    await frames.settle();
    addEntry('12');
    await frames.settle();
    expect(frames.pending()).toBe(0);
    expect(ownFeedIds).toHaveBeenCalledTimes(2);
  });

  it('stops with the script’s context', async () => {
    watchFeed(ctx, ownFeedIds);
    ctx.abort();
    addEntry('12');
    await frames.settle();
    frames.next();
    expect(ownFeedIds).toHaveBeenCalledTimes(1);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
