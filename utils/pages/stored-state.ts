import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../store/sync/status';
import { createStoredItems } from '../store/items';
import { readStoredState, watchStoredState, type StoredState } from '../store/snapshot';
import { pageQueryClient } from './page-client';
import { useQuery } from './use-query';

export const STORED_STATE_KEY = ['stored-state'] as const;

// This page's view of the stored items, defined once as the page starts (pages read storage; only the background
// writes it).
const items = createStoredItems();

export function useStoredState(): StoredState | undefined {
  const { data } = useQuery(pageQueryClient, {
    queryKey: STORED_STATE_KEY,
    queryFn: () => readStoredState(items),
  });
  useEffect(() => {
    if (!data) return;
    // Storage is the source of truth: any write by the background (from any tab) lands here at once.
    return watchStoredState(items, data, (next) => pageQueryClient.setQueryData(STORED_STATE_KEY, next));
  }, [data === undefined]);
  return data;
}

/** Sync between the runner's browsers as this browser last recorded it (undefined until read), kept current. */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    let live = true;
    void items.syncItem.get().then((value) => live && setStatus(value));
    const unwatch = items.syncItem.watch(setStatus);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return status;
}
