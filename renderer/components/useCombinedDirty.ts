import { useEffect } from 'react';
import { useDirtyParts } from './useDirtyParts';

/** A tab with several small forms reports one dirty flag upward: true while any form holds input. */
export function useCombinedDirty<Name extends string>(names: readonly Name[], onDirtyChange: (dirty: boolean) => void) {
  const { dirtyParts, handlers } = useDirtyParts(names);
  const anyDirty = dirtyParts.size > 0;

  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  return { handlers, anyDirty };
}
