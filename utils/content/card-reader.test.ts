import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Run } from '../core/types';
import { activityKey } from '../queries/keys';
import { createSiteQueryClient } from '../queries/site-query-client';
import { createRunReader } from './card-reader';
import type { SiteAdapter, SiteRead } from './site-adapter';

const run = (id: string): Run => ({
  source: 'strava',
  id,
  title: `Run ${id}`,
  sport: 'run',
  start: '2026-03-02T07:00:00Z',
  elapsedS: 3600,
});

function fakeAdapter(overrides: Partial<SiteAdapter> = {}): SiteAdapter {
  return {
    site: 'strava',
    activityIdFromUrl: () => null,
    anchorSelectors: [],
    isListPage: () => false,
    readActivity: vi.fn(async (id: string) => ({ status: 'run' as const, run: run(id) })),
    readRecent: vi.fn(async () => Array.from({ length: 120 }, (_, i) => run(String(i + 1)))),
    ...overrides,
  };
}

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

describe('the card’s reader', () => {
  it('reads the run through the adapter with the query client, and turns a failed read into a reason', async () => {
    const client = createSiteQueryClient();
    const adapter = fakeAdapter();
    const outcome = vi.fn().mockResolvedValue(undefined);
    const reader = createRunReader(ctx, adapter, client, vi.fn(), outcome);
    expect(await reader.read('7')).toEqual({ status: 'run', run: run('7') });
    expect(adapter.readActivity).toHaveBeenCalledWith('7', client);
    vi.mocked(adapter.readActivity).mockRejectedValueOnce(new Error('HTTP 500'));
    expect(await reader.read('8')).toEqual({
      status: 'skip',
      reason: 'Error: HTTP 500',
      verdict: 'unreadable',
      code: 'error',
    });
  });

  describe('tells the background how each read ended (the popup over this tab shows it)', () => {
    const url = location.href;
    const reading = (read: SiteRead, anchors: string[] = []) => {
      const outcome = vi.fn().mockResolvedValue(undefined);
      const adapter = fakeAdapter({ anchorSelectors: anchors, readActivity: vi.fn(async () => read) });
      return { outcome, reader: createRunReader(ctx, adapter, createSiteQueryClient(), vi.fn(), outcome) };
    };
    afterEach(() => {
      document.body.replaceChildren();
      vi.restoreAllMocks();
    });

    it('a run: read, once its card has a place, naming the anchor or that none was there', async () => {
      const { outcome, reader } = reading({ status: 'run', run: run('7') });
      await reader.read('7');
      expect(outcome).not.toHaveBeenCalled();
      reader.placed(url, '#heading');
      expect(outcome).toHaveBeenLastCalledWith({ url, verdict: 'read', anchor: '#heading' });
      reader.placed(url, undefined);
      expect(outcome).toHaveBeenLastCalledWith({ url, verdict: 'read', reason: 'anchor-missing' });
      // The runner has gone on to another page meanwhile: nothing.
      reader.placed(`${url}other`, '#heading');
      expect(outcome).toHaveBeenCalledTimes(2);
    });

    it('not a run or someone else’s: the verdict, no page details', async () => {
      const { outcome, reader } = reading({ status: 'skip', reason: 'not a run (Ride)', verdict: 'not-run' });
      await reader.read('7');
      expect(outcome).toHaveBeenCalledWith({ url, verdict: 'not-run', checks: {} });
    });

    it('unreadable: the reason, the checks, which card anchors are on the page, the page’s texts', async () => {
      const heading = document.createElement('div');
      heading.id = 'heading';
      document.body.append(heading);
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const page = { headingName: '', timeText: '', stats: [], title: '', bootstrap: false };
      const { outcome, reader } = reading(
        { status: 'skip', reason: 'x', verdict: 'unreadable', code: 'no-bootstrap', page },
        ['#heading', '.activity-summary-container'],
      );
      await reader.read('7');
      expect(outcome).toHaveBeenCalledWith({
        url,
        verdict: 'unreadable',
        reason: 'no-bootstrap',
        checks: { '#heading': true, '.activity-summary-container': false },
        page,
      });
    });

    it('in a development build, warns naming each selector and JSON field it did not find', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const page = { headingName: 'Lunch Run', timeText: '', stats: [], title: '', bootstrap: false };
      const { reader } = reading(
        { status: 'skip', reason: 'x', verdict: 'unreadable', code: 'no-bootstrap', page },
        ['#heading'],
      );
      await reader.read('7');
      const lines = warn.mock.calls.map((call) => String(call[0]));
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /not found: bootstrap \(inline <script> mentioning pageView or currentAthlete/,
          ),
          expect.stringMatching(/not found: start time \(div\.details time, #heading time\)/),
          expect.stringMatching(/not found: training JSON \(\/athlete\/training_activities\/:id/),
          expect.stringMatching(/not found: #heading \(selector #heading\)/),
        ]),
      );
      expect(lines.join('\n')).not.toMatch(/not found: heading /); // the heading was there
    });

    it('nothing when the runner left (no verdict) or the page changed during the read', async () => {
      const left = reading({ status: 'skip', reason: 'left the activity' });
      await left.reader.read('7');
      expect(left.outcome).not.toHaveBeenCalled();
      let finish: (read: SiteRead) => void = () => undefined;
      const outcome = vi.fn();
      const adapter = fakeAdapter({ readActivity: () => new Promise((resolve) => (finish = resolve)) });
      const reader = createRunReader(ctx, adapter, createSiteQueryClient(), vi.fn(), outcome);
      const pending = reader.read('7');
      history.pushState(null, '', '/activities/8');
      finish({ status: 'run', run: run('7') });
      await pending;
      history.pushState(null, '', url);
      expect(outcome).not.toHaveBeenCalled();
    });
  });

  it('reports the page’s run, and never lets a failed report reach the page', async () => {
    const report = vi.fn().mockRejectedValueOnce(new Error('Extension context invalidated'));
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const reader = createRunReader(ctx, fakeAdapter(), createSiteQueryClient(), report);
    await expect(reader.report(run('1'))).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith({ runs: [run('1')] });
  });

  it('reads the recent list once while a read is on its way, and reports at most 100 runs from it', async () => {
    const report = vi.fn().mockResolvedValue(100);
    const adapter = fakeAdapter();
    const reader = createRunReader(ctx, adapter, createSiteQueryClient(), report);
    reader.refreshRecent();
    reader.refreshRecent();
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    expect(adapter.readRecent).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0].runs).toHaveLength(100);
    expect(report.mock.calls[0]![0].fromList).toBe(true);
    await vi.waitFor(() => {
      reader.refreshRecent(); // the first read is over: a new one may start
      expect(adapter.readRecent).toHaveBeenCalledTimes(2);
    });
  });

  it('does not report a list read that finishes after the script’s context ended', async () => {
    const report = vi.fn();
    let finish: (runs: Run[]) => void = () => undefined;
    const adapter = fakeAdapter({ readRecent: () => new Promise((resolve) => (finish = resolve)) });
    createRunReader(ctx, adapter, createSiteQueryClient(), report).refreshRecent();
    ctx.abort();
    finish([run('1')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(report).not.toHaveBeenCalled();
  });

  it('aborts the requests still on their way for an activity the runner left, and only those', async () => {
    const client = createSiteQueryClient();
    const signals = new Map<string, AbortSignal>();
    const hang = (key: readonly unknown[]) =>
      client
        .fetchQuery({
          queryKey: key,
          queryFn: ({ signal }) => {
            signals.set(JSON.stringify(key), signal);
            return new Promise(() => undefined);
          },
        })
        .catch(() => 'cancelled');
    const left = hang(activityKey('strava', '1'));
    const leftLaps = hang(activityKey('strava', '1', 'laps'));
    void hang(activityKey('strava', '2'));
    void hang(['strava', 'recent']);
    createRunReader(ctx, fakeAdapter(), client, vi.fn()).leaveAllBut('2');
    expect([await left, await leftLaps]).toEqual(['cancelled', 'cancelled']);
    expect(Object.fromEntries([...signals].map(([key, signal]) => [key, signal.aborted]))).toEqual({
      '["strava","activity","1"]': true,
      '["strava","activity","1","laps"]': true,
      '["strava","activity","2"]': false,
      '["strava","recent"]': false,
    });
  });

  it('reads nothing for a site the runner switched off', async () => {
    const reader = createRunReader(ctx, fakeAdapter(), createSiteQueryClient(), vi.fn());
    expect(await reader.siteEnabled()).toBe(true);
    await fakeBrowser.storage.local.set({ prefs: { sites: { strava: false, garmin: true } } });
    expect(await reader.siteEnabled()).toBe(false);
  });
});
