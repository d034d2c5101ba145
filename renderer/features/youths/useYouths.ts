import { useCallback, useEffect, useState } from 'react';
import type { Youth } from '../../../preload/contract';
import { api } from '../../app/api';

export type YouthsLoad =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; youths: Youth[] };

export function useYouths() {
  const [load, setLoad] = useState<YouthsLoad>({ state: 'loading' });

  const reload = useCallback(async () => {
    const result = await api.youths.list();
    setLoad(result.ok ? { state: 'loaded', youths: result.value } : { state: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    void reload();
  }, [reload]);

  return { load, reload, retry };
}
