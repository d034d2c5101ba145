import { useState } from 'react';

/**
 * Which of a page's parts hold unsaved input: one stable handler per part (so a part's effect on
 * it does not rerun each render) and the set of parts that reported true.
 */
export function useDirtyParts<Name extends string>(names: readonly Name[]) {
  const [dirtyParts, setDirtyParts] = useState<ReadonlySet<Name>>(new Set());
  const [handlers] = useState(
    () =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (dirty: boolean) =>
            setDirtyParts((current) => {
              if (current.has(name) === dirty) return current;
              const next = new Set(current);
              if (dirty) next.add(name);
              else next.delete(name);
              return next;
            }),
        ]),
      ) as Record<Name, (dirty: boolean) => void>,
  );
  return { dirtyParts, handlers };
}
