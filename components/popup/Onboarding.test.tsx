import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, mount, setValue } from './test-render';
import { Onboarding, toSettings } from './Onboarding';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

describe('Onboarding', () => {
  it('walks through level, race date and target, then saves them together', async () => {
    const onFinish = vi.fn(() => Promise.resolve());
    const onSkip = vi.fn();
    view = mount(<Onboarding today="2026-03-01" onFinish={onFinish} onSkip={onSkip} />);
    expect(view.get('level-1').matches(':checked')).toBe(true); // safe default
    expect(view.root.textContent).toContain('New to strength work');

    view.click('level-2');
    view.click('onboarding-next');
    view.click('season-race');
    view.click('onboarding-next');
    expect(view.root.querySelector('[role="alert"]')?.textContent).toContain('race date'); // no date picked yet
    setValue(view.get<HTMLInputElement>('onboarding-race-date'), '2026-05-10');
    view.click('onboarding-next');
    setValue(view.get<HTMLSelectElement>('onboarding-target'), '2');
    view.click('onboarding-finish');
    await flush();

    expect(onFinish).toHaveBeenCalledWith({
      level: 2,
      phase: 'auto',
      raceDate: '2026-05-10',
      sessionsPerWeek: 2,
    });
    expect(onSkip).not.toHaveBeenCalled();
  });

  it('can go back without losing answers, and skip at any step saves nothing', () => {
    const onFinish = vi.fn(() => Promise.resolve());
    const onSkip = vi.fn();
    view = mount(<Onboarding today="2026-03-01" onFinish={onFinish} onSkip={onSkip} />);
    view.click('level-3');
    view.click('onboarding-next');
    view.click('onboarding-back');
    expect(view.get('level-3').matches(':checked')).toBe(true);
    view.click('onboarding-next');
    view.click('onboarding-skip');
    expect(onSkip).toHaveBeenCalledTimes(1);
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('shows an error and lets the runner retry when saving fails', async () => {
    const onFinish = vi.fn(() => Promise.reject(new Error('no background')));
    view = mount(<Onboarding today="2026-03-01" onFinish={onFinish} onSkip={() => {}} />);
    view.click('onboarding-next');
    view.click('onboarding-next');
    view.click('onboarding-finish');
    await flush();
    expect(view.root.querySelector('[role="alert"]')?.textContent).toContain('could not save');
    expect(view.get<HTMLButtonElement>('onboarding-finish').disabled).toBe(false);
  });
});

describe('toSettings', () => {
  it('maps each season answer to a phase, keeping the race date only for a race', () => {
    expect(toSettings(1, 'none', '2026-05-10', '')).toEqual({ level: 1, phase: 'auto' });
    expect(toSettings(1, 'build', '2026-05-10', '3')).toEqual({
      level: 1,
      phase: 'build',
      sessionsPerWeek: 3,
    });
    expect(toSettings(2, 'taper', '', '')).toEqual({ level: 2, phase: 'taper' });
  });
});
