import type { Network } from '../../../preload/contract';
import type { MovedEntities } from './graph/usePositionSaver';

/** The list with `item` in place of the one with its id, or added at the end (newest last, as main lists them). */
export function replaceById<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((candidate) => candidate.id === item.id) ? items.map((candidate) => (candidate.id === item.id ? item : candidate)) : [...items, item];
}

export function withPositions(network: Network, moved: MovedEntities): Network {
  const positions = new Map(moved.map(({ id, position }) => [id, position]));
  return { ...network, entities: network.entities.map((entity) => ({ ...entity, position: positions.get(entity.id) ?? entity.position })) };
}

/** After any change to the entities, links or layout, the stored graph image no longer shows the network. */
export function withImageOutdated(network: Network): Network {
  return network.graphImage ? { ...network, graphImage: { ...network.graphImage, upToDate: false } } : network;
}
