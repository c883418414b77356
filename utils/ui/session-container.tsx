import { useEffect } from 'preact/hooks';
import { useStoredState } from './stored-state';

export function SessionContainer() {
  const state = useStoredState();
  useEffect(() => {
    if (state) document.body.dataset.ready = 'true';
  }, [state !== undefined]);
  return <main data-testid="session">{state ? null : 'Loading…'}</main>;
}
