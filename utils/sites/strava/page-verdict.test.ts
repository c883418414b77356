import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../../test/fixtures/load';
import { stravaPageVerdict } from './page-verdict';

describe('stravaPageVerdict: what the page itself says before the feature is loaded', () => {
  it.each([
    ['activity-easy-run-2026-01.html', '16900000001', { mayShow: true }],
    ['activity-intervals-2026-01.html', '16900000002', { mayShow: true }],
    ['activity-run-2026-09.html', null, { mayShow: true }],
    [
      'activity-other-athlete-run-2026-01.html',
      '16900000005',
      { mayShow: false, reason: 'someone else’s activity', outcome: 'not-own' },
    ],
    [
      'activity-ride-2026-01.html',
      '16900000006',
      { mayShow: false, reason: 'not a run (Ride)', outcome: 'not-run' },
    ],
    // No bootstrap: the page says nothing, the feature decides from the JSON.
    ['activity-run-no-script-2026-01.html', '16900000007', { mayShow: true }],
  ])('%s', (file, id, expected) => {
    const doc = fixtureDocument(`strava/${file}`);
    const activityId = id ?? /PageView\(\s*(\d+)/.exec(doc.documentElement.innerHTML)?.[1] ?? '';
    expect(stravaPageVerdict(activityId, doc)).toEqual(expected);
  });

  it('judges nothing from a bootstrap about another activity (in-page navigation since the load)', () => {
    const doc = fixtureDocument('strava/activity-other-athlete-run-2026-01.html');
    expect(stravaPageVerdict('16900000099', doc)).toEqual({ mayShow: true });
  });
});
