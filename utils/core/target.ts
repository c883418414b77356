// This week's strength target: the phase's range (or the runner's choice inside it), lowered by one when the running
// volume has spiked — more load on top of a jump in mileage is how overuse injuries start.

import { recentLoad, volumeSpike, type VolumeSpike } from './load';
import { msg, nested } from './message';
import { weeklyTarget, type WeeklyTarget } from './phase';
import type { Run, Settings } from './types';

export interface StrengthTarget extends WeeklyTarget {
  spike: VolumeSpike | null;
}

export function strengthTarget(now: Date, settings: Settings, timeZone: string, runs: Run[]): StrengthTarget {
  const base = weeklyTarget(now, settings, timeZone);
  const spike = volumeSpike(recentLoad(runs, now, timeZone));
  if (!spike || base.target === 0) return { ...base, spike };
  const target = base.target - 1;
  const lowered =
    target === 0
      ? msg('advice.spikeMobilityOnly', { spike: nested(spike.reason) })
      : msg('advice.spikeLowered', { spike: nested(spike.reason), from: base.target, to: target });
  return { ...base, target, spike, reasons: [...base.reasons, lowered] };
}
