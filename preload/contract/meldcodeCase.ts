import { z } from 'zod';
import { countersignPolicies, idSchema } from './accounts';
import { defineCall } from './defineCall';
import { limitedText } from './documentMode';
import { meldcodeDecisionSchema, meldcodeFrameworks, meldcodeInputSchema, meldcodeOutcomes } from './meldcode';
import {
  caseConversationSchema,
  caseDecisionAnswersSchema,
  caseHelpPlanSchema,
  caseReportSchema,
  caseSignalsSchema,
  caseWeighingSchema,
  consultantKinds,
  externalConsultants,
  stepStatuses,
  storedCaseConversationSchema,
  storedCaseDecisionAnswersSchema,
  storedCaseHelpPlanSchema,
  storedCaseReportSchema,
  storedCaseSignalsSchema,
  storedCaseWeighingSchema,
  suspicionKinds,
} from './meldcodeCaseParts';
import { pastOrTodayDateSchema } from './youthProfile';

export * from './meldcodeCaseParts';

/**
 * A meldcode case (meldcodetraject, domain.md §2 and §3): the five steps for one suspicion about
 * one youth. Steps 1, 3, 4 and the answers of step 5 are parts (meldcodeCaseParts.ts), each saved
 * on its own (a colleague's save in between is a CONFLICT, as with missing episodes);
 * consultations, monitoring follow-ups, decisions and the 5a/5b records are only ever added.
 * Every change also appends to the case log.
 */

/** Step 2: one consultation; only added, a correction is a new one. */
const consultationFields = z.object({
  caseId: idSchema,
  heldOn: pastOrTodayDateSchema,
  consultantKind: z.enum(consultantKinds, 'Kies met wie je overlegde.'),
  withWhom: limitedText(true, 120, 'De naam of functie').min(1, 'Vul in met wie je overlegde (naam of functie).'),
  anonymous: z.boolean(),
  questions: limitedText(true, 4000, 'De vragen').min(1, 'Schrijf op welke vragen je voorlegde.'),
  advice: limitedText(true, 4000, 'Het advies').default(''),
  agreements: limitedText(true, 4000, 'De afspraken').default(''),
});
export const newConsultationSchema = consultationFields.refine((value) => value.anonymous || !externalConsultants.includes(value.consultantKind), {
  message: 'Overleg buiten de organisatie gaat altijd over geanonimiseerde gegevens: zonder naam of andere gegevens die naar de jongere leiden.',
  path: ['anonymous'],
});
export type NewConsultation = z.output<typeof newConsultationSchema>;
export type NewConsultationInput = z.input<typeof newConsultationSchema>;
export const consultationSchema = consultationFields.omit({ caseId: true }).extend({
  id: z.string(),
  heldOn: z.string(),
  withWhom: z.string(),
  questions: z.string(),
  advice: z.string(),
  agreements: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type Consultation = z.output<typeof consultationSchema>;

/** 5a monitoring: at a follow-up date, does the help bring safety in time (the engine's helpEffective)? */
export const newFollowUpSchema = z.object({
  caseId: idSchema,
  heldOn: pastOrTodayDateSchema,
  helpEffective: z.boolean('Kies of de hulp de nodige veiligheid brengt.'),
  note: limitedText(true, 4000, 'De toelichting').min(1, 'Schrijf op waaruit dat blijkt.'),
});
export type NewFollowUp = z.output<typeof newFollowUpSchema>;
export const followUpSchema = newFollowUpSchema.omit({ caseId: true }).extend({
  id: z.string(),
  heldOn: z.string(),
  note: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type FollowUp = z.output<typeof followUpSchema>;

/**
 * A confirmed step-5 decision: the engine's inputs and result as they were, and what the user
 * chose. A deviation from the engine names its outcomes and needs a reason.
 */
export const storedDecisionSchema = z.object({
  id: z.string(),
  decidedAt: z.string(),
  input: meldcodeInputSchema,
  computed: meldcodeDecisionSchema,
  /** Step 5's answers (the six written ones included) and step 4's weighing as they were when confirmed; null when not saved then. */
  answers: storedCaseDecisionAnswersSchema.nullable(),
  weighing: storedCaseWeighingSchema.nullable(),
  chosenOutcomes: z.array(z.enum(meldcodeOutcomes)),
  deviationReason: z.string(),
  confirmedByName: z.string(),
  /** Whether the organisation's setting asked for a countersignature when it was confirmed. */
  countersignRequired: z.boolean(),
  countersignedAt: z.string().nullable(),
  countersignedByName: z.string().nullable(),
  /** Whether the signed-in user may countersign it now (main decides: role, not the confirmer, still unsigned). */
  mayCountersign: z.boolean(),
});
export type StoredDecision = z.output<typeof storedDecisionSchema>;

const deviationReasonSchema = limitedText(true, 4000, 'De reden').min(10, 'Leg in minstens een zin uit waarom je afwijkt van de uitkomst.');
/** A deviation names each outcome once, and closing as unfounded goes with nothing else. */
const deviationOutcomesSchema = z
  .array(z.enum(meldcodeOutcomes))
  .min(1, 'Kies minstens één uitkomst.')
  .refine((outcomes) => new Set(outcomes).size === outcomes.length, 'Kies elke uitkomst maar één keer.')
  .refine(
    (outcomes) => !outcomes.includes('close-unfounded') || outcomes.length === 1,
    'Het vermoeden wegnemen en de casus sluiten gaat niet samen met een andere uitkomst: kies het een of het ander.',
  );
export const confirmDecisionSchema = z.object({
  caseId: idSchema,
  basedOnUpdatedAt: z.string(),
  /** The engine's result as the user saw it: main refuses (CONFLICT) when its own recomputation differs. */
  shown: z.object({ framework: z.enum(meldcodeFrameworks), outcomes: z.array(z.enum(meldcodeOutcomes)) }),
  choice: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('confirm') }),
    z.object({
      kind: z.literal('deviate'),
      outcomes: deviationOutcomesSchema,
      reason: deviationReasonSchema,
    }),
  ]),
});
export type ConfirmDecision = z.output<typeof confirmDecisionSchema>;
export type ConfirmDecisionInput = z.input<typeof confirmDecisionSchema>;

/** A 5a or 5b record: tied to the decision it follows through, never changed. */
function stepRecordSchema<Value extends z.ZodType>(value: Value) {
  return z.object({ id: z.string(), decisionId: z.string(), value, recordedAt: z.string(), recordedByName: z.string() });
}
export type HelpPlanRecord = z.output<ReturnType<typeof stepRecordSchema<typeof storedCaseHelpPlanSchema>>>;
export type ReportRecord = z.output<ReturnType<typeof stepRecordSchema<typeof storedCaseReportSchema>>>;

export const caseLogEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  byName: z.string(),
  /** The step the entry belongs to; null for opening and closing the case. */
  step: z.number().int().min(1).max(5).nullable(),
  /** One Dutch sentence: what happened. */
  text: z.string(),
});
export type CaseLogEntry = z.output<typeof caseLogEntrySchema>;

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: Record<CaseStatus, string> = { open: 'Lopend', closed: 'Afgesloten' };

/** One case as the lists show it. */
export const caseSummarySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  youthName: z.string(),
  suspicion: z.enum(suspicionKinds),
  title: z.string(),
  status: z.enum(caseStatuses),
  /** The first step that is not done; null when all five are. */
  currentStep: z.number().int().min(1).max(5).nullable(),
  openedAt: z.string(),
  lastActivityAt: z.string(),
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

export const meldcodeCaseSchema = z.object({
  id: z.string(),
  youthId: z.string(),
  suspicion: z.enum(suspicionKinds),
  title: z.string(),
  status: z.enum(caseStatuses),
  openedAt: z.string(),
  openedByName: z.string(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  closeReason: z.string(),
  signals: storedCaseSignalsSchema,
  /** null until the part is first saved, as for the parts below. */
  conversation: storedCaseConversationSchema.nullable(),
  weighing: storedCaseWeighingSchema.nullable(),
  decisionAnswers: storedCaseDecisionAnswersSchema.nullable(),
  /** 5a and 5b as recorded for the newest decision (its newest record); null when it has none. */
  helpPlan: storedCaseHelpPlanSchema.nullable(),
  report: storedCaseReportSchema.nullable(),
  /** Every 5a and 5b record, oldest first: a correction is a new record, the earlier ones stay. */
  helpPlanHistory: z.array(stepRecordSchema(storedCaseHelpPlanSchema)),
  reportHistory: z.array(stepRecordSchema(storedCaseReportSchema)),
  consultations: z.array(consultationSchema),
  followUps: z.array(followUpSchema),
  /** Newest first. */
  decisions: z.array(storedDecisionSchema),
  /** Oldest first: the case log as it grew. */
  log: z.array(caseLogEntrySchema),
  /** Changes with every save and every addition: a save names the one it started from. */
  updatedAt: z.string(),
});
export type MeldcodeCase = z.output<typeof meldcodeCaseSchema>;

/** The case screen: the case, the youth it is about, each step's status and the engine's current result. */
export const caseViewSchema = z.object({
  case: meldcodeCaseSchema,
  youthName: z.string(),
  dateOfBirth: z.string(),
  steps: z.array(z.object({ step: z.number().int().min(1).max(5), status: z.enum(stepStatuses) })),
  /** The engine on the answers as they are now, dated today; what confirming would store. */
  preview: meldcodeDecisionSchema,
  /** The organisation's setting: which confirmed decisions need a countersignature. */
  countersignPolicy: z.enum(countersignPolicies),
});
export type CaseView = z.output<typeof caseViewSchema>;

const caseChange = <Part extends string, Value extends z.ZodType>(part: Part, value: Value) =>
  z.object({ caseId: idSchema, basedOnUpdatedAt: z.string(), part: z.literal(part), value });
export const caseUpdateSchema = z.discriminatedUnion('part', [
  caseChange('signals', caseSignalsSchema),
  caseChange('conversation', caseConversationSchema),
  caseChange('weighing', caseWeighingSchema),
  caseChange('decisionAnswers', caseDecisionAnswersSchema),
  /** 5a and 5b are not overwritten: each save adds a record for the newest decision. */
  caseChange('helpPlan', caseHelpPlanSchema),
  caseChange('report', caseReportSchema),
]);
export type CaseUpdate = z.output<typeof caseUpdateSchema>;
export type CasePart = CaseUpdate['part'];

export const openCaseSchema = z.object({
  youthId: idSchema,
  suspicion: z.enum(suspicionKinds, 'Kies waar het vermoeden over gaat.'),
  title: limitedText(true, 120, 'De korte omschrijving').min(3, 'Omschrijf het vermoeden kort, in minstens 3 tekens.'),
  /** Signals to take into step 1 straight away. */
  signalIds: z.array(idSchema).max(500).default([]),
});
export type OpenCase = z.output<typeof openCaseSchema>;
export type OpenCaseInput = z.input<typeof openCaseSchema>;

export const meldcodeCalls = {
  /** Cases of the youths the user may see: open ones of all of them, and every case of `youthId` when given. */
  list: defineCall(z.object({ youthId: idSchema.optional() }), z.array(caseSummarySchema)),
  open: defineCall(openCaseSchema, caseViewSchema),
  get: defineCall(z.object({ caseId: idSchema }), caseViewSchema),
  update: defineCall(caseUpdateSchema, caseViewSchema),
  addConsultation: defineCall(newConsultationSchema, caseViewSchema),
  addFollowUp: defineCall(newFollowUpSchema, caseViewSchema),
  /** The engine on answers not yet saved, dated today, so the form asks only what the path needs next. */
  previewDecision: defineCall(z.object({ caseId: idSchema, answers: caseDecisionAnswersSchema }), meldcodeDecisionSchema),
  /** Computes the decision again in main from the stored answers (never from the renderer) and stores it with who confirmed. */
  confirmDecision: defineCall(confirmDecisionSchema, caseViewSchema),
  /** A team lead or the aandachtsfunctionaris who did not confirm it. */
  countersign: defineCall(z.object({ caseId: idSchema, decisionId: idSchema }), caseViewSchema),
  close: defineCall(
    z.object({ caseId: idSchema, basedOnUpdatedAt: z.string(), reason: limitedText(true, 1000, 'De reden').min(3, 'Schrijf op waarom de casus wordt gesloten.') }),
    caseViewSchema,
  ),
};
