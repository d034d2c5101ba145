import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { findEpisode, findEpisodeYouthId } from '../../db/repositories/missingEpisodes';
import type { MissingEpisode, PacketResult } from '../../preload/contract';
import type { DisclosureOutput } from '../../preload/contract/disclosures';
import { AppError } from '../errors/AppError';
import { gatherPacketData } from '../packet/gatherPacketData';
import { packetFileName } from '../packet/packetFileName';
import { renderMissingPacket } from '../packet/renderMissingPacket';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import { runAudited, runAuditedIn } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { recordDisclosedFile } from './disclosedFile';
import { missingMessages } from './missingMessages';
import { packetHandOut } from './packetHandOut';
import { handOutRecorded } from './recordedHandOut';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess } from './youthService';

/** What the disclosure register says about every police packet (domain.md §6). */
const policeDisclosure = { recipient: 'Politie', purpose: 'Opsporing van een vermiste jongere', legalGround: 'vitalInterest' } as const;

const refusedPacket =
  (episodeId: string) =>
  (db: Db): RefusedAttempt => ({ attempt: 'vermissingsdossier voor de politie maken', objectType: 'missingPacket', objectId: episodeId, youthId: findEpisodeYouthId(db, episodeId) ?? null });

function requireEpisodeAccess(context: ServiceContext, db: Db, session: UnlockedSession, episodeId: string) {
  const episode = findEpisode(db, episodeId, logUnreadableDocuments(context.config.logger));
  if (!episode) throw new AppError('NOT_FOUND', missingMessages.episodeNotFound);
  return { episode, ...requireAccess(context, db, session, episode.youthId) };
}

/** The officer who took the report, for the register: the person the packet went to; '' while not known. */
function officerOf({ officerName, officerNumber }: MissingEpisode['police']): string {
  if (!officerNumber) return officerName;
  return officerName ? `${officerName} (${officerNumber})` : `nummer ${officerNumber}`;
}

/**
 * The police packet of an episode as a PDF, saved where the user chooses or shown for printing.
 * The data is read in one transaction and the PDF made outside it (rendering must not hold the
 * database on a night when colleagues need it too). The shell's save dialog or print window runs
 * outside any transaction too, and first: the register lists only what really left, so a
 * cancelled save or a print window that failed records nothing. What left is then recorded in one
 * transaction: the disclosure record and the access-log entry, for the exact bytes handed out.
 */
export async function makeMissingPacket(context: ServiceContext, input: { episodeId: string; output: DisclosureOutput }): Promise<PacketResult> {
  context.require('workWithYouths');
  const handOut = packetHandOut(context.config, input.output);
  return logRefusal(context, refusedPacket(input.episodeId), async () => {
    const session = context.requireUnlocked();
    const printedAt = context.nowIso();
    const data = runAudited(context, 'read', (db) => {
      const { episode, youth } = requireEpisodeAccess(context, db, session, input.episodeId);
      return gatherPacketData(db, { episode, youth, printedAt, printedBy: session.user.name, report: logUnreadableDocuments(context.config.logger) });
    });
    const { pdf, pageCount, categories } = await renderMissingPacket(data, context.config.logger);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const fileName = packetFileName(data.youth, printedAt);
    const handed = await handOutRecorded(handOut, pdf, fileName, recordDisclosure, context.config.logger);
    return handed.outcome === 'cancelled' ? handed : { ...handed, fileName, sha256, pageCount };

    // In the session that asked: after the awaits another user may have signed in, or nobody.
    function recordDisclosure(): void {
    runAuditedIn(context, session, 'change', (db, log) => {
      const { episode, access } = requireEpisodeAccess(context, db, session, input.episodeId);
      recordDisclosedFile(db, log, {
        disclosure: {
          youthId: episode.youthId,
          document: 'missingPacket',
          sourceId: episode.id,
          output: input.output,
          ...policeDisclosure,
          recipientPerson: officerOf(data.episode.police),
          categories,
          fileName,
          sha256,
          disclosedAt: printedAt,
          disclosedBy: session.user.id,
        },
        access,
        objectType: 'missingPacket',
        about: 'voor de politie',
        pageCount,
      });
    });
    }
  });
}
