import { useCallback, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { youthNodeId, type GraphNode } from './graphModel';
import { arrowDirections, nearestInDirection } from './spatialNavigation';

function nodeIdOf(target: EventTarget): string | null {
  return target instanceof HTMLElement && target.classList.contains('react-flow__node') ? (target.dataset.id ?? null) : null;
}

interface GraphKeyboardOptions {
  container: RefObject<HTMLElement | null>;
  nodes: readonly GraphNode[];
  onOpenEntity: (id: string) => void;
  onActivate: (id: string) => void;
}

/**
 * Keys on a focused node, caught before React Flow's own handler: Enter opens the entity, and
 * arrow keys on a node that is not selected go to the nearest node that way. On a selected node
 * the arrow keys stay React Flow's: they move it. Space and Escape (select, let go) stay React Flow's too.
 */
export function useGraphKeyboard({ container, nodes, onOpenEntity, onActivate }: GraphKeyboardOptions) {
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const id = nodeIdOf(event.target);
      if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Enter') {
        if (id === youthNodeId) return;
        event.preventDefault();
        event.stopPropagation();
        onOpenEntity(id);
        return;
      }
      const direction = arrowDirections[event.key];
      const node = nodes.find((candidate) => candidate.id === id);
      if (!direction || !node || (node.selected && node.draggable !== false)) return;
      event.preventDefault();
      event.stopPropagation();
      const placed = nodes.map((candidate) => ({ id: candidate.id, ...candidate.position }));
      const next = nearestInDirection({ id, ...node.position }, placed, direction);
      if (next) container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)?.focus();
    },
    [container, nodes, onOpenEntity],
  );

  const onFocusCapture = useCallback(
    (event: FocusEvent) => {
      const id = nodeIdOf(event.target);
      if (id) onActivate(id);
    },
    [onActivate],
  );

  return { onKeyDownCapture, onFocusCapture };
}
