import { z } from 'zod';
import { countersignPolicies, idSchema } from './accounts';
import { caseExportCall } from './caseExport';
import { defineCall } from './defineCall';
import { checkedOrPlain, limitedText, requiredText } from './documentMode';
import { meldcodeDecisionSchema, meldcodeFrameworks, meldcodeInputSchema, meldcodeOutcomes, triSchema, type Outcome } from './meldcode';
import { conflictOfDutiesQuestionKeys, weighingQuestionKeys, type ConflictOfDutiesQuestion, type WeighingQuestion } from './meldcodeTexts';
import { signalCategories } from './signals';
import { isoDateSchema } from './isoDate';
import { pastOrTodayDateSchema } from './youthProfile';

/**
 * A meldcode case (meldcodetraject, domain.md §2 and §3): the five steps for one suspicion about
 * one youth. Steps 1, 3, 4 and the answers of step 5 are parts, each saved on its own (a
 * colleague's save in between is a CONFLICT, as with missing episodes); consultations, monitoring
 * follow-ups and decisions are only ever added. Every change also appends to the case log.
 */

export const meldcodeSteps = [1, 2, 3, 4, 5] as const;
export type MeldcodeStep = (typeof meldcodeSteps)[number];
export const meldcodeStepLabels: Record<MeldcodeStep, string> = {
  1: 'Stap 1 · Signalen in kaart brengen',
  2: 'Stap 2 · Collegiale consultatie',
  3: 'Stap 3 · Gesprek met de jongere',
  4: 'Stap 4 · Wegen',
  5: 'Stap 5 · Beslissen',
};

export const stepStatuses = ['todo', 'busy', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const stepStatusLabels: Record<StepStatus, string> = { todo: 'Nog niet begonnen', busy: 'Bezig', done: 'Afgerond' };

/** The suspicion a case is about; 'other' for a worry that fits neither form of exploitation. */
export const suspicionKinds = [...signalCategories.filter((category) => category !== 'vulnerability'), 'other'] as const;
export type SuspicionKind = (typeof suspicionKinds)[number];
export const suspicionKindLabels: Record<SuspicionKind, string> = {
  criminalExploitation: 'Vermoeden van criminele uitbuiting',
  sexualExploitation: 'Vermoeden van seksuele uitbuiting',
  other: 'Ander vermoeden van geweld of uitbuiting',
};

/** Step 3 may be skipped only for these reasons, decided together with an expert (domain.md §3, step 3). */
export const noConversationReasons = ['dangerToYouth', 'dangerToOther', 'dangerToProfessional', 'wouldDisappear'] as const;
export type NoConversationReason = (typeof noConversationReasons)[number];
export const noConversationReasonLabels: Record<NoConversationReason, string> = {
  dangerToYouth: 'Het gesprek brengt de jongere in gevaar',
  dangerToOther: 'Het gesprek brengt iemand anders in gevaar',
  dangerToProfessional: 'Het gesprek brengt mij of een collega in gevaar',
  wouldDisappear: 'De jongere verbreekt dan waarschijnlijk het contact en verdwijnt uit beeld',
};

export const consentAnswers = ['yes', 'no', 'notAsked'] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];
export const consentAnswerLabels: Record<ConsentAnswer, string> = { yes: 'Ja', no: 'Nee', notAsked: 'Niet gevraagd' };

export const severities = ['', 'limited', 'serious', 'verySerious'] as const;
export const severityLabels: Record<(typeof severities)[number], string> = { '': 'Nog niet ingeschat', limited: 'Beperkt', serious: 'Ernstig', verySerious: 'Zeer ernstig' };
export const harmChances = ['', 'small', 'real', 'large'] as const;
export const harmChanceLabels: Record<(typeof harmChances)[number], string> = { '': 'Nog niet ingeschat', small: 'Klein', real: 'Reëel', large: 'Groot' };

/** Step 4's outcome: the suspicion is taken away, or it remains and step 5 decides. */
export const weighingOutcomes = ['remains', 'unfounded'] as const;
export type WeighingOutcome = (typeof weighingOutcomes)[number];
export const weighingOutcomeLabels: Record<WeighingOutcome, string> = {
  remains: 'Het vermoeden blijft: door naar stap 5',
  unfounded: 'Het vermoeden is weggenomen',
};

export const consultantKinds = ['colleague', 'traffickingOfficer', 'zorgcoordinator', 'veiligThuisAdvice', 'police', 'otherExpert'] as const;
export type ConsultantKind = (typeof consultantKinds)[number];
export const consultantKindLabels: Record<ConsultantKind, string> = {
  colleague: 'Collega',
  traffickingOfficer: 'Aandachtsfunctionaris',
  zorgcoordinator: 'Zorgcoördinator mensenhandel',
  veiligThuisAdvice: 'Veilig Thuis (advies)',
  police: 'Politie',
  otherExpert: 'Andere deskundige',
};
/** Consultation outside the organisation is always on anonymised data (domain.md §3, step 2). */
export const externalConsultants: readonly ConsultantKind[] = ['zorgcoordinator', 'veiligThuisAdvice', 'police', 'otherExpert'];

/** Where a 5b report went; the zorgcoördinator takes a report only with the adult's consent. */
export const reportChannels = ['report-veilig-thuis', 'report-police-avim', 'report-meld-misdaad-anoniem', 'zorgcoordinator'] as const;
export type ReportChannel = (typeof reportChannels)[number];
export const reportChannelLabels: Record<ReportChannel, string> = {
  'report-veilig-thuis': 'Veilig Thuis',
  'report-police-avim': 'Politie, team mensenhandel (AVIM)',
  'report-meld-misdaad-anoniem': 'Meld Misdaad Anoniem',
  zorgcoordinator: 'Zorgcoördinator mensenhandel (met toestemming)',
};

export const reportOutcomes: readonly Outcome[] = ['report-veilig-thuis', 'report-police-avim', 'report-meld-misdaad-anoniem'];

const storedChannel = z.enum(['', ...reportChannels], 'Kies waar je hebt gemeld.');

/** The parts of a case, checked for input or plain for reading what was stored (documentMode.ts). */
function meldcodeCaseDocument(checked: boolean) {
  const shortText = (label: string) => limitedText(checked, 300, label).default('');
  const longText = (label: string) => limitedText(checked, 4000, label).default('');
  const day = checkedOrPlain(checked, z.union([z.literal(''), pastOrTodayDateSchema]).default(''), z.string().trim().default(''));

  /** Step 1: which of the youth's signals belong to this suspicion. */
  const signals = z.object({
    signalIds: z.array(idSchema).max(500).default([]),
    note: longText('De toelichting'),
  });

  /** Step 3: the conversation, or the documented reasons for not having it. */
  const conversationFields = z.object({
    /** null: not yet decided whether the conversation takes place. */
    held: z.boolean().nullable().default(null),
    heldOn: day,
    participants: shortText('Wie er bij het gesprek waren'),
    purposeExplained: z.boolean().default(false),
    signalsPutForward: longText('De signalen die je hebt voorgelegd'),
    reaction: longText('De reactie van de jongere'),
    interpretation: longText('Je interpretatie'),
    agreements: longText('De afspraken en vervolgstappen'),
    consentToInvolve: z.enum(consentAnswers).default('notAsked'),
    notHeldReasons: z.array(z.enum(noConversationReasons)).default([]),
    notHeldExplanation: longText('De toelichting'),
    expertConsulted: shortText('De deskundige'),
    decidedOn: day,
  });
  const conversation = checked
    ? conversationFields
        .refine((value) => value.held !== true || value.heldOn !== '', { message: 'Vul in wanneer het gesprek was.', path: ['heldOn'] })
        .refine((value) => value.held !== true || value.reaction !== '', { message: 'Schrijf de reactie van de jongere op, vóór je interpretatie.', path: ['reaction'] })
        .refine((value) => value.held !== false || value.notHeldReasons.length > 0, { message: 'Kies minstens één reden om het gesprek niet te voeren.', path: ['notHeldReasons'] })
        .refine((value) => value.held !== false || value.notHeldExplanation !== '', { message: 'Leg uit waarom het gesprek niet kan.', path: ['notHeldExplanation'] })
        .refine((value) => value.held !== false || value.expertConsulted !== '', {
          message: 'Dit besluit neem je samen met een deskundige: vul in met wie.',
          path: ['expertConsulted'],
        })
    : conversationFields;

  /** Step 4: the checklist as a guided form, and the weighing itself. */
  const weighing = z.object({
    checklist: z
      .object(Object.fromEntries(weighingQuestionKeys.map((key) => [key, longText('Het antwoord')])) as Record<WeighingQuestion, ReturnType<typeof longText>>)
      .default(Object.fromEntries(weighingQuestionKeys.map((key) => [key, ''])) as Record<WeighingQuestion, string>),
    nature: longText('De aard van het risico'),
    severity: z.enum(severities).default(''),
    chanceOfHarm: z.enum(harmChances).default(''),
    acuteUnsafety: triSchema.default(null),
    structuralUnsafety: triSchema.default(null),
    /** null while the weighing is not finished. */
    outcome: z.enum(weighingOutcomes).nullable().default(null),
    explanation: longText('De onderbouwing'),
  });

  /**
   * Step 5's answers for the decision engine, besides those step 4 gives (suspicion remains,
   * acute and structural unsafety) and the follow-ups give (help effective).
   */
  const decisionAnswers = z.object({
    ownHelpPossible: triSchema.default(null),
    helpAccepted: triSchema.default(null),
    riskAvertableByOwnHelp: triSchema.default(null),
    seriousDanger: triSchema.default(null),
    realChanceOfHarm: triSchema.default(null),
    consentToReport: triSchema.default(null),
    wantsAnonymity: triSchema.default(null),
    /** The six questions' written answers; all six filled = conflictOfDutiesAnswered. */
    conflictOfDuties: z
      .object(Object.fromEntries(conflictOfDutiesQuestionKeys.map((key) => [key, longText('Het antwoord')])) as Record<ConflictOfDutiesQuestion, ReturnType<typeof longText>>)
      .default(Object.fromEntries(conflictOfDutiesQuestionKeys.map((key) => [key, ''])) as Record<ConflictOfDutiesQuestion, string>),
  });

  /** 5a: the help, who gives it, and when its effect is checked. */
  const helpPlanFields = z.object({
    help: longText('De hulp'),
    providedBy: shortText('Wie de hulp biedt'),
    followUpDates: z.array(checkedOrPlain(checked, isoDateSchema, z.string().trim())).max(24).default([]),
    youthInformed: z.enum(['', 'yes', 'no']).default(''),
    whyNotInformed: longText('De reden'),
  });
  const helpPlan = checked
    ? helpPlanFields
        .refine((value) => value.help !== '', { message: 'Beschrijf welke hulp er komt.', path: ['help'] })
        .refine((value) => value.followUpDates.length > 0, { message: 'Plan minstens één moment om het effect van de hulp te volgen.', path: ['followUpDates'] })
        .refine((value) => value.youthInformed !== 'no' || value.whyNotInformed !== '', {
          message: 'Schrijf op waarom de jongere niet wordt geïnformeerd (veiligheid, of uit beeld raken).',
          path: ['whyNotInformed'],
        })
    : helpPlanFields;

  /** 5b: the report as it was made. */
  const reportFields = z.object({
    /** '' only in what was stored before the channel was chosen: input needs one. */
    channel: checked ? storedChannel.refine((value) => value !== '', 'Kies waar je hebt gemeld.') : storedChannel.catch(''),
    reportedOn: checkedOrPlain(checked, pastOrTodayDateSchema, z.string().trim().default('')),
    reportedBy: checkedOrPlain(checked, requiredText(checked, 120, 'Wie meldde', 'Vul in wie de melding deed.'), z.string().trim().default('')),
    consent: z.enum(consentAnswers).default('notAsked'),
    youthInformed: z.enum(['', 'yes', 'no']).default(''),
    whyNotInformed: longText('De reden'),
    reference: limitedText(checked, 60, 'Het kenmerk').default(''),
    note: longText('De toelichting'),
  });
  const report = checked
    ? reportFields.refine((value) => value.youthInformed !== 'no' || value.whyNotInformed !== '', {
        message: 'Schrijf op waarom de jongere niet wordt geïnformeerd (veiligheid, of uit beeld raken).',
        path: ['whyNotInformed'],
      })
    : reportFields;

  return { signals, conversation, weighing, decisionAnswers, helpPlan, report };
}

const checkedCase = meldcodeCaseDocument(true);
const storedCase = meldcodeCaseDocument(false);
export const caseSignalsSchema = checkedCase.signals;
export const caseConversationSchema = checkedCase.conversation;
export const caseWeighingSchema = checkedCase.weighing;
export const caseDecisionAnswersSchema = checkedCase.decisionAnswers;
export const caseHelpPlanSchema = checkedCase.helpPlan;
export const caseReportSchema = checkedCase.report;
export const storedCaseSignalsSchema = storedCase.signals;
export const storedCaseConversationSchema = storedCase.conversation;
export const storedCaseWeighingSchema = storedCase.weighing;
export const storedCaseDecisionAnswersSchema = storedCase.decisionAnswers;
export const storedCaseHelpPlanSchema = storedCase.helpPlan;
export const storedCaseReportSchema = storedCase.report;
export type CaseSignals = z.output<typeof caseSignalsSchema>;
export type CaseConversation = z.output<typeof caseConversationSchema>;
export type CaseConversationInput = z.input<typeof caseConversationSchema>;
export type CaseWeighing = z.output<typeof caseWeighingSchema>;
export type CaseWeighingInput = z.input<typeof caseWeighingSchema>;
export type CaseDecisionAnswers = z.output<typeof caseDecisionAnswersSchema>;
export type CaseDecisionAnswersInput = z.input<typeof caseDecisionAnswersSchema>;
export type CaseHelpPlan = z.output<typeof caseHelpPlanSchema>;
export type CaseReport = z.output<typeof caseReportSchema>;

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
  /** The case summary as a PDF for a named recipient; only a file that left is recorded (disclosure and access log). */
  exportCase: caseExportCall,
  close: defineCall(
    z.object({ caseId: idSchema, basedOnUpdatedAt: z.string(), reason: limitedText(true, 1000, 'De reden').min(3, 'Schrijf op waarom de casus wordt gesloten.') }),
    caseViewSchema,
  ),
};
