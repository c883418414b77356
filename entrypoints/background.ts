import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/background/handlers';
import { repairStorage } from '@/utils/store/repository';

export default defineBackground(() => {
  const clock = () => new Date();
  registerMessageHandlers(clock);
  void repairStorage(clock());
});
