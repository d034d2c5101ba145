import { listLocations } from '../../db/repositories/locations';
import { getNetwork } from '../../db/repositories/network';
import { listSignals } from '../../db/repositories/signals';
import { listAccounts } from '../../db/repositories/users';
import { getYouthProfile } from '../../db/repositories/youths';
import type { CaseView, ConsultationExport, ConsultationPreview, ConsultationSelection, PacketResult } from '../../preload/contract';
import { anonymisedConsultation, type ConsultationSources } from '../export/consultation/anonymisedConsultation';
import { consultationLayout } from '../export/consultation/consultationLayout';
import { consultationPreview } from '../export/consultation/consultationPreview';
import { datedPdfName } from '../packet/packetFileName';
import { logRefusal } from './audit/logRefusal';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { handOutDisclosed } from './disclosedExport';
import { getCase } from './meldcodeCaseService';
import { packetHandOut } from './packetHandOut';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

/**
 * The anonymised consultation for meldcode steps 2 and 4 (domain.md §6). The case is read as the
 * case screen reads it (getCase: its access check, its refusal and its read logged there), then
 * the youth, its profile, network and signals, and the organisation's location and staff names
 * (identifiers too) as stored, after the access check again: what leaves is made from stored data
 * only, never from what a screen sent. The export's read is logged by its export entry; the
 * preview's (`logged`) gets one of its own.
 */
function readSources(context: ServiceContext, view: CaseView, logged: string | null): ConsultationSources {
  const youthId = view.case.youthId;
  return runAudited(context, 'read', (db, log, session) => {
    // Access can end (a lock, an emergency grant running out) after the case was read.
    const { youth, access } = requireAccess(context, db, session, youthId);
    const report = logUnreadableDocuments(context.config.logger);
    if (logged !== null) {
      log({ action: 'read', objectType: 'meldcodeCase', objectId: view.case.id, youthId, ...underAccess(access, logged) });
    }
    return {
      youth,
      profile: getYouthProfile(db, youthId, report).value,
      network: getNetwork(db, youthId, report),
      signals: listSignals(db, youthId),
      meldcodeCase: view.case,
      locationNames: listLocations(db).map((location) => location.name),
      staffNames: listAccounts(db).map((account) => account.name),
    };
  });
}

const attempted = (view: CaseView, attempt: string) => ({ attempt, objectType: 'meldcodeCase' as const, objectId: view.case.id, youthId: view.case.youthId });

/**
 * What the review shows: the document as it would leave, every redaction marked, with whom and why
 * as typed so far (the ground is not redacted, so the review goes without). Nothing leaves; the
 * look is logged.
 */
export function previewConsultation(context: ServiceContext, selection: ConsultationSelection): ConsultationPreview {
  context.require('workWithYouths');
  const view = getCase(context, selection.caseId);
  const sources = logRefusal(context, attempted(view, 'anoniem overleg voorbereiden'), () => readSources(context, view, `voorbeeld anoniem overleg stap ${selection.step}`));
  const disclosure = { recipient: selection.recipient, purpose: selection.purpose, legalGround: null };
  return consultationPreview(anonymisedConsultation(sources, { step: selection.step, extraTerms: selection.extraTerms, madeAt: context.nowIso(), disclosure }));
}

/**
 * The PDF, saved or shown for printing; made outside any transaction and handed to the shell. Only
 * what left is recorded (handOutDisclosed): the disclosure, with the recipient, purpose and ground
 * as typed, and the access-log entry.
 */
export async function exportConsultation(context: ServiceContext, request: ConsultationExport): Promise<PacketResult> {
  context.require('workWithYouths');
  const handOut = packetHandOut(context.config, request.output);
  const view = getCase(context, request.caseId);
  const youthId = view.case.youthId;
  const disclosure = { recipient: request.recipient, purpose: request.purpose, legalGround: request.legalGround };
  return logRefusal(context, attempted(view, 'anoniem overleg maken'), async () => {
    const session = context.requireUnlocked();
    const madeAt = context.nowIso();
    const document = anonymisedConsultation(readSources(context, view, null), { step: request.step, extraTerms: request.extraTerms, madeAt, disclosure });
    const layout = consultationLayout(document, { legalGround: request.legalGround, madeAt });
    return handOutDisclosed(context, {
      session,
      handOut,
      definition: layout.definition,
      fileName: datedPdfName('anoniem-overleg', `stap ${request.step}`, madeAt),
      disclosure: { youthId, document: 'anonymisedConsultation', sourceId: request.caseId, output: request.output, ...disclosure, recipientPerson: '', categories: layout.categories },
      madeAt,
      objectType: 'meldcodeCase',
      about: `anoniem overleg stap ${request.step} met ${request.recipient}`,
    });
  });
}
