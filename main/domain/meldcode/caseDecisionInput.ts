import type { CaseDecisionAnswers, CaseWeighing, FollowUp, MeldcodeInput, StoredDecision, Tri } from '../../../preload/contract';
import { conflictOfDutiesQuestionKeys } from '../../../preload/contract/meldcodeTexts';

/** What the engine's input is made of: the case's stored parts, the youth's birth date and today. */
export interface CaseDecisionSources {
  /** Today on this PC's calendar (localTodayIso of the service clock). */
  today: string;
  dateOfBirth: string;
  weighing: CaseWeighing | null;
  decisionAnswers: CaseDecisionAnswers | null;
  followUps: readonly Pick<FollowUp, 'helpEffective' | 'recordedAt'>[];
  /** Newest first, as the case lists them. */
  decisions: readonly Pick<StoredDecision, 'decidedAt'>[];
}

const suspicionAnswer: Record<NonNullable<CaseWeighing['outcome']>, boolean> = { remains: true, unfounded: false };

/**
 * The answer of the newest monitoring follow-up recorded after the newest decision: question 5 is
 * about the help that decision started, so a follow-up from before it answers nothing now.
 */
function helpEffectiveSince(sources: Pick<CaseDecisionSources, 'followUps' | 'decisions'>): Tri {
  const decidedAt = sources.decisions[0]?.decidedAt;
  if (decidedAt === undefined) return null;
  const newest = sources.followUps.filter((followUp) => followUp.recordedAt > decidedAt).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
  return newest?.helpEffective ?? null;
}

/** The decision engine's input from a case as stored (domain.md §3.1); a part not yet saved answers nothing. */
export function caseDecisionInput(sources: CaseDecisionSources): MeldcodeInput {
  const { weighing, decisionAnswers: answers } = sources;
  return {
    decisionDate: sources.today,
    dateOfBirth: sources.dateOfBirth,
    suspicionRemains: weighing?.outcome ? suspicionAnswer[weighing.outcome] : null,
    acuteDanger: weighing?.acuteUnsafety ?? null,
    structuralUnsafety: weighing?.structuralUnsafety ?? null,
    ownHelpPossible: answers?.ownHelpPossible ?? null,
    helpAccepted: answers?.helpAccepted ?? null,
    helpEffective: helpEffectiveSince(sources),
    riskAvertableByOwnHelp: answers?.riskAvertableByOwnHelp ?? null,
    seriousDanger: answers?.seriousDanger ?? null,
    realChanceOfHarm: answers?.realChanceOfHarm ?? null,
    consentToReport: answers?.consentToReport ?? null,
    conflictOfDutiesAnswered: answers !== null && conflictOfDutiesQuestionKeys.every((key) => answers.conflictOfDuties[key].trim() !== ''),
    wantsAnonymity: answers?.wantsAnonymity ?? null,
  };
}
