import type { NetworkContent } from '../../preload/contract';
import type { ShareableNetwork } from './packetData';

/**
 * The part of the network released for the police. A link is kept only when each end is the youth
 * or a released entity: a link to a withheld person would still tell the police that person exists.
 */
export function shareableNetwork(network: NetworkContent): ShareableNetwork {
  const entities = network.entities.filter((entity) => entity.shareWithPolice);
  const shared = new Set(entities.map((entity) => entity.id));
  const released = (end: string | null) => end === null || shared.has(end);
  return {
    entities,
    links: network.links.filter((link) => released(link.fromId) && released(link.toId)),
    withheldCount: network.entities.length - entities.length,
  };
}
