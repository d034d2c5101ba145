import { createHash } from 'node:crypto';
import type { GraphImageState, NetworkEntity, NetworkLink } from '../../../preload/contract';

/** What a fingerprint looks at: a placed network and a drawn graph (DrawnGraph) both fit. */
export interface GraphState {
  entities: readonly Pick<NetworkEntity, 'id' | 'updatedAt' | 'position'>[];
  links: readonly Pick<NetworkLink, 'id' | 'updatedAt'>[];
}

/**
 * Identifies the network state a graph image shows: which entities and links there are, when each
 * last changed (a label, a rating or a moved link end changes `updatedAt`) and where each entity
 * stands (moving one changes only its position). The order they are listed in does not matter.
 * Give it the placed network, so an entity never moved counts with the spot the graph shows it at,
 * or the graph as drawn, which holds the same facts.
 */
export function graphFingerprint(graph: GraphState): string {
  const entities = graph.entities.map(({ id, updatedAt, position }) => `entity ${id} ${updatedAt} ${position ? `${position.x},${position.y}` : '-'}`);
  const links = graph.links.map(({ id, updatedAt }) => `link ${id} ${updatedAt}`);
  return createHash('sha256')
    .update([...entities, ...links].sort().join('\n'))
    .digest('hex');
}

type ImageStamp = { savedAt: string; fingerprint: string };

/** What the graph view and the PDFs need to know about a stored image: when, and whether it still shows this network. */
export function graphImageState(stored: ImageStamp, network: GraphState): GraphImageState;
export function graphImageState(stored: ImageStamp | undefined, network: GraphState): GraphImageState | null;
export function graphImageState(stored: ImageStamp | undefined, network: GraphState): GraphImageState | null {
  return stored ? { savedAt: stored.savedAt, upToDate: stored.fingerprint === graphFingerprint(network) } : null;
}
