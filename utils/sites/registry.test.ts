import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../test/fixtures/load';
import { FIXTURE_DIR } from '../../test/fixtures/routes.mjs';
import { SITE_IDS } from '../core/types';
import { GARMIN_URL_EXAMPLES } from './garmin/urls';
import { activityInUrl, HOST_PERMISSIONS, SITE_LIST, SITES, siteAtOrigin } from './registry';
import { STRAVA_URL_EXAMPLES } from './strava/urls';

const savedPages = (site: string) =>
  readdirSync(`${FIXTURE_DIR}/${site}`)
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${site}/${name}`);

const bySite = SITE_LIST.map((site) => [site.id, site] as const);

describe('site registry', () => {
  it('has one entry per site id, under that id, in SITE_IDS order', () => {
    expect(Object.keys(SITES).sort()).toEqual([...SITE_IDS].sort());
    expect(SITE_LIST.map((site) => site.id)).toEqual([...SITE_IDS]);
  });

  it.each(bySite)(
    '%s: https origin among its hosts; matches and permissions are that origin',
    (_id, site) => {
      const origin = new URL(site.origin);
      expect(origin.protocol).toBe('https:');
      expect(origin.origin).toBe(site.origin);
      expect(site.hosts).toContain(origin.host);
      expect(site.matches).toEqual([`${site.origin}/*`]);
      for (const match of site.matches) expect(HOST_PERMISSIONS).toContain(match);
    },
  );

  // A selector no saved page answers is a guess; each anchor has to be seen on a page of its site.
  it.each(bySite)('%s: every card anchor matches a saved page of the site in test/fixtures', (id, site) => {
    const pages = savedPages(id).map((file) => fixtureDocument(file));
    const unseen = site.cardAnchors.filter((anchor) => !pages.some((doc) => doc.querySelector(anchor)));
    expect(unseen, 'card anchors without a saved page they match').toEqual([]);
  });

  it('reads each example activity URL as its own site', () => {
    const examples = [
      ...STRAVA_URL_EXAMPLES.activity.map((e) => ({ ...e, site: 'strava' })),
      ...GARMIN_URL_EXAMPLES.activity.map((e) => ({ ...e, site: 'garmin' })),
    ];
    for (const { url, id, site } of examples) expect(activityInUrl(url)).toEqual({ site, id });
    for (const url of [...STRAVA_URL_EXAMPLES.other, ...GARMIN_URL_EXAMPLES.other])
      expect([url, activityInUrl(url)]).toEqual([url, null]);
  });

  it('knows a site by its exact https origin only', () => {
    expect(siteAtOrigin('https://www.strava.com/activities/1')).toBe('strava');
    expect(siteAtOrigin('https://connect.garmin.com/app/activity/2')).toBe('garmin');
    for (const url of [
      'http://www.strava.com/activities/1',
      'https://strava.com/activities/1',
      'https://www.strava.com:8443/activities/1',
      'https://www.strava.com.evil.example/',
      'https://evil.example/connect.garmin.com',
      'not a url',
    ])
      expect([url, siteAtOrigin(url)]).toEqual([url, null]);
  });
});
