import type { CaseDecisionAnswers, CaseWeighing, FollowUp, MeldcodeInput, StoredDecision, Tri } from '../../../preload/contract';
import { conflictOfDutiesQuestionKeys } from '../../../preload/contract/meldcodeTexts';

/** What the engine's input is made of: the case's stored parts, the youth's birth date and today. */
export interface CaseDecisionSources {
  /** Today on this PC's calendar (localTodayIso of the service clock). */
  today: string;
  dateOfBirth: string;
  weighing: CaseWeighing | null;
  decisionAnswers: CaseDecisionAnswers | null;
  followUps: readonly Pick<FollowUp, 'helpEffective' | 'heldOn' | 'recordedAt'>[];
  /** Newest first, as the case lists them. */
  decisions: readonly (Pick<StoredDecision, 'decidedAt' | 'chosenOutcomes'> & { input: Pick<StoredDecision['input'], 'decisionDate'> })[];
}

const suspicionAnswer: Record<NonNullable<CaseWeighing['outcome']>, boolean> = { remains: true, unfounded: false };

/**
 * The answer of the newest monitoring follow-up of the help in place: the help the newest decision
 * with own help started. A later decision that turned to a report keeps that answer, so the
 * engine's result does not flip back to own help once the report is confirmed (§3.1 q5). A
 * follow-up counts only when recorded after that decision and held on or after its day.
 */
function helpEffectiveSince(sources: Pick<CaseDecisionSources, 'followUps' | 'decisions'>): Tri {
  const started = sources.decisions.find((decision) => decision.chosenOutcomes.includes('own-help'));
  if (started === undefined) return null;
  const newest = sources.followUps
    .filter((followUp) => followUp.recordedAt > started.decidedAt && followUp.heldOn >= started.input.decisionDate)
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.recordedAt.localeCompare(a.recordedAt))[0];
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
