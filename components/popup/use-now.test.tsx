import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { formatCountdown, spokenCountdown } from '../../utils/i18n/format';
import { mount } from './test-render';
import { useLocale } from '../../test/support/i18n';
import { useNow } from './use-now';

const END = Date.parse('2026-01-01T03:00:00.400Z');

function Clock({ ticking }: { ticking: boolean }) {
  const now = useNow(ticking, END % 1000);
  return <p data-testid="clock">{formatCountdown(END - now)}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('ticks every second only while asked to', () => {
    const view = mount(<Clock ticking />);
    expect(view.get('clock').textContent).toBe('3:00:00');
    // The display changes at .400 of each second; the tick lands just after it, not a second late.
    act(() => void vi.advanceTimersByTime(420));
    expect(view.get('clock').textContent).toBe('2:59:59');
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      act(() => void vi.advanceTimersByTime(1000));
      seen.push(view.get('clock').textContent!);
    }
    expect(seen).toEqual(['2:59:58', '2:59:57', '2:59:56', '2:59:55', '2:59:54']);
    view.rerender(<Clock ticking={false} />);
    expect(vi.getTimerCount()).toBe(0);
    act(() => void vi.advanceTimersByTime(5000));
    expect(view.get('clock').textContent).toBe('2:59:54');
    view.unmount();
  });
});

describe('countdown text', () => {
  it('keeps h:mm:ss and never goes negative', () => {
    expect(formatCountdown(8_130_000)).toBe('2:15:30');
    expect(formatCountdown(59_999)).toBe('0:00:59');
    expect(formatCountdown(-5)).toBe('0:00:00');
  });
  it('speaks in hours and minutes', () => {
    expect(spokenCountdown(8_130_000)).toBe('2 hours 15 minutes left');
    expect(spokenCountdown(3_600_000)).toBe('1 hour left');
    expect(spokenCountdown(61_000)).toBe('1 minute left');
    expect(spokenCountdown(30_000)).toBe('under a minute left');
  });
  it('speaks the runner’s language, the verb agreeing with the first number', () => {
    useLocale('de-DE');
    expect(spokenCountdown(8_130_000)).toBe('noch 2 Stunden 15 Minuten');
    useLocale('es-ES');
    expect(spokenCountdown(3_660_000)).toBe('queda 1 hora 1 minuto');
    expect(spokenCountdown(900_000)).toBe('quedan 15 minutos');
    expect(spokenCountdown(30_000)).toBe('queda menos de un minuto');
    useLocale('fr-FR');
    expect(spokenCountdown(7_200_000)).toMatch(/^il reste 2\s+heures$/);
  });
});
