import { QueryClient } from '@tanstack/query-core';
import { useEffect } from 'preact/hooks';
import { readStoredState, watchStoredState, type StoredState } from '../store/snapshot';
import { useQuery } from './use-query';

export const STORED_STATE_KEY = ['stored-state'] as const;

/** One client per extension page: it caches the stored state and refreshes it when storage changes. */
export const pageQueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false } },
});

export function useStoredState(): StoredState | undefined {
  const { data } = useQuery(pageQueryClient, { queryKey: STORED_STATE_KEY, queryFn: readStoredState });
  useEffect(() => {
    if (!data) return;
    // Storage is the source of truth: any write by the background (from any tab) lands here at once.
    return watchStoredState(data, (next) => pageQueryClient.setQueryData(STORED_STATE_KEY, next));
  }, [data === undefined]);
  return data;
}
