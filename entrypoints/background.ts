import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/background/handlers';
import { registerReminders } from '@/utils/background/reminders';
import { repairStorage } from '@/utils/store/repository';

export default defineBackground(() => {
  const clock = () => new Date();
  // Listeners are registered synchronously so events that woke the worker are not missed.
  registerMessageHandlers(clock);
  registerReminders(clock);
  void repairStorage(clock());
});
