import { useEffect, useState } from 'react';
import { api } from '../../app/api';

/** Existing locations, offered as suggestions; without them the field still accepts any name. */
export function useLocationNames(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    void api.locations.list().then((result) => {
      if (current && result.ok) setNames(result.value.map((location) => location.name));
    });
    return () => {
      current = false;
    };
  }, []);
  return names;
}
