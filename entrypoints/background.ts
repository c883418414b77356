import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/background/handlers';
import { registerReminders } from '@/utils/background/reminders';
import { forgetSnapshot, repairStorage } from '@/utils/store/repository';
import { touchesStoredState } from '@/utils/store/snapshot';

export default defineBackground(() => {
  const clock = () => new Date();
  // Listeners are registered synchronously so events that woke the worker are not missed. The snapshot is dropped
  // first, so no listener after it can read a state that storage no longer holds.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && touchesStoredState(changes)) forgetSnapshot();
  });
  registerMessageHandlers(clock);
  registerReminders(clock);
  void repairStorage(clock());
});
