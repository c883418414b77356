import {
  QueryObserver,
  type QueryClient,
  type QueryKey,
  type QueryObserverResult,
} from '@tanstack/query-core';
import { useLayoutEffect, useState } from 'preact/hooks';

interface Options<T> {
  queryKey: QueryKey;
  queryFn: () => Promise<T>;
  staleTime?: number;
  /** false: wait (e.g. until an input the query needs is known). */
  enabled?: boolean;
}

/** A minimal Preact binding for query-core: subscribe to one query and re-render on every result. */
export function useQuery<T>(client: QueryClient, options: Options<T>): QueryObserverResult<T> {
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
