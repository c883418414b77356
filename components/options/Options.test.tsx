import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/core/types';
import { flush, mount, setValue } from '../popup/test-render';
import { Options, type OptionsProps } from './Options';

const week = { days: [], done: 0, target: 2, targetReasons: [] };

function props(overrides: Partial<OptionsProps> = {}): OptionsProps {
  return {
    settings: { ...DEFAULT_SETTINGS, raceDate: '2027-04-11', sessionsPerWeek: 2 },
    prefs: {
      sites: { strava: true, garmin: true },
      reminders: true,
      reminderMinutesBefore: 30,
      units: 'auto',
    },
    phaseNow: 'Today: race build-up.',
    targetNow: 'Target: 2 a week.',
    coachNote: 'Get a coach before lifting heavy.',
    week,
    history: [],
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

describe('Options', () => {
  it('sends each change as a patch, with null to go back to automatic', async () => {
    const p = props();
    view = mount(<Options {...p} />);
    setValue(view.get<HTMLSelectElement>('phase'), 'taper');
    setValue(view.get<HTMLSelectElement>('sessions-per-week'), '');
    setValue(view.get<HTMLSelectElement>('window-hours'), '2');
    setValue(view.get<HTMLSelectElement>('week-start'), '0');
    view.click('race-date-clear');
    view.click('level-3');
    await flush();
    expect(vi.mocked(p.onSettings).mock.calls.map((c) => c[0])).toEqual([
      { phase: 'taper' },
      { sessionsPerWeek: null },
      { windowHours: 2 },
      { weekStartsOn: 0 },
      { raceDate: null },
      { level: 3 },
    ]);
    expect(view.get('save-status').textContent).toBe('Saved.');
  });

  it('shows the coach advice only with weights', () => {
    view = mount(<Options {...props()} />);
    expect(view.byTestId('coach-note')).toBeNull();
    view.rerender(<Options {...props({ settings: { ...DEFAULT_SETTINGS, equipment: 'weights' } })} />);
    expect(view.get('coach-note').textContent).toContain('coach');
  });

  it('edits sites, reminders, units and the card colours as preferences', async () => {
    const p = props();
    view = mount(<Options {...p} />);
    view.click('site-garmin');
    view.click('reminders');
    setValue(view.get<HTMLSelectElement>('units'), 'imperial');
    expect(view.get<HTMLSelectElement>('card-theme').value).toBe('page');
    setValue(view.get<HTMLSelectElement>('card-theme'), 'dark');
    await flush();
    expect(vi.mocked(p.onPrefs).mock.calls.map((c) => c[0])).toEqual([
      { sites: { strava: true, garmin: false } },
      { reminders: false },
      { units: 'imperial' },
      { cardTheme: 'dark' },
    ]);
  });

  it('says where the first day of the week comes from, unless the runner chose it', () => {
    const hint = () =>
      view!.get('week-start').closest('.field')?.querySelector('.field-hint')?.textContent ?? null;
    const withFrom = (weekStartFrom?: 'runner' | 'garmin') =>
      props({ prefs: { ...props().prefs, ...(weekStartFrom ? { weekStartFrom } : {}) } });
    view = mount(<Options {...withFrom()} />);
    expect(hint()).toBe(
      'HardDay’s default: your Garmin Connect setting replaces it once HardDay sees a Garmin Connect page',
    );
    view.rerender(<Options {...withFrom('garmin')} />);
    expect(hint()).toBe('From your Garmin Connect settings, until you choose here');
    view.rerender(<Options {...withFrom('runner')} />);
    expect(hint()).toBeNull();
  });

  it('says so when a change could not be saved', async () => {
    view = mount(<Options {...props({ onSettings: () => Promise.reject(new Error('refused')) })} />);
    view.click('equipment-weights');
    await flush();
    expect(view.get('save-status').textContent).toContain('could not be saved');
  });
});
