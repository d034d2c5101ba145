import { createHash } from 'node:crypto';
import { listSignals } from '../../db/repositories/signals';
import type { PacketResult } from '../../preload/contract';
import type { CaseExport } from '../../preload/contract/caseExport';
import { caseSummaryData } from '../export/caseSummary/caseSummaryData';
import { caseSummaryLayout } from '../export/caseSummary/caseSummaryLayout';
import { datedPdfName } from '../packet/packetFileName';
import { renderPdf } from '../packet/renderPdf';
import { logRefusal } from './audit/logRefusal';
import { runAudited, runAuditedIn } from './audit/runAudited';
import type { ServiceContext } from './context';
import { recordDisclosedFile } from './disclosedFile';
import { getCase } from './meldcodeCaseService';
import { packetHandOut } from './packetHandOut';
import { handOutRecorded } from './recordedHandOut';
import { requireAccess } from './youthService';

/**
 * A meldcode case as a PDF summary for a recipient the user names, saved where the user chooses
 * or shown for printing, as the police packet is. The case is read as the case screen reads it
 * (getCase: its access check, a refusal and the read are logged there), the PDF made outside any
 * transaction and handed to the shell; only what left is recorded, in one transaction: the
 * disclosure with recipient, purpose, legal ground and the SHA-256 of the exact bytes, and the
 * access-log entry.
 */
export async function exportCase(context: ServiceContext, input: CaseExport): Promise<PacketResult> {
  context.require('workWithYouths');
  const handOut = packetHandOut(context.config, input.output);
  const disclosure = { recipient: input.recipient, purpose: input.purpose, legalGround: input.legalGround };
  const view = getCase(context, input.caseId);
  const youthId = view.case.youthId;
  // Access can still end (a lock, an emergency grant running out) between the steps below.
  return logRefusal(context, { attempt: 'casussamenvatting maken', objectType: 'meldcodeCase', objectId: input.caseId, youthId }, async () => {
    const session = context.requireUnlocked();
    const printedAt = context.nowIso();
    const youthSignals = runAudited(context, 'read', (db) => {
      requireAccess(context, db, session, youthId);
      return listSignals(db, youthId);
    });
    const layout = caseSummaryLayout(caseSummaryData({ view, youthSignals, printedAt, printedBy: session.user.name, disclosure }));
    const { pdf, pageCount } = await renderPdf(layout.definition);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const fileName = datedPdfName('meldcode', view.youthName, printedAt);
    const handed = await handOutRecorded(handOut, pdf, fileName, recordDisclosure, context.config.logger);
    return handed.outcome === 'cancelled' ? handed : { ...handed, fileName, sha256, pageCount };

    function recordDisclosure(): void {
      runAuditedIn(context, session, 'change', (db, log) => {
        const { access } = requireAccess(context, db, session, youthId);
        recordDisclosedFile(db, log, {
          disclosure: {
            youthId,
            document: 'meldcodeCase',
            sourceId: input.caseId,
            output: input.output,
            ...disclosure,
            recipientPerson: '',
            categories: layout.categories,
            fileName,
            sha256,
            disclosedAt: printedAt,
            disclosedBy: session.user.id,
          },
          access,
          objectType: 'meldcodeCase',
          about: `casussamenvatting voor ${input.recipient}`,
          pageCount,
        });
      });
    }
  });
}
