/** Disclosures (verstrekkingen, domain.md §2 and §6): every time data leaves the app. */

/** The AVG grounds, plus conflict of duties and the right to report to Veilig Thuis (meldrecht). */
export const legalGrounds = ['consent', 'contract', 'legalObligation', 'vitalInterest', 'publicTask', 'legitimateInterest', 'conflictOfDuties', 'meldrecht'] as const;
export type LegalGround = (typeof legalGrounds)[number];
export const legalGroundLabels: Record<LegalGround, string> = {
  consent: 'Toestemming',
  contract: 'Overeenkomst',
  legalObligation: 'Wettelijke plicht',
  vitalInterest: 'Vitaal belang',
  publicTask: 'Taak van algemeen belang',
  legitimateInterest: 'Gerechtvaardigd belang',
  conflictOfDuties: 'Conflict van plichten',
  meldrecht: 'Meldrecht (Veilig Thuis)',
};

export const disclosureDocuments = ['missingPacket', 'meldcodeCase'] as const;
export type DisclosureDocument = (typeof disclosureDocuments)[number];

export const disclosureOutputs = ['save', 'print'] as const;
export type DisclosureOutput = (typeof disclosureOutputs)[number];
