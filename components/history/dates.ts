// Local calendar dates (YYYY-MM-DD) shown in the runner's language. Dates are built at noon UTC and shown in UTC,
// so the label never slips a day whatever the machine's zone.

const at = (date: string) => new Date(`${date}T12:00:00Z`);

export function weekdayShort(date: string, locale?: string): string {
  return at(date).toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' });
}

export function weekdayLong(date: string, locale?: string): string {
  return at(date).toLocaleDateString(locale, { weekday: 'long', timeZone: 'UTC' });
}

/** "Nov 10" / "10 Nov" depending on the locale. */
export function dayMonth(date: string, locale?: string): string {
  return at(date).toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "11/10" / "10.11." depending on the locale: short enough for a chart axis. */
export function dayMonthNumeric(date: string, locale?: string): string {
  return at(date).toLocaleDateString(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
}
