import { useEffect } from 'preact/hooks';
import { Popup } from '@/components/popup/Popup';
import { sendMessage } from '../messaging/protocol';
import { useStoredState } from './stored-state';

export function PopupContainer() {
  const state = useStoredState();
  useEffect(() => {
    if (state) document.body.dataset.ready = 'true';
  }, [state !== undefined]);
  if (!state) return <p class="loading">Loading…</p>;
  return <Popup level={state.settings.level} onLevel={(level) => void sendMessage('updateSettings', { level })} />;
}
