import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { followNavigation, type Visit } from './card-navigation';

let ctx: ContentScriptContext;
let visits: Visit[];
const paths = () => visits.map((visit) => new URL(visit.url).pathname);

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/activities/1');
  ctx = new ContentScriptContext('test');
  visits = [];
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('followNavigation', () => {
  it('visits the address the tab shows at once', () => {
    followNavigation(ctx, (visit) => visits.push(visit));
    expect(paths()).toEqual(['/activities/1']);
    expect(visits[0]!.current()).toBe(true);
  });

  it('visits again after an in-page navigation, and the visit before is no longer current', () => {
    followNavigation(ctx, (visit) => visits.push(visit));
    history.pushState(null, '', '/activities/2');
    vi.advanceTimersByTime(1000); // WXT's location watcher notices the new address
    expect(paths()).toEqual(['/activities/1', '/activities/2']);
    expect(visits.map((visit) => visit.current())).toEqual([false, true]);
  });

  it('ends with the context: no visit is current and no navigation is followed', () => {
    followNavigation(ctx, (visit) => visits.push(visit));
    ctx.abort();
    expect(visits[0]!.current()).toBe(false);
    history.pushState(null, '', '/activities/3');
    vi.advanceTimersByTime(5000);
    expect(paths()).toEqual(['/activities/1']);
  });
});
