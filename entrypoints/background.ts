import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerFeatureInjection } from '@/utils/background/feature-injection';
import { registerMessageHandlers } from '@/utils/background/handlers';
import { createPopupViews, POPUP_VIEW_ALARM } from '@/utils/background/popup-views';
import { registerRecentRefresh } from '@/utils/background/recent-refresh';
import { registerReadOutcomes } from '@/utils/background/read-outcomes';
import { registerReminders } from '@/utils/background/reminders';
import { registerSync } from '@/utils/background/sync';
import { createRepository } from '@/utils/store/repository';
import { touchesStoredState } from '@/utils/store/snapshot';

export default defineBackground(() => {
  const clock = () => new Date();
  const repository = createRepository();
  const popupViews = createPopupViews(repository, clock);
  // Listeners are registered synchronously so events that woke the worker are not missed. The snapshot is dropped
  // first, so no listener after it can read a state that storage no longer holds.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !touchesStoredState(changes)) return;
    repository.forgetSnapshot();
    void popupViews.clear(); // already done before HardDay's own writes; this covers changes from elsewhere
    void popupViews.refreshLatest();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POPUP_VIEW_ALARM) void popupViews.refreshLatest();
  });
  registerMessageHandlers(repository, popupViews, clock);
  const { refreshForUnseen } = registerRecentRefresh(repository, clock);
  registerFeatureInjection(async () => (await repository.readSnapshot()).runs, refreshForUnseen);
  registerReadOutcomes();
  registerReminders(repository, clock);
  registerSync(repository, clock);
  void repository.repairStorage(clock()).then(() => popupViews.refreshLatest());
  void repository.dataStatus(clock()); // drops an import's undo snapshot after 7 days; sets the storage-full flag
});
