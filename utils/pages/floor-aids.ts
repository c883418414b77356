// The session page's help for a runner on the floor: countdown beeps (session-sound.ts) and the screen kept on
// (wake-lock.ts) while a hold or rest timer runs. The player reports its timer through `onTimer`; this hook owns the
// browser side and lets it all go when the page closes.

import { useCallback, useEffect, useMemo } from 'preact/hooks';
import type { RunningTimer } from '@/components/session/player-machine';
import { createSessionSound, type SessionSound } from './session-sound';
import { browserWakeLock, createScreenWakeLock, type ScreenWakeLock } from './wake-lock';

export interface FloorAidsDeps {
  createSound?: () => SessionSound;
  createWakeLock?: () => ScreenWakeLock;
  doc?: Document;
}

/** The player's `onTimer` callback, with the beeps on or off as `soundOn` says. */
export function useFloorAids(soundOn: boolean, deps: FloorAidsDeps = {}): (timer: RunningTimer) => void {
  const doc = deps.doc ?? document;
  const aids = useMemo(
    () => ({
      sound: deps.createSound?.() ?? createSessionSound({ on: soundOn }),
      wakeLock: deps.createWakeLock?.() ?? createScreenWakeLock({ wakeLock: browserWakeLock(), doc }),
    }),
    [],
  );

  useEffect(() => {
    // Browsers let audio start from a key press or a click: the first Start (Space or the button) opens the sound.
    const unlock = () => aids.sound.unlock();
    doc.addEventListener('keydown', unlock, true);
    doc.addEventListener('pointerdown', unlock, true);
    return () => {
      doc.removeEventListener('keydown', unlock, true);
      doc.removeEventListener('pointerdown', unlock, true);
      aids.sound.dispose();
      aids.wakeLock.dispose();
    };
  }, [aids, doc]);

  useEffect(() => aids.sound.setOn(soundOn), [aids, soundOn]);

  return useCallback(
    (timer: RunningTimer) => {
      if (timer.running) aids.sound.timerStarted(timer.remainingMs);
      else aids.sound.timerStopped();
      aids.wakeLock.set(timer.running);
    },
    [aids],
  );
}
