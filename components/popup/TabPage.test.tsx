import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../utils/core/message';
import { useLocale } from '../../test/support/i18n';
import type { Run } from '../../utils/core/types';
import type { WeekGlance } from '../../utils/views/week-glance';
import { Popup, type PopupProps } from './Popup';
import { popupCallbacks } from './popup-test-props';
import type { TabPageView } from './TabPage';
import { flush, mount } from './test-render';

const NOW = Date.parse('2026-01-16T14:00:00Z');
const latest: Run = {
  source: 'strava',
  id: '16900000001',
  title: 'Morning easy run',
  sport: 'run',
  start: '2026-01-15T07:00:00Z',
  elapsedS: 2700,
};
const week: WeekGlance = {
  days: Array.from({ length: 7 }, (_, i) => ({
    date: `2026-01-${String(12 + i).padStart(2, '0')}`,
    isToday: i === 4,
    isFuture: i > 4,
    runs: [],
    strength: [],
  })),
  done: 0,
  target: 2,
  targetReasons: [],
};
const current: PopupProps['current'] = {
  run: latest,
  runKey: 'strava:16900000001',
  classification: {
    effort: 'easy',
    kind: 'easy',
    confidence: 'high',
    reasons: [msg('reason.jogged.easyPace')],
  },
  advice: { kind: 'easy-day', run: latest, reasons: [] },
  overridden: false,
  fromTab: false,
};
const unreadable: TabPageView = {
  siteName: 'Strava',
  paused: false,
  verdict: 'unreadable',
  // 12:10 local on Friday 16 January, as the page showed it; 39:15 elapsed; 7.02 km.
  shown: {
    title: 'Lunch Run',
    start: new Date(2026, 0, 16, 12, 10).toISOString(),
    elapsedS: 2355,
    distanceM: 7020,
  },
  bugReport: 'HardDay could not read a page. …\nOutcome: unreadable (no-bootstrap)',
};

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    now: NOW,
    level: 2,
    unit: 'metric',
    current,
    week,
    ...popupCallbacks(),
    onPauseSite: vi.fn(),
    onResumeSite: vi.fn(),
    onCopyReport: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('the popup over an activity HardDay could not read', () => {
  it('says so plainly, above the latest run (which says it is the latest)', () => {
    view = mount(<Popup {...props({ tabPage: unreadable })} />);
    const panel = view.get('page-unreadable');
    expect(panel.querySelector('h2')?.textContent).toBe('HardDay could not read this Strava activity');
    expect(view.get('unreadable-shown').textContent).toContain('Lunch Run');
    expect(view.get('unreadable-shown').textContent).toContain('7.0 km');
    const order = [...view.root.querySelectorAll('[data-testid]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(order.indexOf('page-unreadable')).toBeLessThan(order.indexOf('run-summary'));
    expect(view.get('run-summary').querySelector('.eyebrow')?.textContent).toBe('Your latest run');
  });

  it('offers "log this run by hand" prefilled with what the page showed, once (no second form)', async () => {
    const onAddRun = vi.fn(() => Promise.resolve());
    view = mount(<Popup {...props({ tabPage: unreadable, onAddRun })} />);
    expect(view.root.querySelectorAll('[data-testid="manual-run"]')).toHaveLength(1);
    const form = view.get('page-unreadable').querySelector('[data-testid="manual-run"]')!;
    expect(form.querySelector('h3')?.textContent).toBe('Log this run by hand');
    expect(view.get<HTMLInputElement>('manual-date').value).toBe('2026-01-16');
    expect(view.get<HTMLInputElement>('manual-time').value).toBe('12:10');
    expect(view.get<HTMLInputElement>('manual-minutes').value).toBe('39');
    expect(view.get('manual-distance').textContent).toContain('7.0 km');
    view.click('manual-save');
    await flush();
    expect(onAddRun).toHaveBeenCalledWith(
      expect.objectContaining({
        source: 'manual',
        start: new Date(2026, 0, 16, 12, 10).toISOString(),
        elapsedS: 39 * 60,
        distanceM: 7020,
      }),
    );
  });

  it('copies the details for a bug report, shows what they say, and says when the browser refused', async () => {
    const onCopyReport = vi.fn(() => Promise.resolve());
    view = mount(<Popup {...props({ tabPage: unreadable, onCopyReport })} />);
    expect(view.get('bug-report-text').textContent).toBe(unreadable.bugReport);
    view.click('copy-bug-report');
    await flush();
    expect(onCopyReport).toHaveBeenCalledTimes(1);
    expect(view.get('copy-status').textContent).toMatch(/^Copied/);
    onCopyReport.mockReturnValueOnce(Promise.reject(new Error('denied')));
    view.click('copy-bug-report');
    await flush();
    expect(view.get('copy-status').textContent).toMatch(/did not let HardDay copy/);
    expect(view.get('bug-report-text').closest('details')?.open).toBe(true);
  });

  it('speaks the browser’s language (German here)', () => {
    useLocale('de-DE');
    view = mount(<Popup {...props({ tabPage: unreadable })} />);
    expect(view.get('page-unreadable').querySelector('h2')?.textContent).toBe(
      'HardDay konnte diese Strava-Aktivität nicht lesen',
    );
    expect(view.get('pause-site').textContent).toBe('HardDay auf Strava pausieren');
    useLocale('en-US');
  });

  it('pauses HardDay on the site', () => {
    const onPauseSite = vi.fn();
    view = mount(<Popup {...props({ tabPage: unreadable, onPauseSite })} />);
    expect(view.get('pause-site').textContent).toBe('Pause HardDay on Strava');
    view.click('pause-site');
    expect(onPauseSite).toHaveBeenCalledTimes(1);
  });

  it('with no run seen yet: the unreadable panel and its form, not the first-run help', () => {
    view = mount(<Popup {...props({ tabPage: unreadable, current: undefined })} />);
    expect(view.byTestId('page-unreadable')).not.toBeNull();
    expect(view.byTestId('no-run')).toBeNull();
    expect(view.root.querySelectorAll('[data-testid="manual-run"]')).toHaveLength(1);
  });

  it('nothing of it once the run in the tab was read after all (the popup shows that run)', () => {
    view = mount(<Popup {...props({ tabPage: unreadable, current: { ...current!, fromTab: true } })} />);
    expect(view.byTestId('page-unreadable')).toBeNull();
  });
});

describe('the popup over other pages of the sites', () => {
  it('paused on the site: says so, and resumes with one click (before anything else)', () => {
    const onResumeSite = vi.fn();
    view = mount(<Popup {...props({ tabPage: { ...unreadable, paused: true }, onResumeSite })} />);
    expect(view.byTestId('page-unreadable')).toBeNull();
    expect(view.get('site-paused').textContent).toContain('HardDay is paused on Strava');
    view.click('resume-site');
    expect(onResumeSite).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['not-run', 'is not a run'],
    ['not-own', 'is someone else’s'],
  ] as const)('%s: one line over the latest run', (verdict, words) => {
    view = mount(<Popup {...props({ tabPage: { siteName: 'Garmin Connect', paused: false, verdict } })} />);
    expect(view.get('page-note').textContent).toContain(`This Garmin Connect activity ${words}`);
    expect(view.byTestId('page-unreadable')).toBeNull();
  });

  it('a run read, with its card in the corner: one note over the run, and the bug report a click away', async () => {
    const onCopyReport = vi.fn(() => Promise.resolve());
    const corner: TabPageView = {
      siteName: 'Strava',
      paused: false,
      verdict: 'read',
      cornerCard: true,
      bugReport: 'HardDay read a page but found no place for its card. …\nOutcome: read (anchor-missing)',
    };
    view = mount(
      <Popup {...props({ tabPage: corner, current: { ...current, fromTab: true }, onCopyReport })} />,
    );
    expect(view.get('corner-card-note').textContent).toContain(
      'HardDay found none of its usual places for the card on this Strava page, so the card sits in the corner.',
    );
    const order = [...view.root.querySelectorAll('[data-testid]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(order.indexOf('corner-card-note')).toBeLessThan(order.indexOf('run-summary'));
    for (const id of ['page-unreadable', 'page-note', 'site-paused']) expect(view.byTestId(id)).toBeNull();
    expect(view.get('bug-report-text').textContent).toBe(corner.bugReport);
    view.click('copy-bug-report');
    await flush();
    expect(onCopyReport).toHaveBeenCalledTimes(1);
    expect(view.get('copy-status').textContent).toMatch(/^Copied/);
    // Paused on the site says that instead.
    view.rerender(<Popup {...props({ tabPage: { ...corner, paused: true } })} />);
    expect(view.byTestId('corner-card-note')).toBeNull();
    expect(view.byTestId('site-paused')).not.toBeNull();
  });

  it('a page it read, or no page of the sites: no notice', () => {
    view = mount(<Popup {...props({ tabPage: { siteName: 'Strava', paused: false, verdict: 'read' } })} />);
    for (const id of ['page-unreadable', 'page-note', 'site-paused', 'corner-card-note'])
      expect(view.byTestId(id)).toBeNull();
    view.rerender(<Popup {...props()} />);
    for (const id of ['page-unreadable', 'page-note', 'site-paused']) expect(view.byTestId(id)).toBeNull();
  });
});
