// Time parsing shared by the site readers. Pure: every Date is built from an explicit value.

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses the timestamp spellings the sites use ("…Z", "…+0000", "…+01:00", Garmin's zone-less "…T….0" and
 * "YYYY-MM-DD hh:mm:ss") to epoch milliseconds. Zone-less text is read as UTC, so pass only *GMT fields or
 * local wall times you mean to treat as UTC. Returns undefined for anything else.
 */
export function parseTimestampMs(text: string): number | undefined {
  const match = ISO_LIKE.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  const fractionMs = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  let ms = Date.UTC(Number(y), month - 1, day, hour, minute, second, fractionMs);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    ms -= sign * offsetMin * 60_000;
  }
  return Number.isFinite(ms) ? ms : undefined;
}

/** Epoch milliseconds → "YYYY-MM-DDThh:mm:ss.sssZ", or undefined when out of Date's range. */
export function isoFromMs(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

/**
 * A local wall-clock time stored as if it were UTC (Strava's startDateLocal) → our best guess at the true
 * instant, given the offset (minutes east of UTC) the viewer's browser reports.
 */
export function localWallToIso(localWallEpochS: number, utcOffsetMin = 0): string | undefined {
  return isoFromMs((localWallEpochS - utcOffsetMin * 60) * 1000);
}

/** "1:02:03", "50:12", "45s" (Strava stat text) → seconds. */
export function parseClockDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const secondsOnly = /^(\d+)\s*s$/.exec(trimmed);
  if (secondsOnly) return Number(secondsOnly[1]);
  return undefined;
}
