// The background's message handlers with a fixed clock, for tests that mock `onMessage` to collect them.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export async function registerBackgroundHandlers(nowIso: string): Promise<void> {
  fakeBrowser.reset();
  const { registerMessageHandlers } = await import('../../../utils/background/handlers');
  const { createPopupViews } = await import('../../../utils/background/popup-views');
  const clock = () => new Date(nowIso);
  registerMessageHandlers(clock, createPopupViews(clock));
}
