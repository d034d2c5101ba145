import { Background, ConnectionMode, ReactFlow, type Connection, type OnNodesChange } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { dutchAriaLabels } from './dutchAriaLabels';
import { EntityNode, YouthNode } from './EntityNode';
import { GraphActionsContext, type GraphActions } from './graphActions';
import { youthNodeId, type GraphNode, type LinkGraphEdge } from './graphModel';
import { RatedEdge } from './RatedEdge';

const nodeTypes = { entity: EntityNode, youth: YouthNode };
const edgeTypes = { link: RatedEdge };
/** A node as a link's end in the contract: null is the youth. */
const endOf = (nodeId: string): string | null => (nodeId === youthNodeId ? null : nodeId);
// Positions are node centres: the youth's 0,0 is the middle of the graph.
const centred: [number, number] = [0.5, 0.5];
/** Never zoomed in beyond life size, so a small network does not fill the screen with one node. */
export const fitOptions = { padding: 0.12, maxZoom: 1 };

interface GraphCanvasProps {
  youthName: string;
  nodes: GraphNode[];
  edges: LinkGraphEdge[];
  onNodesChange: OnNodesChange<GraphNode>;
  onOpenEntity: (id: string) => void;
  onOpenLink: (id: string) => void;
  onRequestLink: (fromId: string | null, toId?: string | null) => void;
  onMoveEnd: () => void;
}

/**
 * The drawing itself. Deleting with the Delete key is off: entities and links are removed through
 * their dialogs, which ask what happens to the links first.
 */
export function GraphCanvas({ youthName, nodes, edges, onNodesChange, onOpenEntity, onOpenLink, onRequestLink, onMoveEnd }: GraphCanvasProps) {
  // One stable context value: every edge reads it, and the owner's callbacks change each render.
  const latest = useRef({ onOpenEntity, onOpenLink, onRequestLink });
  useEffect(() => {
    latest.current = { onOpenEntity, onOpenLink, onRequestLink };
  });
  const actions = useMemo<GraphActions>(
    () => ({
      openEntity: (id) => latest.current.onOpenEntity(id),
      openLink: (id) => latest.current.onOpenLink(id),
      requestLinkFrom: (fromId) => latest.current.onRequestLink(fromId),
    }),
    [],
  );

  function connect({ source, target }: Connection) {
    // Dragged from one node to another: the link runs that way, into the youth too ("Jan ronselt Anouk").
    onRequestLink(endOf(source), endOf(target));
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <ReactFlow<GraphNode, LinkGraphEdge>
        aria-label={`Netwerkgrafiek van ${youthName}`}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={centred}
        fitView
        fitViewOptions={fitOptions}
        minZoom={0.1}
        maxZoom={2}
        connectionMode={ConnectionMode.Loose}
        isValidConnection={(connection) => connection.source !== connection.target}
        onConnect={connect}
        onNodeDoubleClick={(_, node) => node.id !== youthNodeId && onOpenEntity(node.id)}
        onEdgeClick={(_, edge) => onOpenLink(edge.id)}
        onNodeDragStop={onMoveEnd}
        onSelectionDragStop={onMoveEnd}
        deleteKeyCode={null}
        edgesFocusable={false}
        edgesReconnectable={false}
        ariaLabelConfig={dutchAriaLabels}
        // The app is offline and its CSP-bound window cannot follow the attribution link.
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} color="#d5d9df" />
      </ReactFlow>
    </GraphActionsContext.Provider>
  );
}
