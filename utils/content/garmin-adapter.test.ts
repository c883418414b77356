import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError } from '@tanstack/query-core';
import type { Run } from '../core/types';
import { HttpError } from '../queries/http';
import { unreadable } from '../sites/shared/read-result';
import { createSiteQueryClient } from '../queries/site-query-client';

const api = vi.hoisted(() => ({
  fetchGarminActivity: vi.fn(),
  fetchGarminSplits: vi.fn(),
  fetchGarminViewer: vi.fn(),
  fetchGarminRecent: vi.fn(),
}));
const messaging = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('../sites/garmin/api', () => api);
vi.mock('../messaging/content-sender', () => messaging);

const { garminAdapter } = await import('./garmin-adapter');

// The site API is mocked: the client only travels through to it.
const client = createSiteQueryClient();

const stored: Run = {
  source: 'garmin',
  id: '21500000009',
  title: 'Morning Run',
  sport: 'run',
  start: '2026-01-17T13:12:30Z',
  elapsedS: 3161,
  ownedByViewer: true,
};

beforeEach(() => {
  vi.resetAllMocks();
  api.fetchGarminViewer.mockResolvedValue({ profileId: '2591602' });
});

describe('garminAdapter.readActivity when the activity API fails', () => {
  it('falls back to HardDay’s stored copy of the runner’s own run', async () => {
    api.fetchGarminActivity.mockRejectedValue(
      new HttpError(500, '/gc-api/activity-service/activity/21500000009'),
    );
    messaging.sendMessage.mockResolvedValue(stored);
    await expect(garminAdapter.readActivity('21500000009', client)).resolves.toEqual({
      status: 'run',
      run: stored,
    });
    expect(messaging.sendMessage).toHaveBeenCalledWith('storedRun', { runKey: 'garmin:21500000009' });
    expect(api.fetchGarminSplits).not.toHaveBeenCalled();
  });

  it('shows no card when there is no stored copy', async () => {
    api.fetchGarminActivity.mockRejectedValue(new HttpError(500, '/gc-api/activity-service/activity/1'));
    messaging.sendMessage.mockResolvedValue(null);
    const read = await garminAdapter.readActivity('1', client);
    expect(read.status).toBe('skip');
    if (read.status === 'skip') expect(read.reason).toMatch(/no stored copy/);
  });

  it('asks for splits only for the viewer’s own run', async () => {
    api.fetchGarminActivity.mockResolvedValue({ status: 'run', run: { ...stored, ownedByViewer: false } });
    expect((await garminAdapter.readActivity('21500000009', client)).status).toBe('skip');
    expect(api.fetchGarminSplits).not.toHaveBeenCalled();
    api.fetchGarminActivity.mockResolvedValue({ status: 'run', run: stored });
    api.fetchGarminSplits.mockResolvedValue([{ distanceM: 1000, movingS: 300 }]);
    const read = await garminAdapter.readActivity('21500000009', client);
    expect(read).toEqual({ status: 'run', run: { ...stored, laps: [{ distanceM: 1000, movingS: 300 }] } });
  });
});

describe('garminAdapter.readActivity when the viewer is unknown', () => {
  // The page held no VIEWER_SOCIAL_PROFILE (vitest's document is empty) and the socialProfile request failed.
  beforeEach(() => {
    api.fetchGarminViewer.mockRejectedValue(new HttpError(503, '/gc-api/userprofile-service/socialProfile'));
  });

  it('shows the card from HardDay’s stored copy, without asking for the activity', async () => {
    messaging.sendMessage.mockResolvedValue(stored);
    await expect(garminAdapter.readActivity('21500000009', client)).resolves.toEqual({
      status: 'run',
      run: stored,
    });
    expect(messaging.sendMessage).toHaveBeenCalledWith('storedRun', { runKey: 'garmin:21500000009' });
    expect(api.fetchGarminActivity).not.toHaveBeenCalled();
  });

  it('shows no card when there is no stored copy either, and says both', async () => {
    messaging.sendMessage.mockResolvedValue(null);
    await expect(garminAdapter.readActivity('21500000009', client)).resolves.toMatchObject({
      status: 'skip',
      reason: 'signed-in viewer unknown and no stored copy of this run',
      verdict: 'unreadable',
      code: 'owner-unknown',
    });
    expect(api.fetchGarminActivity).not.toHaveBeenCalled();
  });

  it('shows no card when the background cannot be asked', async () => {
    messaging.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    expect((await garminAdapter.readActivity('21500000009', client)).status).toBe('skip');
  });
});

describe('garminAdapter: the runner’s first day of the week from the page', () => {
  it('hands Garmin’s own setting (Sunday here) to the background, once per page', async () => {
    const script = document.createElement('script');
    script.textContent =
      'window.VIEWER_USERPREFERENCES={"measurementSystem":"statute_us","firstDayOfWeek":{"dayId":1,"dayName":"sunday"}};';
    document.head.append(script);
    try {
      api.fetchGarminActivity.mockResolvedValue({ status: 'run', run: stored });
      api.fetchGarminSplits.mockResolvedValue([]);
      messaging.sendMessage.mockResolvedValue(true);
      await garminAdapter.readActivity('21500000009', client);
      await garminAdapter.readActivity('21500000009', client);
      const weekStarts = messaging.sendMessage.mock.calls.filter(([name]) => name === 'siteWeekStart');
      expect(weekStarts).toEqual([['siteWeekStart', { weekStartsOn: 0 }]]);
    } finally {
      script.remove();
    }
  });
});

describe('garminAdapter.readActivity: what the popup learns when it cannot read the activity', () => {
  beforeEach(() => {
    document.title = 'Sample Town Running | Garmin Connect';
  });

  it('viewer unknown (neither the page nor the JSON says who is signed in): owner-unknown', async () => {
    api.fetchGarminViewer.mockResolvedValue(null);
    messaging.sendMessage.mockResolvedValue(null); // and no stored copy of the run
    await expect(garminAdapter.readActivity('1', client)).resolves.toMatchObject({
      verdict: 'unreadable',
      code: 'owner-unknown',
      checks: { viewer: false },
      page: { title: 'Sample Town Running | Garmin Connect' },
    });
  });

  it('the activity JSON answers without the fields HardDay reads: schema-mismatch', async () => {
    api.fetchGarminActivity.mockResolvedValue(unreadable('Unexpected activity JSON.'));
    await expect(garminAdapter.readActivity('1', client)).resolves.toMatchObject({
      verdict: 'unreadable',
      code: 'schema-mismatch',
      checks: { viewer: true, 'activity JSON': false },
    });
  });

  it.each([
    [new HttpError(500, '/gc-api/activity-service/activity/1'), 'fetch-failed'],
    [new HttpError(403, '/gc-api/activity-service/activity/1'), 'signed-out'],
  ])('the activity JSON fails and no copy is stored (%s): %s', async (error, code) => {
    api.fetchGarminActivity.mockRejectedValue(error);
    messaging.sendMessage.mockResolvedValue(null);
    await expect(garminAdapter.readActivity('1', client)).resolves.toMatchObject({
      verdict: 'unreadable',
      code,
    });
  });

  it('not a run, someone else’s: the verdict; left meanwhile: nothing', async () => {
    api.fetchGarminActivity.mockResolvedValue({ status: 'not-run', sportType: 'cycling' });
    await expect(garminAdapter.readActivity('1', client)).resolves.toMatchObject({ verdict: 'not-run' });
    api.fetchGarminActivity.mockResolvedValue({ status: 'run', run: { ...stored, ownedByViewer: false } });
    await expect(garminAdapter.readActivity('1', client)).resolves.toMatchObject({ verdict: 'not-own' });
    api.fetchGarminActivity.mockRejectedValue(new CancelledError());
    await expect(garminAdapter.readActivity('1', client)).resolves.toEqual({
      status: 'skip',
      reason: 'left the activity',
    });
  });
});
