import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/content-sender', () => ({ sendMessage }));
const { watchFeed } = await import('./feed-watcher');

/** The frames the page has asked for and not yet had, run by the test when it says a frame has come. */
let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
};
/** Lets the MutationObserver deliver the batch the test just made. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let ctx: ContentScriptContext;
let feed: HTMLElement;
/** The own entries as the page shows them: one per `<article data-own>`, in order. */
const ownFeedIds = vi.fn(() =>
  Array.from(feed.querySelectorAll<HTMLElement>('article[data-own]')).map((entry) => entry.dataset.own!),
);
const addEntry = (own?: string) => {
  const entry = document.createElement('article');
  if (own) entry.dataset.own = own;
  feed.append(entry);
};

beforeEach(() => {
  ctx = new ContentScriptContext('test');
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  sendMessage.mockReset().mockResolvedValue(false);
  ownFeedIds.mockClear();
  frames = [];
  feed = document.createElement('main');
  document.body.append(feed);
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
      await settle();
    }
    expect(ownFeedIds).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(1);
    nextFrame();
    expect(ownFeedIds).toHaveBeenCalledTimes(2);
    // Nothing new of the runner's own: the background is not asked again.
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks again when the own entries change, and stops once the line is injected', async () => {
    watchFeed(ctx, ownFeedIds);
    expect(sendMessage).not.toHaveBeenCalled();
    sendMessage.mockResolvedValue(true);
    addEntry('11');
    await settle();
    nextFrame();
    expect(sendMessage).toHaveBeenLastCalledWith('injectFeature', {
      page: performance.timeOrigin,
      feed: ['11'],
    });
    await settle();
    addEntry('12');
    await settle();
    expect(frames).toHaveLength(0);
    expect(ownFeedIds).toHaveBeenCalledTimes(2);
  });

  it('stops with the script’s context', async () => {
    watchFeed(ctx, ownFeedIds);
    ctx.abort();
    addEntry('12');
    await settle();
    nextFrame();
    expect(ownFeedIds).toHaveBeenCalledTimes(1);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
