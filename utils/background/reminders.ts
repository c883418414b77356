import { browser } from 'wxt/browser';
import { planDay, runKey } from '../core';
import type { Advice } from '../core/types';
import type { Repository } from '../store/repository';
import { readStoredState, watchStoredState } from '../store/snapshot';
import { localLanguage, localTimeZone, openSessionTab } from '../platform';
import { resolveUnits, type UnitSystem } from '../views/units';
import { ALARM, reminderNotice, reminderPlan } from './reminder-plan';

async function currentAdvice(
  repository: Repository,
  now: Date,
): Promise<{ advice: Advice; reminders: boolean; minutesBefore: number; units: UnitSystem }> {
  const state = await repository.readSnapshot();
  const advice = planDay({
    now,
    runs: state.runs,
    log: state.log,
    settings: state.settings,
    overrides: state.overrides,
    timeZone: localTimeZone(),
  });
  const { units } = resolveUnits(state.prefs.units, state.prefs.siteUnits, localLanguage());
  return {
    advice,
    reminders: state.prefs.reminders,
    minutesBefore: state.prefs.reminderMinutesBefore,
    units,
  };
}

/**
 * Badge and reminder while a strength window is open. State lives in storage and alarms, never in worker memory,
 * so a stopped and restarted service worker (or browser) picks up where it left off.
 */
export function registerReminders(repository: Repository, clock: () => Date): void {
  let refreshing: Promise<void> = Promise.resolve();
  const refresh = () => {
    refreshing = refreshing
      .then(() => applyPlan(repository, clock()))
      .catch((error: unknown) => console.warn('[HardDay] reminders', error));
    return refreshing;
  };

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARM.reminder) await sendReminder(repository, clock());
    await refresh();
  });
  browser.notifications.onClicked.addListener(async (id) => {
    if (id !== ALARM.reminder) return;
    const { advice } = await currentAdvice(repository, clock());
    if (advice.kind === 'strength') await openSessionTab(advice.session.id, runKey(advice.run));
    else await openSessionTab();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  const { items } = repository;
  void readStoredState(items).then((state) => watchStoredState(items, state, () => void refresh()));
  void refresh();
}

async function applyPlan(repository: Repository, now: Date): Promise<void> {
  const { advice, reminders, minutesBefore } = await currentAdvice(repository, now);
  const plan = reminderPlan(advice, now.getTime(), { reminders, reminderMinutesBefore: minutesBefore });
  await browser.action.setBadgeText({ text: plan.badge });
  await browser.action.setTitle({ title: plan.title });
  if (plan.badge) await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  const existing = new Map((await browser.alarms.getAll()).map((alarm) => [alarm.name, alarm]));
  const wanted = new Set(plan.alarms.map((alarm) => alarm.name));
  for (const name of Object.values(ALARM))
    if (existing.has(name) && !wanted.has(name)) await browser.alarms.clear(name);
  for (const { name, when, periodInMinutes } of plan.alarms) {
    const known = existing.get(name);
    // The periodic tick keeps its phase; one-shot alarms move only when their time changes.
    if (known && (periodInMinutes || Math.abs(known.scheduledTime - when) < 1000)) continue;
    await browser.alarms.create(name, periodInMinutes ? { when, periodInMinutes } : { when });
  }
}

async function sendReminder(repository: Repository, now: Date): Promise<void> {
  const { advice, units } = await currentAdvice(repository, now);
  const { remindersSentItem } = repository.items;
  if (advice.kind !== 'strength') return;
  const key = runKey(advice.run);
  const sent = await remindersSentItem.get();
  if (sent[key]) return;
  await remindersSentItem.set({ ...pruneOld(sent, now), [key]: now.toISOString() });
  await browser.notifications.create(ALARM.reminder, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    ...reminderNotice(advice, now.getTime(), units),
  });
}

function pruneOld(sent: Record<string, string>, now: Date): Record<string, string> {
  const weekAgo = now.getTime() - 7 * 86_400_000;
  return Object.fromEntries(Object.entries(sent).filter(([, at]) => Date.parse(at) > weekAgo));
}
