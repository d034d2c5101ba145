import { useEffect, useState } from 'react';

/**
 * A tab with several small forms reports one dirty flag upward: one stable handler per form
 * (so a form's effect on it does not rerun each render), true while any form holds input.
 */
export function useCombinedDirty<Name extends string>(names: readonly Name[], onDirtyChange: (dirty: boolean) => void) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<Name>>(new Set());
  const [handlers] = useState(
    () =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (dirty: boolean) =>
            setDirtyForms((current) => {
              if (current.has(name) === dirty) return current;
              const next = new Set(current);
              if (dirty) next.add(name);
              else next.delete(name);
              return next;
            }),
        ]),
      ) as Record<Name, (dirty: boolean) => void>,
  );
  const anyDirty = dirtyForms.size > 0;

  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  return { handlers, anyDirty };
}
