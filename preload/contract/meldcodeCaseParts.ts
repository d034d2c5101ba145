import { z } from 'zod';
import { idSchema } from './accounts';
import { checkedOrPlain, limitedText, requiredText } from './documentMode';
import { triSchema, type Outcome } from './meldcode';
import { conflictOfDutiesQuestionKeys, weighingQuestionKeys, type ConflictOfDutiesQuestion, type WeighingQuestion } from './meldcodeTexts';
import { signalCategories } from './signals';
import { isoDateSchema } from './isoDate';
import { pastOrTodayDateSchema } from './youthProfile';

/**
 * The parts of a meldcode case (domain.md §3): the steps and their choices, and the documents of
 * steps 1, 3, 4 and 5 (answers, help plan, report), each checked for input or read plain.
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
