import { useEffect } from 'preact/hooks';
import { readStoredState, watchStoredState, type StoredState } from '../store/snapshot';
import { pageQueryClient } from './page-client';
import { useQuery } from './use-query';

export { pageQueryClient };

export const STORED_STATE_KEY = ['stored-state'] as const;

export function useStoredState(): StoredState | undefined {
  const { data } = useQuery(pageQueryClient, { queryKey: STORED_STATE_KEY, queryFn: readStoredState });
  useEffect(() => {
    if (!data) return;
    // Storage is the source of truth: any write by the background (from any tab) lands here at once.
    return watchStoredState(data, (next) => pageQueryClient.setQueryData(STORED_STATE_KEY, next));
  }, [data === undefined]);
  return data;
}
