import { useEffect, useState } from 'preact/hooks';

/**
 * The current time in epoch ms, re-read every second only while `ticking` (a countdown is on screen), so an idle
 * page costs nothing. Ticks land just after the instants where `now ≡ phaseMs (mod 1000)`: pass the countdown's
 * end time and every tick falls right after the display changes, so h:mm:ss never skips or repeats a second.
 */
export function useNow(ticking: boolean, phaseMs = 0, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!ticking) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = clock();
      setNow(current);
      const intoSecond = (((current - phaseMs) % 1000) + 1000) % 1000;
      timer = setTimeout(schedule, 1000 - intoSecond + 5);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [ticking, phaseMs]);
  return now;
}
