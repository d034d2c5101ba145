import type { Db } from '../../../db/client';
import { listEpisodeSummaries } from '../../../db/repositories/missingEpisodes';
import { getNetwork } from '../../../db/repositories/network';
import { newestPortraitImage } from '../../../db/repositories/photos';
import { listSignals } from '../../../db/repositories/signals';
import { getYouthProfile } from '../../../db/repositories/youths';
import type { ReportUnreadable } from '../../../db/storedDocument';
import type { MeldcodeCase, ShareTemplate, Youth } from '../../../preload/contract';
import { shareableNetwork } from '../../packet/shareableNetwork';
import type { ShareData } from './shareData';

interface Gathering {
  template: ShareTemplate;
  youth: Youth;
  meldcodeCase: MeldcodeCase | null;
  madeAt: string;
  report: ReportUnreadable;
}

/** Everything an export can print, read in the caller's transaction after its access check. */
export function gatherShareData(db: Db, { template, youth, meldcodeCase, madeAt, report }: Gathering): ShareData {
  const portrait = newestPortraitImage(db, youth.id);
  return {
    template,
    madeAt,
    youth: { firstName: youth.firstName, lastName: youth.lastName, alias: youth.alias, dateOfBirth: youth.dateOfBirth },
    profile: getYouthProfile(db, youth.id, report).value,
    portrait: portrait ? { jpeg: portrait.image, takenOn: portrait.takenOn } : null,
    signals: listSignals(db, youth.id)
      .filter((signal) => signal.supersededBy === null)
      .reverse(),
    episodes: listEpisodeSummaries(db, youth.id, report),
    network: shareableNetwork(getNetwork(db, youth.id, report)),
    meldcodeCase,
  };
}
