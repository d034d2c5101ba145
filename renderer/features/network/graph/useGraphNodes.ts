import { applyNodeChanges, type OnNodesChange, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Network } from '../../../../preload/contract';
import { buildGraph, youthNodeId, type GraphNode } from './graphModel';
import { usePositionSaver, type MovedEntities } from './usePositionSaver';

/**
 * The graph's nodes as React Flow edits them (selection, measuring, moving), rebuilt when the
 * network changes. A position the user set stays until the network reports it back, so an
 * edit elsewhere in the file never throws a node back to where it was before it was moved.
 */
export function useGraphNodes(network: Network, youthName: string, onMoveEntities: (positions: MovedEntities) => void) {
  const built = useMemo(() => buildGraph(network, youthName), [network, youthName]);
  const [activeId, setActiveIdState] = useState(youthNodeId);
  const [nodes, setNodes] = useState(() => withActive(built.nodes, youthNodeId));
  const [shownBuild, setShownBuild] = useState(built);
  const movedHere = useRef(new Map<string, XYPosition>());
  const saver = usePositionSaver(onMoveEntities);

  if (shownBuild !== built) {
    setShownBuild(built);
    const active = built.nodes.some((node) => node.id === activeId) ? activeId : youthNodeId;
    setActiveIdState(active);
    setNodes((current) => withActive(merge(built.nodes, current, movedHere.current), active));
  }

  const onNodesChange: OnNodesChange<GraphNode> = useCallback(
    (changes) => {
      const settled = changes.map((change) => {
        // dragging false: the end of a drag, or one arrow-key step on a selected node.
        if (change.type !== 'position' || change.dragging !== false || !change.position) return change;
        const position = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
        movedHere.current.set(change.id, position);
        saver.queue(change.id, position);
        // The node rests where its place is stored, so a graph image names the spot main keeps.
        return { ...change, position };
      });
      setNodes((current) => applyNodeChanges(settled, current));
    },
    [saver],
  );

  const setActiveId = useCallback((id: string) => {
    setActiveIdState(id);
    setNodes((current) => withActive(current, id));
  }, []);

  return { nodes, edges: built.edges, activeId, setActiveId, onNodesChange, savePositionsNow: saver.flush };
}

/** Only the nodes whose state changes get a new object, so React Flow redraws just those. */
function withActive(nodes: GraphNode[], activeId: string): GraphNode[] {
  return nodes.map((node) => {
    const active = node.id === activeId;
    return node.data.active === active ? node : ({ ...node, data: { ...node.data, active } } as GraphNode);
  });
}

/** New data, kept UI state: selection, measured size, and positions not yet saved back. */
function merge(built: GraphNode[], current: GraphNode[], movedHere: Map<string, XYPosition>): GraphNode[] {
  const before = new Map(current.map((node) => [node.id, node]));
  return built.map((node) => {
    const previous = before.get(node.id);
    const moved = movedHere.get(node.id);
    if (moved && moved.x === node.position.x && moved.y === node.position.y) movedHere.delete(node.id);
    const position = movedHere.get(node.id) ?? node.position;
    return { ...node, position, selected: previous?.selected ?? false, ...(previous?.measured ? { measured: previous.measured } : {}) } as GraphNode;
  });
}
