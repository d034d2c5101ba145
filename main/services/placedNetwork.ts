import type { Db } from '../../db/client';
import { getGraphImageStamp, getNetwork } from '../../db/repositories/network';
import type { ReportUnreadable } from '../../db/storedDocument';
import type { Network } from '../../preload/contract';
import { graphImageState } from '../domain/network/graphFingerprint';
import { placeEntities } from '../domain/network/initialPositions';

/**
 * The network as the graph shows it: an entity never placed gets its stable starting spot, while
 * its stored position stays empty until someone moves it. The file and the network view share it,
 * with whether the stored graph image still shows this network.
 */
export function placedNetwork(db: Db, youthId: string, report?: ReportUnreadable): Network {
  const { entities, links } = getNetwork(db, youthId, report);
  const placed = { entities: placeEntities(entities), links };
  return { ...placed, graphImage: graphImageState(getGraphImageStamp(db, youthId), placed) };
}
