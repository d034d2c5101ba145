import type { Db } from '../../db/client';
import { listEpisodeSummaries } from '../../db/repositories/missingEpisodes';
import { getNetwork } from '../../db/repositories/network';
import { newestPortraitImage } from '../../db/repositories/photos';
import { currentSafetyPlan } from '../../db/repositories/safetyPlans';
import { readSettings } from '../../db/repositories/settings';
import { getYouthProfile } from '../../db/repositories/youths';
import type { ReportUnreadable } from '../../db/storedDocument';
import type { MissingEpisode, Youth } from '../../preload/contract';
import type { MissingPacketData } from './packetData';
import { shareableNetwork } from './shareableNetwork';
import { episodesBefore } from '../domain/missing/earlierEpisodes';

interface Gathering {
  episode: MissingEpisode;
  youth: Youth;
  printedAt: string;
  printedBy: string;
  report: ReportUnreadable;
}

/** Everything the packet prints, read in one go so the PDF can be made after the transaction. */
export function gatherPacketData(db: Db, { episode, youth, printedAt, printedBy, report }: Gathering): MissingPacketData {
  const portrait = newestPortraitImage(db, youth.id);
  const settings = readSettings(db);
  const previousEpisodes = episodesBefore(listEpisodeSummaries(db, youth.id, report), episode.facts.discoveredAt);
  return {
    printedAt,
    printedBy,
    youth: { firstName: youth.firstName, lastName: youth.lastName, alias: youth.alias, dateOfBirth: youth.dateOfBirth },
    profile: getYouthProfile(db, youth.id, report).value,
    portrait: portrait ? { jpeg: portrait.image, takenOn: portrait.takenOn } : null,
    safetyPlan: currentSafetyPlan(db, youth.id, report)?.content ?? null,
    network: shareableNetwork(getNetwork(db, youth.id, report)),
    episode,
    previousEpisodes,
    onCall: { name: settings.onCallName, phone: settings.onCallPhone },
    locationName: youth.locationName,
  };
}
