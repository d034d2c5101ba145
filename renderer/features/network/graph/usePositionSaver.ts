import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GraphPosition } from '../../../../preload/contract';
import { youthNodeId } from './graphModel';

export type MovedEntities = { id: string; position: GraphPosition }[];

/** Arrow-key moves come 5 px at a time: one save after the keys rest, not one per press. */
const restMs = 500;

/**
 * Collects moved entity positions and hands them on in one batch: at once when a drag ends,
 * after a short rest for keyboard moves, and when the graph closes with moves still waiting.
 */
export function usePositionSaver(onMoveEntities: (positions: MovedEntities) => void) {
  const pending = useRef(new Map<string, GraphPosition>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const deliver = useRef(onMoveEntities);
  useEffect(() => {
    deliver.current = onMoveEntities;
  }, [onMoveEntities]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current.size === 0) return;
    const positions = [...pending.current].map(([id, position]) => ({ id, position }));
    pending.current.clear();
    deliver.current(positions);
  }, []);

  const queue = useCallback(
    (id: string, position: GraphPosition) => {
      // The youth stays in the centre; only entities have a stored place.
      if (id === youthNodeId) return;
      pending.current.set(id, position);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, restMs);
    },
    [flush],
  );

  useEffect(() => flush, [flush]);
  return useMemo(() => ({ queue, flush }), [queue, flush]);
}
