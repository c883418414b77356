// The background's message handlers with a fixed clock, for tests that mock `onMessage` to collect them.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Repository } from '../../../utils/store/repository';

/** Registers the handlers as the background does and returns the repository they write through. */
export async function registerBackgroundHandlers(nowIso: string): Promise<Repository> {
  fakeBrowser.reset();
  const { registerMessageHandlers } = await import('../../../utils/background/handlers');
  const { createPopupViews } = await import('../../../utils/background/popup-views');
  const { createRepository } = await import('../../../utils/store/repository');
  const clock = () => new Date(nowIso);
  const repository = createRepository();
  registerMessageHandlers(repository, createPopupViews(repository, clock), clock);
  return repository;
}
