import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { manualFrames } from '@/test/support/animation-frames';
import { fakeFeed, type FakeFeed } from '@/test/support/fake-feed';
import type { FeedRun } from '../sites/shared/feed-run';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/content-sender', () => ({ sendMessage }));
const { startDashboardLine } = await import('./dashboard-line');

let frames: ReturnType<typeof manualFrames>;
let ctx: ContentScriptContext;
let feed: FakeFeed;
const ownFeedRuns = vi.fn((): FeedRun[] =>
  feed.ownEntries().map((part) => ({ activityId: part.dataset.own!, part })),
);
const addEntry = (own?: string) => feed.addEntry(own);

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
  frames = manualFrames();
  // The background knows none of these entries as the newest run: no line, only the asking is watched here.
  sendMessage.mockReset().mockResolvedValue(null);
  ownFeedRuns.mockClear();
  feed = fakeFeed();
});
afterEach(() => {
  ctx.abort();
  feed.remove();
  vi.restoreAllMocks();
});

describe('startDashboardLine: reading the feed as it grows', () => {
  it('reads it at most once per frame, and asks the background only when the own entries change', async () => {
    addEntry('12');
    startDashboardLine(ctx, ownFeedRuns);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith('dashboardModel', { activityIds: ['12'] });
    const readsAtStart = ownFeedRuns.mock.calls.length;
    for (let batch = 0; batch < 5; batch += 1) {
      addEntry();
      await frames.settle();
    }
    expect(ownFeedRuns).toHaveBeenCalledTimes(readsAtStart);
    expect(frames.pending()).toBe(1);
    frames.next();
    expect(ownFeedRuns).toHaveBeenCalledTimes(readsAtStart + 1);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    addEntry('11');
    await frames.settle();
    frames.next();
    expect(sendMessage).toHaveBeenLastCalledWith('dashboardModel', { activityIds: ['12', '11'] });
  });

  it('stops with the script’s context', async () => {
    startDashboardLine(ctx, ownFeedRuns);
    const reads = ownFeedRuns.mock.calls.length;
    ctx.abort();
    addEntry('12');
    await frames.settle();
    frames.next();
    expect(ownFeedRuns).toHaveBeenCalledTimes(reads);
  });
});
