// Which units the runner sees: their choice, else the site's setting, else the browser's region — never the other
// way round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../test/support/fast-check-seed';
import { garminUnitSystem } from '../sites/garmin/parse-viewer';
import { stravaUnitSystem } from '../sites/strava/sport';
import { regionUnits, resolveUnits, type UnitsChoice } from './units';

const system = fc.constantFrom('metric' as const, 'imperial' as const);
const choice = fc.constantFrom<UnitsChoice>('auto', 'metric', 'imperial');
const siteUnits = fc.option(
  fc.record({ site: fc.constantFrom('strava' as const, 'garmin' as const), units: system }),
  {
    nil: undefined,
  },
);
const language = fc.oneof(
  fc.constantFrom(
    'en-US',
    'en-GB',
    'de-DE',
    'fr',
    'my',
    'en-LR',
    'es-419',
    'nl-NL',
    'it-IT',
    'en',
    'zh-Hans-CN',
  ),
  fc.string({ maxLength: 12 }),
);

describe('resolveUnits', () => {
  it('the runner’s choice wins; with auto a site’s setting; only without one the region', () => {
    fc.assert(
      fc.property(choice, siteUnits, language, (chosen, site, lang) => {
        const resolved = resolveUnits(chosen, site, lang);
        if (chosen !== 'auto') expect(resolved).toEqual({ units: chosen, source: 'choice' });
        else if (site) expect(resolved).toEqual({ units: site.units, source: site.site });
        else expect(resolved).toEqual({ units: regionUnits(lang), source: 'region' });
      }),
    );
  });

  it('the browser’s region never overrides what a site said', () => {
    fc.assert(
      fc.property(siteUnits, language, language, (site, a, b) => {
        if (site) expect(resolveUnits('auto', site, a)).toEqual(resolveUnits('auto', site, b));
      }),
    );
  });

  it.each([
    ['en-US', 'imperial'],
    ['en-LR', 'imperial'],
    ['my', 'imperial'],
    ['my-MM', 'imperial'],
    ['en-GB', 'metric'],
    ['en', 'metric'],
    ['de-DE', 'metric'],
    ['fr', 'metric'],
    ['es-419', 'metric'],
    ['zh-Hans-CN', 'metric'],
    ['', 'metric'],
  ])('region of %s: %s', (tag, expected) => {
    expect(regionUnits(tag)).toBe(expected);
  });
});

describe('the sites’ settings as a unit system', () => {
  it.each([
    ['meters', 'metric'],
    ['feet', 'imperial'],
    [undefined, undefined],
  ] as const)('Strava %s → %s', (preference, expected) => {
    expect(stravaUnitSystem(preference)).toBe(expected);
  });

  it.each([
    ['metric', 'metric'],
    ['statute_us', 'imperial'],
    ['statute_uk', 'imperial'],
    [undefined, undefined],
  ] as const)('Garmin %s → %s', (measurementSystem, expected) => {
    expect(garminUnitSystem(measurementSystem)).toBe(expected);
  });
});
