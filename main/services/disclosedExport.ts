import { createHash } from 'node:crypto';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { NewDisclosure } from '../../db/repositories/disclosures';
import type { AccessObject, PacketResult } from '../../preload/contract';
import { renderPdf } from '../packet/renderPdf';
import { runAuditedIn } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { recordDisclosedFile } from './disclosedFile';
import type { HandOut } from './packetHandOut';
import { handOutRecorded } from './recordedHandOut';
import { requireAccess } from './youthService';

interface DisclosedExport {
  session: UnlockedSession;
  handOut: HandOut;
  definition: TDocumentDefinitions;
  fileName: string;
  /** The register's record, without what only the file gives (its name and hash) and the moment and maker. */
  disclosure: Omit<NewDisclosure, 'fileName' | 'sha256' | 'disclosedAt' | 'disclosedBy'>;
  madeAt: string;
  objectType: AccessObject;
  /** What left for whom, as the access log's details begin. */
  about: string;
}

/**
 * An export's PDF made, handed to the shell, and recorded once it left: the disclosure with the
 * SHA-256 of the exact bytes and the access-log entry, in one transaction in the session that
 * asked, after the access check again (it can end while the dialog is open).
 */
export async function handOutDisclosed(context: ServiceContext, { session, handOut, definition, fileName, disclosure, madeAt, objectType, about }: DisclosedExport): Promise<PacketResult> {
  const { pdf, pageCount } = await renderPdf(definition);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const record = () =>
    runAuditedIn(context, session, 'change', (db, log) => {
      const { access } = requireAccess(context, db, session, disclosure.youthId);
      recordDisclosedFile(db, log, { disclosure: { ...disclosure, fileName, sha256, disclosedAt: madeAt, disclosedBy: session.user.id }, access, objectType, about, pageCount });
    });
  const handed = await handOutRecorded(handOut, pdf, fileName, record, context.config.logger);
  return handed.outcome === 'cancelled' ? handed : { ...handed, fileName, sha256, pageCount };
}
