import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface BackgroundView<T> {
  data?: T;
  error?: unknown;
  /** Ask again now (e.g. when the strength window closes and the advice changes). */
  refresh: () => void;
}

/**
 * A value the background computes for this page: asked for on mount and again whenever the stored state changes
 * (the background is the only writer, so everything the page shows changes through storage). The last value stays
 * on screen while a newer one is on its way, an answer overtaken by a newer request is dropped, and a failed request
 * is tried once more before its error is shown.
 *
 * The popup uses this instead of query-core: it needs none of query-core's cache, and query-core was a third of the
 * script the popup had to load before it could show anything.
 */
export function useBackgroundView<T>(load: () => Promise<T>, enabled = true): BackgroundView<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const loadRef = useRef(load);
  loadRef.current = load;
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const ticket = ++latest.current;
    const attempt = (retriesLeft: number): Promise<void> =>
      loadRef.current().then(
        (data) => {
          if (ticket === latest.current) setState({ data });
        },
        (error: unknown) => {
          if (retriesLeft > 0) return attempt(retriesLeft - 1);
          if (ticket === latest.current) setState((previous) => ({ ...previous, error }));
        },
      );
    void attempt(1);
  }, []);

  // A layout effect starts the request right after the first render, not a frame later.
  useLayoutEffect(() => {
    if (!enabled) return;
    refresh();
    // Only the stored state (local area) changes what the background computes; session storage holds its caches.
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      latest.current += 1; // answers still on their way are for a view that is gone
    };
  }, [enabled, refresh]);

  return { ...state, refresh };
}
