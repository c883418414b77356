import {
  QueryObserver,
  type QueryClient,
  type QueryKey,
  type QueryObserverResult,
} from '@tanstack/query-core';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface QueryOptions<T> {
  queryKey: QueryKey;
  queryFn: () => Promise<T>;
  staleTime?: number;
  /** false: wait (e.g. until an input the query needs is known). */
  enabled?: boolean;
  /** A value to show before the first answer (the popup's prepared view); it counts as stale at once. */
  initialData?: T;
  retry?: number;
  retryDelay?: number;
}

/**
 * The extension pages' one Preact binding for query-core: subscribes to one query and re-renders on every result.
 * Everything a page shows from storage or from the background goes through it.
 */
export function useQuery<T>(client: QueryClient, options: QueryOptions<T>): QueryObserverResult<T> {
  const [observer] = useState(() => new QueryObserver<T>(client, options));
  const [result, setResult] = useState(() =>
    observer.getOptimisticResult(client.defaultQueryOptions(options)),
  );
  // A layout effect subscribes (and so starts the fetch) right after the first render, not a frame later.
  useLayoutEffect(() => {
    const unsubscribe = observer.subscribe(setResult);
    observer.updateResult();
    setResult(observer.getCurrentResult());
    return unsubscribe;
  }, [observer]);
  const keyHash = JSON.stringify(options.queryKey);
  useLayoutEffect(() => {
    observer.setOptions(options);
    setResult(observer.getCurrentResult());
  }, [observer, keyHash, options.enabled]);
  return result;
}
