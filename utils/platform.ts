// Browser helpers used by more than one context (the background and the extension pages): this browser's zone and
// language, the active Strava or Garmin tab, opening the session and options pages. Components never call browser
// APIs; they get these results as props.

import { browser } from 'wxt/browser';
import { siteTabUrl } from './views/popup-view-cache';
import { say, type Speaker } from './views/say';
import type { Message, UnitSystem } from './core/types';
import { translate, uiLocale } from './i18n';

/** Who says the core's messages here: the runner's units, the UI's language and locale. */
export function speaker(units: UnitSystem, locale: string = uiLocale()): Speaker {
  return { locale, units, t: translate };
}

/** `say(message)` in `units` and this browser's language. */
export function sayer(units: UnitSystem): (message: Message) => string {
  const s = speaker(units);
  return (message) => say(s, message);
}

/** This browser's IANA time zone: local days, weeks and clock times follow it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
export const LOCAL_TIME_ZONE = localTimeZone();

/** This browser's language, for units and number formats. */
export function localLanguage(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/** The URL of the active Strava or Garmin tab (the popup shows its run); null for a tab on any other site. */
export async function activeSiteTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return siteTabUrl(tab?.url);
}

/** The active tab when it shows a Strava or Garmin page: its id (for what HardDay read there) and URL; else null. */
export async function activeSiteTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  const url = siteTabUrl(tab?.url);
  return url && tab?.id !== undefined ? { id: tab.id, url } : null;
}

/**
 * The session page's address, the one place its query is written (the page reads `id` and `run`). Without a
 * session id the page chooses today's session itself.
 */
export function sessionPageUrl(sessionId?: string, runKey?: string): string {
  const page = browser.runtime.getURL('/session.html');
  if (!sessionId) return page;
  const query = new URLSearchParams({ id: sessionId, ...(runKey ? { run: runKey } : {}) });
  return `${page}?${query}`;
}

export async function openSessionTab(sessionId?: string, runKey?: string): Promise<void> {
  await browser.tabs.create({ url: sessionPageUrl(sessionId, runKey) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * Whether a file can download from the popup. Not in Firefox: its popup closes when the save dialog opens, and the
 * Blob URL the link points to goes with it (the download then fails); there the popup opens History in a tab.
 */
export const POPUP_CAN_DOWNLOAD = !import.meta.env.FIREFOX;

/** History's week plan in the options page, in a tab of its own (the calendar file downloads from there). */
export async function openCalendarPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#week-plan') });
}
