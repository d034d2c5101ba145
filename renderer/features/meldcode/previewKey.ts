import { conflictOfDutiesQuestionKeys, type CaseDecisionAnswers } from '../../../preload/contract';

/**
 * What of step 5's answers the decision engine reads: the yes/no answers, and whether all six
 * conflict-of-duties answers are written (main's caseDecisionInput.ts). Typing in those six texts
 * changes nothing here until the last one is filled or one is emptied, so it asks main nothing.
 */
export function previewKey(answers: CaseDecisionAnswers): string {
  const { conflictOfDuties, ...tri } = answers;
  const dutiesAnswered = conflictOfDutiesQuestionKeys.every((key) => conflictOfDuties[key].trim() !== '');
  return JSON.stringify({ ...tri, dutiesAnswered });
}
