import { useEffect } from 'preact/hooks';
import { LevelPicker } from '@/components/LevelPicker';
import { sendMessage } from '../messaging/protocol';
import { useStoredState } from './stored-state';

export function OptionsContainer() {
  const state = useStoredState();
  useEffect(() => {
    if (state) document.body.dataset.ready = 'true';
  }, [state !== undefined]);
  if (!state) return <p class="loading">Loading…</p>;
  return (
    <main class="options" data-testid="options">
      <h1>HardDay settings</h1>
      <LevelPicker
        level={state.settings.level}
        name="options-level"
        onChange={(level) => void sendMessage('updateSettings', { level })}
      />
    </main>
  );
}
