import { z } from 'zod';
import { isoDateSchema } from './isoDate';

/**
 * The meldcode's step-5 decision (domain.md §3.1): the answers it is computed from, the outcomes
 * it can reach and how the app names them. main/domain/meldcode/decide.ts computes it; the
 * later case flow validates its input with `meldcodeInputSchema` and shows these labels.
 */

/** Changes whenever the rules in main/domain/meldcode change, so a stored decision names the rules it followed. */
export const meldcodeRuleSetVersion = 'meldcode-2026.2';

/** An answer that may still be open: null = not answered yet. */
export const triSchema = z.boolean().nullable();
export type Tri = z.infer<typeof triSchema>;

export const meldcodeInputSchema = z
  .object({
    decisionDate: isoDateSchema,
    dateOfBirth: isoDateSchema,
    suspicionRemains: triSchema,
    acuteDanger: triSchema,
    structuralUnsafety: triSchema,
    ownHelpPossible: triSchema,
    helpAccepted: triSchema,
    /** Null at the first decision; answered at a monitoring follow-up. */
    helpEffective: triSchema,
    riskAvertableByOwnHelp: triSchema,
    seriousDanger: triSchema,
    realChanceOfHarm: triSchema,
    consentToReport: triSchema,
    /** All six conflict-of-duties questions (seed 000, step 5) answered and recorded. */
    conflictOfDutiesAnswered: z.boolean(),
    wantsAnonymity: triSchema,
  })
  .refine((input) => input.decisionDate >= input.dateOfBirth, { message: 'De beslisdatum ligt vóór de geboortedatum.', path: ['decisionDate'] });
export type MeldcodeInput = z.infer<typeof meldcodeInputSchema>;

/** The answers, in the order the meldcode asks them; `missing` follows this order. */
export const meldcodeAnswerKeys = [
  'suspicionRemains',
  'acuteDanger',
  'structuralUnsafety',
  'ownHelpPossible',
  'helpAccepted',
  'helpEffective',
  'riskAvertableByOwnHelp',
  'seriousDanger',
  'realChanceOfHarm',
  'consentToReport',
  'conflictOfDutiesAnswered',
  'wantsAnonymity',
] as const satisfies readonly (keyof MeldcodeInput)[];
export type MeldcodeAnswerKey = (typeof meldcodeAnswerKeys)[number];

/** How the form asks each answer, and how an incomplete decision names what is still open. */
export const meldcodeQuestions: Record<MeldcodeAnswerKey, string> = {
  suspicionRemains: 'Blijft er na stap 1 tot en met 4 een vermoeden bestaan?',
  acuteDanger: 'Is er acuut gevaar: wordt iemands veiligheid nu bedreigd?',
  structuralUnsafety: 'Is er sprake van structurele onveiligheid?',
  ownHelpPossible: 'Kun je zelf voldoende effectieve hulp bieden of organiseren?',
  helpAccepted: 'Aanvaarden de jongere en het gezin die hulp en zetten zij zich ervoor in?',
  helpEffective: 'Brengt de hulp binnen de afgesproken tijd de nodige veiligheid (bij een vervolgafspraak)?',
  riskAvertableByOwnHelp: 'Is het risico met eigen hulp af te wenden?',
  seriousDanger: 'Dreigt er ernstig gevaar?',
  realChanceOfHarm: 'Is er een reële kans op schade?',
  consentToReport: 'Geeft de betrokkene toestemming om te melden?',
  conflictOfDutiesAnswered: 'Zijn de zes vragen over het conflict van plichten beantwoord en vastgelegd?',
  wantsAnonymity: 'Wil je als melder anoniem blijven?',
};

/** In the order the app lists them; a decision lists its own outcomes in the order to act. */
export const meldcodeOutcomes = [
  'call-112',
  'report-veilig-thuis',
  'report-police-avim',
  'report-meld-misdaad-anoniem',
  'own-help',
  'monitor',
  'seek-consent',
  'close-unfounded',
] as const;
export type Outcome = (typeof meldcodeOutcomes)[number];

/** Without phone numbers: those come from the social map, which the administrator configures. */
export const meldcodeOutcomeLabels: Record<Outcome, string> = {
  'call-112': 'Bel 112: er is acuut gevaar',
  'report-veilig-thuis': 'Melden bij Veilig Thuis',
  'report-police-avim': 'Melden bij het team mensenhandel van de politie (AVIM)',
  'report-meld-misdaad-anoniem': 'Anoniem melden bij Meld Misdaad Anoniem',
  'own-help': 'Zelf hulp bieden of organiseren (5a)',
  monitor: 'Het effect van de hulp volgen op afgesproken momenten',
  'seek-consent': 'Blijven zoeken naar toestemming om te melden',
  'close-unfounded': 'Vermoeden weggenomen: casus sluiten, alles vastgelegd',
};

export const meldcodeFrameworks = ['minor', 'adult'] as const;
export type MeldcodeFramework = (typeof meldcodeFrameworks)[number];

export const meldcodeDecisionSchema = z.object({
  status: z.enum(['decided', 'incomplete']),
  /** By age on the decision date: the 18th birthday itself is adult. */
  framework: z.enum(meldcodeFrameworks),
  /** In the order to act: 'call-112' first when present. */
  outcomes: z.array(z.enum(meldcodeOutcomes)),
  /** Extra destinations that may be added, never instead of an outcome. */
  alsoConsider: z.array(z.enum(meldcodeOutcomes)),
  /** Answers the path still needs, in question order (`meldcodeAnswerKeys`). */
  missing: z.array(z.enum(meldcodeAnswerKeys)),
  /** Dutch sentences: which answers led here. */
  trace: z.array(z.string()),
  ruleSetVersion: z.string(),
});
export type MeldcodeDecision = z.output<typeof meldcodeDecisionSchema>;
