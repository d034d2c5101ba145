import { createHash } from 'node:crypto';
import type { GraphImageState, NetworkContent } from '../../../preload/contract';

/**
 * Identifies the network state a graph image shows: which entities and links there are, when each
 * last changed (a label, a rating or a moved link end changes `updatedAt`) and where each entity
 * stands (moving one changes only its position). The order they are listed in does not matter.
 * Give it the placed network, so an entity never moved counts with the spot the graph shows it at.
 */
export function graphFingerprint(network: NetworkContent): string {
  const entities = network.entities.map(({ id, updatedAt, position }) => `entity ${id} ${updatedAt} ${position ? `${position.x},${position.y}` : '-'}`);
  const links = network.links.map(({ id, updatedAt }) => `link ${id} ${updatedAt}`);
  return createHash('sha256')
    .update([...entities, ...links].sort().join('\n'))
    .digest('hex');
}

/** What the graph view and the PDFs need to know about a stored image: when, and whether it still shows this network. */
export function graphImageState(stored: { savedAt: string; fingerprint: string } | undefined, network: NetworkContent): GraphImageState | null {
  return stored ? { savedAt: stored.savedAt, upToDate: stored.fingerprint === graphFingerprint(network) } : null;
}
