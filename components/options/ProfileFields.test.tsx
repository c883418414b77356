import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/core/types';
import { flush, mount, setValue } from '../popup/test-render';
import { Options, type OptionsProps } from './Options';

function props(settings: Partial<Settings> = {}, overrides: Partial<OptionsProps> = {}): OptionsProps {
  return {
    settings: { ...DEFAULT_SETTINGS, raceDate: '2027-04-11', ...settings },
    prefs: {
      sites: { strava: true, garmin: true },
      reminders: true,
      reminderMinutesBefore: 30,
      units: 'auto',
    },
    phaseNow: 'Today: race build-up.',
    targetNow: 'Target: 2 a week.',
    coachNote: 'Get a coach before lifting heavy.',
    week: { days: [], done: 0, target: 2, targetReasons: [] },
    history: [],
    thisYear: 2026,
    onSettings: vi.fn(() => Promise.resolve()),
    onPrefs: vi.fn(() => Promise.resolve()),
    onExport: vi.fn(() => Promise.resolve()),
    onPreview: vi.fn(() => Promise.resolve({ ok: false as const, message: 'not used' })),
    onApplyImport: vi.fn(() => Promise.resolve({ ok: true as const })),
    onUndoImport: vi.fn(() => Promise.resolve({ ok: true as const })),
    onDataStatus: vi.fn(() => Promise.resolve({ undoUntil: null, storage: null })),
    onReset: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

const patches = (p: OptionsProps) => vi.mocked(p.onSettings).mock.calls.map((c) => c[0]);
const labelOf = (el: HTMLElement) =>
  el.getAttribute('aria-label') ?? el.ownerDocument.querySelector(`label[for="${el.id}"]`)?.textContent;

describe('race distance', () => {
  it('sits with the race date and offers the usual distances, saved in metres', async () => {
    const p = props();
    view = mount(<Options {...p} />);
    const select = view.get<HTMLSelectElement>('race-distance');
    expect(labelOf(select)).toBe('Race distance');
    // Shown with the race date: right after it on the page.
    const date = view.get('race-date');
    expect(date.compareDocumentPosition(select) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Not set',
      '5 K',
      '10 K',
      'Half marathon',
      'Marathon',
      'Another distance…',
    ]);
    setValue(select, '21097.5');
    setValue(select, '5000');
    setValue(select, '');
    await flush();
    expect(patches(p)).toEqual([
      { raceDistanceM: 21_097.5 },
      { raceDistanceM: 5000 },
      { raceDistanceM: null },
    ]);
  });

  it('takes a custom distance in km, and explains one out of range without saving it', async () => {
    const p = props();
    view = mount(<Options {...p} />);
    expect(view.byTestId('race-distance-km')).toBeNull();
    setValue(view.get<HTMLSelectElement>('race-distance'), 'custom');
    const km = view.get<HTMLInputElement>('race-distance-km');
    expect(labelOf(km)).toBe('Race distance in km');
    setValue(km, '0.1');
    expect(view.get('race-distance-error').textContent).toContain('from 0.4 to 500');
    expect(km.getAttribute('aria-invalid')).toBe('true');
    setValue(km, '15.5');
    await flush();
    expect(view.byTestId('race-distance-error')).toBeNull();
    expect(patches(p)).toEqual([{ raceDistanceM: 15_500 }]);
  });

  it('shows a stored distance that is none of the usual ones as a custom km value', () => {
    view = mount(<Options {...props({ raceDistanceM: 50_000 })} />);
    expect(view.get<HTMLSelectElement>('race-distance').value).toBe('custom');
    expect(view.get<HTMLInputElement>('race-distance-km').value).toBe('50');
    view.rerender(<Options {...props({ raceDistanceM: 42_195 })} />);
    expect(view.get<HTMLSelectElement>('race-distance').value).toBe('42195');
  });

  it('takes and shows a custom distance in miles for a runner on miles, saved in metres', async () => {
    const p = props({ raceDistanceM: 50_000 }, { unit: 'imperial' });
    view = mount(<Options {...p} />);
    const miles = view.get<HTMLInputElement>('race-distance-km');
    expect(miles.value).toBe('31.07');
    expect(miles.dataset.unit).toBe('mi');
    expect(labelOf(miles)).toBe('Race distance in miles');
    expect(miles.parentElement?.textContent).toContain('mi');
    setValue(miles, '400');
    expect(view.get('race-distance-error').textContent).toBe(
      'Enter the race distance in miles, from 0.25 to 310.',
    );
    setValue(miles, '31.07');
    setValue(miles, '100');
    await flush();
    // 31.07 mi is the stored 50 km within a few metres; 100 mi the classic ultra.
    expect(patches(p)).toEqual([{ raceDistanceM: 50_002 }, { raceDistanceM: 160_934 }]);
  });
});

describe('latest time for a strength session', () => {
  it('shows 21:30 by default, saves a new time, and an empty box goes back to the default', async () => {
    const p = props();
    view = mount(<Options {...p} />);
    const time = view.get<HTMLInputElement>('latest-session-time');
    expect(time.type).toBe('time');
    expect(labelOf(time)).toBe('Latest time for a strength session');
    expect(time.value).toBe('21:30');
    expect(view.root.querySelector(`#${time.getAttribute('aria-describedby')}`)!.textContent).toContain(
      'no strength window runs past this time',
    );
    setValue(time, '20:45');
    setValue(time, '');
    await flush();
    expect(patches(p)).toEqual([{ latestSessionTime: '20:45' }, { latestSessionTime: null }]);
  });

  it('shows the stored time', () => {
    view = mount(<Options {...props({ latestSessionTime: '19:00' })} />);
    expect(view.get<HTMLInputElement>('latest-session-time').value).toBe('19:00');
  });
});

describe('birth year and max heart rate', () => {
  it('are optional, labelled, and say why they help', () => {
    view = mount(<Options {...props()} />);
    const year = view.get<HTMLInputElement>('birth-year');
    const hr = view.get<HTMLInputElement>('max-hr');
    expect(labelOf(year)).toBe('Year of birth (optional)');
    expect(labelOf(hr)).toBe('Maximum heart rate (optional)');
    expect([year.value, hr.value]).toEqual(['', '']);
    expect(view.root.querySelector('#you-title')!.textContent).toBe('About you');
    const hint = (el: HTMLElement) =>
      view!.root.querySelector(`#${el.getAttribute('aria-describedby')}`)!.textContent;
    expect(hint(year)).toContain('From 45, HardDay leaves 72 hours between sessions');
    expect(hint(hr)).toContain('Max heart rate helps judge hard runs from the first day');
  });

  it('save whole numbers in range, clear with an empty box, and explain anything else', async () => {
    const p = props({ birthYear: 1975, maxHr: 182 });
    view = mount(<Options {...p} />);
    const year = view.get<HTMLInputElement>('birth-year');
    const hr = view.get<HTMLInputElement>('max-hr');
    expect([year.value, hr.value]).toEqual(['1975', '182']);
    setValue(year, '2031');
    expect(view.get('birth-year-error').textContent).toBe(
      'Enter a year from 1900 to 2026, or leave it empty.',
    );
    expect(year.getAttribute('aria-describedby')).toContain('birth-year-error');
    setValue(year, '1979');
    setValue(hr, '90');
    expect(view.get('max-hr-error').textContent).toContain('from 100 to 240');
    setValue(hr, '');
    await flush();
    expect(view.byTestId('birth-year-error')).toBeNull();
    expect(view.byTestId('max-hr-error')).toBeNull();
    expect(patches(p)).toEqual([{ birthYear: 1979 }, { maxHr: null }]);
    expect(view.get('save-status').textContent).toBe('Saved.');
  });
});
