import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { pastOrTodayDateSchema } from './youthProfile';

/** The kinds of signal the meldcode asks to keep apart (domain.md §3, step 1). */
export const signalKinds = ['fact', 'event', 'observation', 'interpretation', 'gutFeeling'] as const;
export type SignalKind = (typeof signalKinds)[number];
export const signalKindLabels: Record<SignalKind, string> = {
  fact: 'Feit',
  event: 'Omstandigheid/gebeurtenis',
  observation: 'Waarneming',
  interpretation: 'Interpretatie',
  gutFeeling: 'Niet-pluisgevoel',
};

export const signalSourceTypes = ['ownObservation', 'colleague', 'youth', 'parent', 'school', 'police', 'other'] as const;
export type SignalSourceType = (typeof signalSourceTypes)[number];
export const signalSourceTypeLabels: Record<SignalSourceType, string> = {
  ownObservation: 'Eigen waarneming',
  colleague: 'Collega',
  youth: 'Jongere',
  parent: 'Ouder of verzorger',
  school: 'School',
  police: 'Politie',
  other: 'Anders',
};

/** Contradicting information is recorded as easily as supporting information (domain.md §2). */
export const signalDirections = ['supports', 'contradicts'] as const;
export type SignalDirection = (typeof signalDirections)[number];
export const signalDirectionLabels: Record<SignalDirection, string> = {
  supports: 'Ondersteunt het vermoeden',
  contradicts: 'Spreekt het vermoeden tegen',
};

/** The police's admiralty scale: how reliable the source is (A–F). */
export const sourceReliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof sourceReliabilities)[number];
export const sourceReliabilityLabels: Record<SourceReliability, string> = {
  A: 'A — volledig betrouwbaar',
  B: 'B — meestal betrouwbaar',
  C: 'C — redelijk betrouwbaar',
  D: 'D — meestal niet betrouwbaar',
  E: 'E — onbetrouwbaar',
  F: 'F — betrouwbaarheid niet te beoordelen',
};

/** The admiralty scale's second half: how credible the information itself is (1–6). */
export const informationCredibilities = [1, 2, 3, 4, 5, 6] as const;
export type InformationCredibility = (typeof informationCredibilities)[number];
export const informationCredibilityLabels: Record<InformationCredibility, string> = {
  1: '1 — bevestigd door andere bronnen',
  2: '2 — waarschijnlijk waar',
  3: '3 — mogelijk waar',
  4: '4 — twijfelachtig',
  5: '5 — onwaarschijnlijk',
  6: '6 — waarheid niet te beoordelen',
};

export const signalCategories = ['criminalExploitation', 'sexualExploitation', 'vulnerability'] as const;
export type SignalCategory = (typeof signalCategories)[number];
export const signalCategoryLabels: Record<SignalCategory, string> = {
  criminalExploitation: 'Criminele uitbuiting',
  sexualExploitation: 'Seksuele uitbuiting',
  vulnerability: 'Kwetsbaarheid die het risico verhoogt',
};

export const signalMessages = {
  itemOrFreeText: 'Kies een signaal uit de lijst of beschrijf het zelf, niet allebei.',
  reliabilityOutOfRange: 'Kies voor de betrouwbaarheid van de bron A, B, C, D, E of F.',
  credibilityOutOfRange: 'Kies voor de betrouwbaarheid van de informatie een cijfer van 1 tot en met 6.',
  freeTextCategoryRequired: 'Kies bij een eigen signaal de categorie waar het bij hoort.',
  freeTextCategoryWithItem: 'Een signaal uit de lijst heeft zijn eigen categorie; kies hier geen categorie.',
  categoryOutOfRange: 'Kies een categorie uit de lijst.',
} as const;

/**
 * The current version of a catalogue item. An edit is a new version and retiring one is too:
 * signals keep the version they were recorded with, so their text never changes under them.
 */
export const catalogueItemSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  category: z.enum(signalCategories),
  text: z.string(),
  /** Null while the item can be chosen for new signals. */
  retiredAt: z.string().nullable(),
  changedAt: z.string(),
  /** Null for the shipped defaults. */
  changedByName: z.string().nullable(),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

const catalogueText = z.string().trim().min(3, 'Beschrijf het signaal in minstens 3 tekens.').max(200, 'Houd het signaal kort: hooguit 200 tekens.');

export const saveCatalogueItemSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('add'), category: z.enum(signalCategories), text: catalogueText }),
  /** `basedOnVersion` is the version the administrator edited; another edit in between is a CONFLICT. */
  z.object({ mode: z.literal('edit'), id: idSchema, basedOnVersion: z.number().int().min(1), category: z.enum(signalCategories), text: catalogueText }),
]);
export type SaveCatalogueItem = z.output<typeof saveCatalogueItemSchema>;

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} is hooguit ${max} tekens.`).default('');

/** What the user records; `catalogueItemId` or `freeText`, exactly one. */
const signalFields = z.object({
  catalogueItemId: idSchema.nullable().default(null),
  freeText: optionalText(200, 'Het eigen signaal'),
  /** Free text only: the category a catalogue item would have had, so filters find the signal. */
  freeTextCategory: z.enum(signalCategories, signalMessages.categoryOutOfRange).nullable().default(null),
  kind: z.enum(signalKinds, 'Kies wat voor signaal het is.'),
  sourceType: z.enum(signalSourceTypes, 'Kies de bron.'),
  sourceName: optionalText(120, 'De naam of rol van de bron'),
  direction: z.enum(signalDirections, 'Kies of het signaal het vermoeden ondersteunt of tegenspreekt.'),
  sourceReliability: z.enum(sourceReliabilities, signalMessages.reliabilityOutOfRange).nullable().default(null),
  informationCredibility: z
    .number(signalMessages.credibilityOutOfRange)
    .int(signalMessages.credibilityOutOfRange)
    .min(1, signalMessages.credibilityOutOfRange)
    .max(6, signalMessages.credibilityOutOfRange)
    .nullable()
    .default(null),
  date: pastOrTodayDateSchema,
  description: optionalText(4000, 'De beschrijving'),
});

const exactlyOneSubject = (signal: { catalogueItemId: string | null; freeText: string }) => (signal.catalogueItemId === null) !== (signal.freeText === '');
const subjectRefinement = { message: signalMessages.itemOrFreeText, path: ['freeText'] };

type Subject = { catalogueItemId: string | null; freeText: string; freeTextCategory: SignalCategory | null };

/** Free text needs its category, a catalogue item brings its own; with neither or both of them the subject's own message says enough. */
function categoryIssue(signal: Subject): string | null {
  if (!exactlyOneSubject(signal)) return null;
  if (signal.catalogueItemId === null) return signal.freeTextCategory === null ? signalMessages.freeTextCategoryRequired : null;
  return signal.freeTextCategory === null ? null : signalMessages.freeTextCategoryWithItem;
}

function checkSubject(signal: Subject, context: z.RefinementCtx) {
  if (!exactlyOneSubject(signal)) context.addIssue({ code: 'custom', ...subjectRefinement });
  const category = categoryIssue(signal);
  if (category) context.addIssue({ code: 'custom', message: category, path: ['freeTextCategory'] });
}

export const newSignalSchema = signalFields.extend({ youthId: idSchema }).superRefine(checkSubject);
export type NewSignal = z.output<typeof newSignalSchema>;
export type NewSignalInput = z.input<typeof newSignalSchema>;

/** A correction is a new signal that supersedes `signalId`; the corrected one stays readable. */
export const signalCorrectionSchema = signalFields.extend({ signalId: idSchema }).superRefine(checkSubject);
export type SignalCorrection = z.output<typeof signalCorrectionSchema>;
export type SignalCorrectionInput = z.input<typeof signalCorrectionSchema>;

export const signalViewSchema = z.object({
  id: z.string(),
  youthId: z.string(),
  /** The catalogue item as it read when the signal was recorded; null for a free-text signal. */
  catalogueItem: z
    .object({ id: z.string(), version: z.number().int(), category: z.enum(signalCategories), text: z.string(), retired: z.boolean() })
    .nullable(),
  freeText: z.string(),
  /** The catalogue item's category or the free text's own; null only for free text recorded before categories (migration 0009). */
  category: z.enum(signalCategories).nullable(),
  kind: z.enum(signalKinds),
  sourceType: z.enum(signalSourceTypes),
  sourceName: z.string(),
  direction: z.enum(signalDirections),
  sourceReliability: z.enum(sourceReliabilities).nullable(),
  informationCredibility: z.number().int().nullable(),
  date: z.string(),
  description: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  /** The signal this one corrects. */
  supersedes: z.string().nullable(),
  /** The correction that replaced this signal; null while it is current. */
  supersededBy: z.object({ id: z.string(), recordedAt: z.string(), recordedByName: z.string() }).nullable(),
});
export type SignalView = z.infer<typeof signalViewSchema>;

export const signalListSchema = z.object({
  /** Every signal, corrected ones included, newest date first. */
  signals: z.array(signalViewSchema),
  /** Counted over current signals only: a corrected signal counts once, as its correction. */
  counts: z.object({ supports: z.number().int(), contradicts: z.number().int() }),
});
export type SignalList = z.infer<typeof signalListSchema>;

export const signalCalls = {
  /** Every catalogue item's current version, retired ones included and flagged. */
  catalogue: defineCall(z.undefined(), z.array(catalogueItemSchema)),
  /** Administrator: add an item, or edit one (a new version). */
  saveCatalogueItem: defineCall(saveCatalogueItemSchema, catalogueItemSchema),
  /**
   * Administrator: no longer offered for new signals; old signals keep showing it. `basedOnVersion`
   * is the version the administrator saw: an edit in between is a CONFLICT.
   */
  retireCatalogueItem: defineCall(z.object({ id: idSchema, basedOnVersion: z.number().int().min(1) }), catalogueItemSchema),
  list: defineCall(z.object({ youthId: idSchema }), signalListSchema),
  add: defineCall(newSignalSchema, signalViewSchema),
  correct: defineCall(signalCorrectionSchema, signalViewSchema),
};
