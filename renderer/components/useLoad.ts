import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../preload/contract';

/** Data a page asks main for: on its way, refused (main's message), or here. */
export type Load<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; value: T };

/**
 * Loads with `fetch` when mounted and again whenever `fetch` changes (keep it stable: a module
 * function, or useCallback over its inputs). `reload` keeps what is on screen until the answer
 * arrives; `retry` shows "loading" first, for a button after a failure.
 */
export function useLoad<T>(fetch: () => Promise<Result<T>>) {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });

  const reload = useCallback(async () => {
    const result = await fetch();
    setLoad(result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', message: result.error.message });
  }, [fetch]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    void reload();
  }, [reload]);

  return { load, setLoad, reload, retry };
}
