import {
  recipientText,
  shareSectionLabels,
  shareTemplateLabels,
  type AccessObject,
  type DisclosureDocument,
  type MeldcodeCase,
  type PacketResult,
  type SectionPreview,
  type ShareBasics,
  type ShareExport,
  type ShareProposal,
  type ShareSelection,
  type ShareTemplate,
} from '../../preload/contract';
import { proposeShare as proposeFor } from '../domain/sharing/proposeShare';
import { AppError } from '../errors/AppError';
import { gatherShareData } from '../export/sharing/gatherShareData';
import type { ShareData } from '../export/sharing/shareData';
import { inPrintOrder, shareLayout } from '../export/sharing/shareLayout';
import { sectionLines } from '../export/sharing/sectionLines';
import { shareSection } from '../export/sharing/shareSections';
import { datedPdfName } from '../packet/packetFileName';
import { logRefusal } from './audit/logRefusal';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { handOutDisclosed } from './disclosedExport';
import { getCase, listCases } from './meldcodeCaseService';
import { packetHandOut } from './packetHandOut';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

/** The register's document per template; the case summary keeps the name the case export used. */
const templateDocuments: Record<ShareTemplate, DisclosureDocument> = { veiligThuisReport: 'veiligThuisReport', policeReport: 'policeReport', caseSummary: 'meldcodeCase' };
const templateFileKinds: Record<ShareTemplate, string> = { veiligThuisReport: 'melding-veilig-thuis', policeReport: 'melding-politie', caseSummary: 'casussamenvatting' };

const caseNotOfYouth = 'Deze meldcodecasus hoort niet bij deze jongere. Kies een casus uit het dossier van de jongere.';

/** The case the export is about, read as the case screen reads it (access check and log there), and checked to be this youth's. */
function chosenCase(context: ServiceContext, { youthId, caseId }: { youthId: string; caseId: string | null }): MeldcodeCase | null {
  if (caseId === null) return null;
  const view = getCase(context, caseId);
  if (view.case.youthId !== youthId) throw new AppError('VALIDATION', caseNotOfYouth, { caseId: caseNotOfYouth });
  return view.case;
}

const subjectOf = (selection: { caseId: string | null }): { objectType: AccessObject; objectId: string | null } =>
  selection.caseId === null ? { objectType: 'youth', objectId: null } : { objectType: 'meldcodeCase', objectId: selection.caseId };

/** Gathers what the chosen sections print, after the access check, in one read transaction; `logged` says what the access log records. */
function readShareData(context: ServiceContext, selection: ShareSelection, meldcodeCase: MeldcodeCase | null, logged: string | null): ShareData {
  const report = logUnreadableDocuments(context.config.logger);
  return runAudited(context, 'read', (db, log, session) => {
    const { youth, access } = requireAccess(context, db, session, selection.youthId);
    const data = gatherShareData(db, { template: selection.template, youth, meldcodeCase, madeAt: context.nowIso(), report });
    if (logged !== null) {
      log({ action: 'read', ...subjectOf(selection), youthId: youth.id, ...underAccess(access, logged) });
    }
    return data;
  });
}

/** The proposal for a template: recipient, purpose, ground and the minimal sections, with the youth's cases to choose from. */
export function proposeShare(context: ServiceContext, basics: ShareBasics): ShareProposal {
  context.require('workWithYouths');
  const cases = listCases(context, basics.youthId);
  if (basics.caseId !== null && !cases.some((candidate) => candidate.id === basics.caseId)) throw new AppError('VALIDATION', caseNotOfYouth, { caseId: caseNotOfYouth });
  return {
    ...proposeFor(basics.template, basics.caseId !== null),
    cases: cases.map((candidate) => ({ id: candidate.id, title: candidate.title, closed: candidate.status === 'closed' })),
  };
}

/** The chosen sections as they will print; nothing leaves, but the look is logged. */
export function previewShare(context: ServiceContext, selection: ShareSelection): SectionPreview[] {
  context.require('workWithYouths');
  // The case is read first, as the case screen reads it: a refusal there is logged there, once.
  const meldcodeCase = chosenCase(context, selection);
  return logRefusal(context, { attempt: 'voorbeeld van een verstrekking bekijken', ...subjectOf(selection), youthId: selection.youthId }, () => {
    const data = readShareData(context, selection, meldcodeCase, `voorbeeld ${shareTemplateLabels[selection.template].toLowerCase()}: ${selection.sections.length} onderdelen`);
    return inPrintOrder(selection.sections).map((id) => {
      const section = shareSection(id, data);
      return { id, heading: shareSectionLabels[id], filled: section.filled, lines: sectionLines(section) };
    });
  });
}

/**
 * The export as a PDF, saved where the user chooses or shown for printing, as the police packet
 * is; only what left is recorded (handOutDisclosed): the register row with recipient, purpose,
 * ground, the chosen sections and the SHA-256 of the exact bytes, and the access-log entry.
 */
export async function exportShare(context: ServiceContext, request: ShareExport): Promise<PacketResult> {
  context.require('workWithYouths');
  const handOut = packetHandOut(context.config, request.output);
  const label = shareTemplateLabels[request.template].toLowerCase();
  const subject = subjectOf(request);
  const meldcodeCase = chosenCase(context, request);
  // Access can still end (a lock, an emergency grant running out) between the steps below.
  return logRefusal(context, { attempt: `${label} maken`, ...subject, youthId: request.youthId }, async () => {
    const session = context.requireUnlocked();
    const data = readShareData(context, request, meldcodeCase, null);
    const disclosure = { recipient: recipientText(request.recipient, request.recipientName), purpose: request.purpose, legalGround: request.legalGround };
    const layout = shareLayout(data, request.sections, { ...disclosure, by: session.user.name });
    return handOutDisclosed(context, {
      session,
      handOut,
      definition: layout.definition,
      fileName: datedPdfName(templateFileKinds[request.template], `${data.youth.firstName} ${data.youth.lastName}`, data.madeAt),
      disclosure: { youthId: request.youthId, document: templateDocuments[request.template], sourceId: request.caseId, output: request.output, ...disclosure, recipientPerson: '', categories: layout.categories },
      madeAt: data.madeAt,
      objectType: subject.objectType,
      about: `${label} voor ${disclosure.recipient}`,
    });
  });
}
