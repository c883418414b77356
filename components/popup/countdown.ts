import type { Advice } from '../../utils/core/types';

/** The instant a live countdown runs to: the strength window's end, or the foundation session's cut-off. */
export function countdownEnd(advice: Advice | undefined): string | undefined {
  if (advice?.kind === 'strength') return advice.windowEnds;
  if (advice?.kind === 'foundation') return advice.until;
  return undefined;
}
