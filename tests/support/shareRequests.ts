import type { LegalGround, ShareExportInput, ShareSection } from '../../preload/contract';

/** A case summary through the export wizard's call, for another recipient named in full, saved as a PDF. */
export function caseSummaryRequest(
  youthId: string,
  caseId: string,
  disclosure: { recipient: string; purpose: string; legalGround: LegalGround },
  sections: ShareSection[] = ['decision', 'caseLog'],
): ShareExportInput {
  return { youthId, caseId, template: 'caseSummary', sections, recipient: 'other', recipientName: disclosure.recipient, purpose: disclosure.purpose, legalGround: disclosure.legalGround, output: 'save' };
}
