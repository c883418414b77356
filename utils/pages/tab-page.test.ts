import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabReadOutcome } from '../views/read-outcome';
import { tabPageView } from './tab-page';

const read: TabReadOutcome = {
  site: 'strava',
  url: 'https://www.strava.com/activities/16900000005',
  verdict: 'read',
  checks: { bootstrap: true, '#heading': true },
  anchor: '#heading',
};
const sites = { sites: { strava: true, garmin: true } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'HardDay',
    version: '0.4.0',
  });
});

describe('tabPageView: what the popup is told about the page in the tab', () => {
  it('a run read with its card in place: the verdict, no note and no report', () => {
    expect(tabPageView({ site: 'strava', outcome: read }, sites)).toEqual({
      siteName: 'Strava',
      paused: false,
      verdict: 'read',
    });
  });

  it('a run read with its card in the corner: the note, and a report that names no activity', () => {
    const outcome: TabReadOutcome = {
      ...read,
      reason: 'anchor-missing',
      anchor: undefined,
      checks: { bootstrap: true, '#heading': false },
    };
    const view = tabPageView({ site: 'strava', outcome }, sites);
    expect(view.cornerCard).toBe(true);
    expect(view.bugReport).toMatch(/^HardDay read a page but found no place for its card\./);
    expect(view.bugReport).toContain('Missing: #heading');
    expect(view.bugReport).not.toContain('16900000005');
  });

  it('an unreadable page: what it showed and the report, no corner note; paused says paused', () => {
    const outcome: TabReadOutcome = {
      ...read,
      verdict: 'unreadable',
      reason: 'no-bootstrap',
      shown: { title: 'Lunch Run' },
    };
    const view = tabPageView({ site: 'strava', outcome }, { sites: { strava: false, garmin: true } });
    expect(view).toMatchObject({ paused: true, verdict: 'unreadable', shown: { title: 'Lunch Run' } });
    expect(view.cornerCard).toBeUndefined();
    expect(view.bugReport).toMatch(/^HardDay could not read a page\./);
  });
});
