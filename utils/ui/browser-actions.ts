// The few browser calls the extension pages make themselves (everything that changes data goes through the
// background instead), and the ones the background shares with them. Kept here so components stay free of browser
// APIs.

import { browser } from 'wxt/browser';
import { siteTabUrl } from './popup-view-cache';

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

export function sessionPageUrl(sessionId: string, runKey?: string): string {
  const query = new URLSearchParams({ id: sessionId, ...(runKey ? { run: runKey } : {}) });
  return `${browser.runtime.getURL('/session.html')}?${query}`;
}

export async function openSessionTab(sessionId: string, runKey?: string): Promise<void> {
  await browser.tabs.create({ url: sessionPageUrl(sessionId, runKey) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Offers a JSON value as a file download, through a short-lived Blob URL. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A readable sentence from whatever a failed message threw. */
export function errorText(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message && message.length < 200 ? `${fallback} (${message})` : fallback;
}
