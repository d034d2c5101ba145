import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { disclosureOutputs, legalGrounds } from './disclosures';
import { limitedText } from './documentMode';
import { packetResultSchema } from './missing';

/**
 * The export wizard (domain.md §6): to whom, why and on which ground, then only the sections that
 * purpose needs, reviewed one by one with a preview, then a PDF whose every page says it may go
 * no further. The anonymised consultation export (steps 2 and 4) is its identifier-free sibling.
 */

export const shareRecipients = ['veiligThuis', 'policeAvim', 'zorgcoordinator', 'other'] as const;
export type ShareRecipient = (typeof shareRecipients)[number];
export const shareRecipientLabels: Record<ShareRecipient, string> = {
  veiligThuis: 'Veilig Thuis',
  policeAvim: 'Politie (AVIM)',
  zorgcoordinator: 'Zorgcoördinator mensenhandel',
  other: 'Andere ontvanger',
};

/** The recipient as the PDF and the register name it: "Veilig Thuis — regio Noord", or the name typed for "Andere ontvanger". */
export function recipientText(recipient: ShareRecipient, name: string): string {
  if (recipient === 'other') return name;
  return name === '' ? shareRecipientLabels[recipient] : `${shareRecipientLabels[recipient]} — ${name}`;
}

export const shareTemplates = ['veiligThuisReport', 'policeReport', 'caseSummary'] as const;
export type ShareTemplate = (typeof shareTemplates)[number];
export const shareTemplateLabels: Record<ShareTemplate, string> = {
  veiligThuisReport: 'Melding aan Veilig Thuis',
  policeReport: 'Melding aan de politie',
  caseSummary: 'Casussamenvatting',
};

/** The parts an export can hold, in the order the PDF prints them. */
export const shareSections = [
  'personalia',
  'description',
  'photo',
  'facts',
  'events',
  'observations',
  'interpretations',
  'gutFeelings',
  'missingEpisodes',
  'network',
  'meldcodeSteps',
  'weighing',
  'decision',
  'followThrough',
  'caseLog',
] as const;
export type ShareSection = (typeof shareSections)[number];
export const shareSectionLabels: Record<ShareSection, string> = {
  personalia: 'Persoonsgegevens',
  description: 'Signalement',
  photo: 'Foto',
  facts: 'Signalen: feiten',
  events: 'Signalen: gebeurtenissen',
  observations: 'Signalen: observaties',
  interpretations: 'Signalen: interpretaties',
  gutFeelings: 'Signalen: onderbuikgevoelens',
  missingEpisodes: 'Vermissingen',
  network: 'Netwerk',
  meldcodeSteps: 'Meldcode: overleg en gesprek',
  weighing: 'Meldcode: afweging',
  decision: 'Meldcode: besluit',
  followThrough: 'Meldcode: hulp en melding',
  caseLog: 'Meldcode: dossierlog',
};

/** The sections that come from a meldcode case: offered only when the export names one. */
export const caseShareSections = ['meldcodeSteps', 'weighing', 'decision', 'followThrough', 'caseLog'] as const satisfies readonly ShareSection[];
export const needsCase = (section: ShareSection) => (caseShareSections as readonly ShareSection[]).includes(section);
/** What the case sections' case is (suspicion, description, status): printed above them, and registered, whenever one is chosen. */
export const caseBlockLabel = 'Meldcodecasus';

const shareBasicsObject = z.object({
  youthId: idSchema,
  /** The meldcode case the export is about; the case sections need one. */
  caseId: idSchema.nullable().default(null),
  template: z.enum(shareTemplates, 'Kies wat je wilt verstrekken.'),
});
export const shareBasicsSchema = shareBasicsObject;
export type ShareBasics = z.output<typeof shareBasicsSchema>;

const sectionList = z
  .array(z.enum(shareSections))
  .min(1, 'Kies minstens één onderdeel om te verstrekken.')
  .refine((sections) => new Set(sections).size === sections.length, 'Elk onderdeel mag maar één keer gekozen zijn.');

const selectionObject = shareBasicsObject.extend({ sections: sectionList });

function sectionsHaveCase(selection: { caseId: string | null; sections: readonly ShareSection[] }, context: z.RefinementCtx) {
  if (selection.caseId === null && selection.sections.some(needsCase)) {
    context.addIssue({ code: 'custom', message: 'Kies eerst de meldcodecasus: de meldcode-onderdelen komen uit een casus.', path: ['caseId'] });
  }
}

/** What the preview shows: the chosen sections as they will print. */
export const shareSelectionSchema = selectionObject.superRefine(sectionsHaveCase);
export type ShareSelection = z.output<typeof shareSelectionSchema>;

const exportObject = selectionObject.extend({
  recipient: z.enum(shareRecipients, 'Kies de ontvanger.'),
  /** The organisation or person: required for "Andere ontvanger", else an optional addition (e.g. a region). */
  recipientName: limitedText(true, 120, 'De naam van de ontvanger').default(''),
  purpose: limitedText(true, 300, 'Het doel').min(5, 'Schrijf op waarvoor de ontvanger deze gegevens nodig heeft.'),
  legalGround: z.enum(legalGrounds, 'Kies de grondslag voor deze verstrekking.'),
  output: z.enum(disclosureOutputs),
});
export const shareExportSchema = exportObject.superRefine((request, context) => {
  sectionsHaveCase(request, context);
  if (request.recipient === 'other' && request.recipientName === '') {
    context.addIssue({ code: 'custom', message: 'Vul in aan wie je de gegevens geeft.', path: ['recipientName'] });
  }
});
export type ShareExport = z.output<typeof shareExportSchema>;
export type ShareExportInput = z.input<typeof shareExportSchema>;

export const proposedSectionSchema = z.object({
  id: z.enum(shareSections),
  /** On in the proposal: what this purpose needs. */
  proposed: z.boolean(),
  /** Off when there is nothing to choose it from (a case section without a case). */
  available: z.boolean(),
  /** Facts are proposed; interpretations and gut feelings only when the user turns them on. */
  nature: z.enum(['fact', 'interpretation']),
  /** Why it is on or off, in a sentence. */
  reason: z.string(),
});
export type ProposedSection = z.infer<typeof proposedSectionSchema>;

export const shareProposalSchema = z.object({
  recipient: z.enum(shareRecipients),
  purpose: z.string(),
  /** Null where the user must choose (the case summary has no obvious ground). */
  legalGround: z.enum(legalGrounds).nullable(),
  sections: z.array(proposedSectionSchema),
  /** The youth's meldcode cases, newest first, to pick the one the export is about. */
  cases: z.array(z.object({ id: z.string(), title: z.string(), closed: z.boolean() })),
});
export type ShareProposal = z.infer<typeof shareProposalSchema>;

/** A chosen section as it will print, as plain lines: tables give one line per row. */
export const sectionPreviewSchema = z.object({
  id: z.enum(shareSections),
  heading: z.string(),
  filled: z.boolean(),
  lines: z.array(z.string()),
});
export type SectionPreview = z.infer<typeof sectionPreviewSchema>;

/** Steps 2 (consultation) and 4 (weighing) may be discussed anonymously with an expert. */
export const consultationSteps = [2, 4] as const;
export type ConsultationStep = (typeof consultationSteps)[number];

const extraTerm = limitedText(true, 100, 'Een extra woord').min(2, 'Een extra woord om weg te laten heeft minstens 2 tekens.');

const consultationObject = z.object({
  caseId: idSchema,
  step: z.union([z.literal(2), z.literal(4)], 'Kies stap 2 of stap 4.'),
  /** What the user redacts on top of what main found, e.g. a school or a nickname nobody recorded. */
  extraTerms: z.array(extraTerm).max(50, 'Je kunt hooguit 50 extra woorden laten weglaten.').default([]),
});
/**
 * The review also shows the "Verstrekking" section, redacted as it will print: with whom and why as
 * typed so far (optional, so a review before they are typed still works).
 */
export const consultationSelectionSchema = consultationObject.extend({
  recipient: limitedText(true, 120, 'Met wie je overlegt').default(''),
  purpose: limitedText(true, 300, 'Het doel').default(''),
});
export type ConsultationSelection = z.output<typeof consultationSelectionSchema>;

export const consultationExportSchema = consultationObject.extend({
  recipient: limitedText(true, 120, 'Met wie je overlegt').min(2, 'Vul in met wie je overlegt, bijvoorbeeld "CSG" of "Veilig Thuis (anoniem advies)".'),
  purpose: limitedText(true, 300, 'Het doel').min(5, 'Schrijf op waarover je advies vraagt.'),
  legalGround: z.enum(legalGrounds, 'Kies de grondslag voor deze verstrekking.'),
  output: z.enum(disclosureOutputs),
});
export type ConsultationExport = z.output<typeof consultationExportSchema>;
export type ConsultationExportInput = z.input<typeof consultationExportSchema>;

/** A run of preview text; `redacted` marks what replaced an identifier, so the review can highlight it. */
export const previewSegmentSchema = z.object({ text: z.string(), redacted: z.boolean() });
export type PreviewSegment = z.infer<typeof previewSegmentSchema>;

export const consultationPreviewSchema = z.object({
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.array(previewSegmentSchema)) })),
  /** What was left out and what stands in its place, for the review. */
  redactions: z.array(z.object({ what: z.string(), original: z.string(), replacement: z.string(), count: z.number().int() })),
});
export type ConsultationPreview = z.infer<typeof consultationPreviewSchema>;

export const sharingCalls = {
  /** The proposal for a template: recipient, purpose, ground and the minimal sections. */
  propose: defineCall(shareBasicsSchema, shareProposalSchema),
  /** The chosen sections as they will print; read and logged, nothing leaves. */
  preview: defineCall(shareSelectionSchema, z.array(sectionPreviewSchema)),
  /** The PDF, saved or shown for printing; only a file that left is recorded (register and access log). */
  export: defineCall(shareExportSchema, packetResultSchema),
  /** The anonymised text for steps 2 or 4, with every redaction marked for the review. */
  consultationPreview: defineCall(consultationSelectionSchema, consultationPreviewSchema),
  consultationExport: defineCall(consultationExportSchema, packetResultSchema),
};
