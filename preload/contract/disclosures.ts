import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { isoDateSchema } from './isoDate';

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

/** What left: 'meldcodeCase' is the case summary (also the export wizard's case summary template). */
export const disclosureDocuments = ['missingPacket', 'meldcodeCase', 'veiligThuisReport', 'policeReport', 'anonymisedConsultation'] as const;
export type DisclosureDocument = (typeof disclosureDocuments)[number];
export const disclosureDocumentLabels: Record<DisclosureDocument, string> = {
  missingPacket: 'Vermissingspakket politie',
  meldcodeCase: 'Casussamenvatting',
  veiligThuisReport: 'Melding aan Veilig Thuis',
  policeReport: 'Melding aan de politie',
  anonymisedConsultation: 'Anoniem overleg',
};

export const disclosureOutputs = ['save', 'print'] as const;
export type DisclosureOutput = (typeof disclosureOutputs)[number];
export const disclosureOutputLabels: Record<DisclosureOutput, string> = { save: 'Opgeslagen als PDF', print: 'Afgedrukt' };

/** One line of the disclosure register (verstrekkingenregister), as the register screens and the CSV show it. */
export const disclosureEntrySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  youthName: z.string(),
  document: z.enum(disclosureDocuments),
  /** The record it was made from (missing episode, meldcode case), if any. */
  sourceId: z.string().nullable(),
  output: z.enum(disclosureOutputs),
  recipient: z.string(),
  recipientPerson: z.string(),
  purpose: z.string(),
  legalGround: z.enum(legalGrounds),
  /** The sections in the file, as their headings. */
  categories: z.array(z.string()),
  fileName: z.string(),
  sha256: z.string(),
  disclosedAt: z.string(),
  disclosedByName: z.string(),
});
export type DisclosureEntry = z.infer<typeof disclosureEntrySchema>;

/** The organisation-wide register, filtered by the day it left (both ends included) and by document. */
export const disclosureFilterSchema = z
  .object({
    from: z.union([z.literal(''), isoDateSchema]).default(''),
    to: z.union([z.literal(''), isoDateSchema]).default(''),
    document: z.enum(disclosureDocuments).nullable().default(null),
  })
  .refine((filter) => filter.from === '' || filter.to === '' || filter.from <= filter.to, { message: 'De begindatum ligt na de einddatum.', path: ['to'] });
export type DisclosureFilter = z.output<typeof disclosureFilterSchema>;
export type DisclosureFilterInput = z.input<typeof disclosureFilterSchema>;

export const disclosureCalls = {
  /** One youth's register, newest first: everyone who may see the youth may see what left about them. */
  forYouth: defineCall(z.object({ youthId: idSchema }), z.array(disclosureEntrySchema)),
  /** The whole organisation's register, newest first (administrator and aandachtsfunctionaris). */
  search: defineCall(disclosureFilterSchema, z.array(disclosureEntrySchema)),
  /** The filtered register as CSV for the privacy officer; the export is an access-log entry of its own. */
  exportCsv: defineCall(disclosureFilterSchema, z.object({ fileName: z.string(), csv: z.string() })),
};
