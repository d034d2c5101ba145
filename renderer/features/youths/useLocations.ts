import { useCallback, useEffect, useState } from 'react';
import type { Location } from '../../../preload/contract';
import { api } from '../../app/api';

export type LocationsLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; locations: Location[] };

/** The locations this user may file youths under (main decides: own locations, or all). */
export function useLocations() {
  const [load, setLoad] = useState<LocationsLoad>({ state: 'loading' });

  const reload = useCallback(async () => {
    const result = await api.locations.list();
    setLoad(result.ok ? { state: 'loaded', locations: result.value } : { state: 'failed', message: result.error.message });
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
