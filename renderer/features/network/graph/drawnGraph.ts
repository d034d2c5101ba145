import type { DrawnGraph } from '../../../../preload/contract';
import type { GraphNode, LinkGraphEdge } from './graphModel';

/**
 * What the graph shows, from its own nodes and edges: each entity as last changed and where it
 * stands now (moves not yet stored included), each link drawn. Main compares it with the network
 * as stored, so a saved image of an older state is reported outdated. The youth's node is always
 * in the centre and is left out.
 */
export function drawnGraph(nodes: readonly GraphNode[], edges: readonly LinkGraphEdge[]): DrawnGraph {
  return {
    entities: nodes.flatMap((node) =>
      node.type === 'entity' ? [{ id: node.id, updatedAt: node.data.updatedAt, position: { x: node.position.x, y: node.position.y } }] : [],
    ),
    links: edges.flatMap((edge) => (edge.data ? [{ id: edge.id, updatedAt: edge.data.updatedAt }] : [])),
  };
}
