import { CancelledError } from '@tanstack/query-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureJson, fixtureText } from '../../test/fixtures/load';
import { HttpError } from '../queries/http';
import { createSiteQueryClient } from '../queries/site-query-client';
import { unreadable } from '../sites/shared/read-result';
import { parseStravaTrainingActivity } from '../sites/strava/parse-json';

const api = vi.hoisted(() => ({
  fetchStravaActivity: vi.fn(),
  fetchStravaLaps: vi.fn(),
  fetchStravaRecent: vi.fn(),
}));
vi.mock('../sites/strava/api', () => api);

/** The background: reads the page's texts as its `stravaPage` handler does; `down` makes it not answer. */
const background = vi.hoisted(() => ({ down: false }));
vi.mock('../messaging/content-sender', async () => {
  const { parseStravaPage } = await import('../sites/strava/parse-page');
  return {
    sendMessage: vi.fn((type: string, data: Record<string, unknown>) => {
      if (background.down) return Promise.reject(new Error('Could not establish connection.'));
      if (type !== 'stravaPage') return Promise.reject(new Error(`unexpected message ${type}`));
      // Through structured clone, as the message goes: nothing but plain data crosses.
      return Promise.resolve(parseStravaPage(structuredClone(data)));
    }),
  };
});

const { stravaAdapter } = await import('./strava-adapter');
const client = createSiteQueryClient();

/** The run page without its bootstrap, as if Strava had also dropped the type from the title and renamed the anchors. */
function showRedesignedPage(withBootstrap = false) {
  const html = fixtureText('strava/activity-run-no-script-2026-01.html')
    .replace('<title>Lunch Run | Run | Strava</title>', '<title>Lunch Run | Strava</title>')
    .replace('id="heading"', 'id="activity-heading"')
    .replace('class="activity-summary-container"', 'class="activity-summary-box"')
    .replace('id="pagenav-container"', 'id="side-nav"')
    .replace('</body>', withBootstrap ? '<script>currentAthlete = {}</script></body>' : '</body>');
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1]!;
}

beforeEach(() => {
  api.fetchStravaActivity.mockReset();
  api.fetchStravaRecent.mockReset();
  api.fetchStravaLaps.mockReset().mockResolvedValue([]);
  background.down = false;
});

describe('stravaAdapter.readActivity on a page it cannot read', () => {
  it('no bootstrap, and the JSON no longer has the fields: unreadable, no-bootstrap, with the page’s texts', async () => {
    showRedesignedPage();
    api.fetchStravaActivity.mockResolvedValue(unreadable('Unexpected training activity JSON.'));
    const read = await stravaAdapter.readActivity('16900000007', client);
    expect(read).toMatchObject({
      status: 'skip',
      verdict: 'unreadable',
      code: 'no-bootstrap',
      page: {
        title: 'Lunch Run | Strava',
        headingName: 'Lunch Run',
        timeText: '12:10 PM on Friday, January 16, 2026',
        bootstrap: false,
      },
    });
    if (read.status === 'skip') expect(read.page).not.toHaveProperty('scripts');
  });

  it.each([
    [new HttpError(500, '/athlete/training_activities/16900000007'), 'fetch-failed'],
    [new HttpError(401, '/athlete/training_activities/16900000007'), 'signed-out'],
    [new TypeError('Failed to fetch'), 'fetch-failed'],
  ])('a bootstrap without the page view, and the JSON fails (%s): %s', async (error, code) => {
    showRedesignedPage(true);
    api.fetchStravaActivity.mockRejectedValue(error);
    await expect(stravaAdapter.readActivity('16900000007', client)).resolves.toMatchObject({
      verdict: 'unreadable',
      code,
    });
  });

  it('nothing to report when the request was cancelled because the runner left', async () => {
    showRedesignedPage();
    api.fetchStravaActivity.mockRejectedValue(new CancelledError());
    const read = await stravaAdapter.readActivity('16900000007', client);
    expect(read).toEqual({ status: 'skip', reason: expect.any(String) });
  });

  it('a 404 for the JSON is someone else’s activity, told by the JSON', async () => {
    showRedesignedPage();
    api.fetchStravaActivity.mockRejectedValue(new HttpError(404, '/athlete/training_activities/16900000007'));
    await expect(stravaAdapter.readActivity('16900000007', client)).resolves.toMatchObject({
      verdict: 'not-own',
      code: 'owner-json',
    });
  });
});

describe('stravaAdapter.readActivity when the background does not read the page', () => {
  it('the extension reloading under the page: no error reaches the page, the JSON still gives the card its run', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(
      fixtureText('strava/activity-run-no-script-2026-01.html'),
    )![1]!;
    background.down = true;
    api.fetchStravaActivity.mockResolvedValue(
      parseStravaTrainingActivity(fixtureJson('strava/training-activity-run-no-script-2026-01.json')),
    );
    const read = await stravaAdapter.readActivity('16900000007', client);
    expect(read).toMatchObject({ status: 'run', run: { id: '16900000007', source: 'strava' } });
    expect(debug).toHaveBeenCalledWith('[HardDay]', expect.any(Error));
  });

  it('and with neither the background nor the JSON: unreadable, said quietly', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    showRedesignedPage();
    background.down = true;
    api.fetchStravaActivity.mockRejectedValue(new HttpError(500, '/athlete/training_activities/16900000007'));
    await expect(stravaAdapter.readActivity('16900000007', client)).resolves.toMatchObject({
      status: 'skip',
      verdict: 'unreadable',
      code: 'no-bootstrap',
      reason: 'HardDay’s background did not answer.',
    });
  });
});
