import { QueryObserver, type QueryClient, type QueryKey, type QueryObserverResult } from '@tanstack/query-core';
import { useEffect, useState } from 'preact/hooks';

/** A minimal Preact binding for query-core: subscribe to one query and re-render on every result. */
export function useQuery<T>(
  client: QueryClient,
  options: { queryKey: QueryKey; queryFn: () => Promise<T>; staleTime?: number },
): QueryObserverResult<T> {
  const [observer] = useState(() => new QueryObserver<T>(client, options));
  const [result, setResult] = useState(() => observer.getOptimisticResult(client.defaultQueryOptions(options)));
  useEffect(() => {
    const unsubscribe = observer.subscribe(setResult);
    observer.updateResult();
    setResult(observer.getCurrentResult());
    return unsubscribe;
  }, [observer]);
  return result;
}
