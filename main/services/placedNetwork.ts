import type { Db } from '../../db/client';
import { getNetwork } from '../../db/repositories/network';
import type { NetworkContent } from '../../preload/contract';
import { placeEntities } from '../domain/network/initialPositions';

/**
 * The network as the graph shows it: an entity never placed gets its stable starting spot, while
 * its stored position stays empty until someone moves it. The file and the network view share it.
 */
export function placedNetwork(db: Db, youthId: string): NetworkContent {
  const { entities, links } = getNetwork(db, youthId);
  return { entities: placeEntities(entities), links };
}
