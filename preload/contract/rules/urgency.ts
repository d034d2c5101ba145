/**
 * When police treat a missing youth as urgent (seed 003, domain.md §5): any one criterion that
 * applies. Shared by the report form (live) and main (the packet and the timeline).
 */
export const urgencyCriteria = ['violence', 'crimeAgainstYouth', 'criminalCompany', 'intellectualDisability', 'suicideRisk', 'youngAge'] as const;
export type UrgencyCriterion = (typeof urgencyCriteria)[number];

interface Answer {
  applies: boolean | null;
  evidence: string;
}

export interface UrgencyAssessment {
  /** At least one criterion applies: call 112 now. */
  urgent: boolean;
  applies: UrgencyCriterion[];
  /** Not answered yet; the result can still become urgent. */
  unanswered: UrgencyCriterion[];
  /** Ticked "yes" without the sentence that says why. */
  withoutEvidence: UrgencyCriterion[];
}

export function assessUrgency(answers: Record<UrgencyCriterion, Answer>): UrgencyAssessment {
  const applies = urgencyCriteria.filter((criterion) => answers[criterion].applies === true);
  return {
    urgent: applies.length > 0,
    applies,
    unanswered: urgencyCriteria.filter((criterion) => answers[criterion].applies === null),
    withoutEvidence: applies.filter((criterion) => answers[criterion].evidence.trim() === ''),
  };
}

/** Suggested for a youth younger than this on the day of the report; the worker decides. */
export const youngAgeSuggestionYears = 14;
