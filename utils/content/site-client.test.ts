import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createContentQueryClient } from './site-client';

afterEach(() => vi.useRealTimers());

describe('the content script’s query client', () => {
  it('ends with the context: requests in flight aborted, cache emptied, no timer of query-core left', async () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('test');
    const client = createContentQueryClient(ctx);
    await client.fetchQuery({ queryKey: ['strava', 'recent'], queryFn: async () => [] });
    let signal: AbortSignal | undefined;
    const inFlight = client
      .fetchQuery({
        queryKey: ['strava', 'activity', '1'],
        queryFn: (context) => {
          signal = context.signal;
          return new Promise(() => undefined);
        },
      })
      .catch(() => 'cancelled');
    const timersBefore = vi.getTimerCount();
    expect(timersBefore).toBeGreaterThan(0); // the first entry's garbage collection
    ctx.abort();
    expect(await inFlight).toBe('cancelled');
    expect(signal?.aborted).toBe(true);
    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
