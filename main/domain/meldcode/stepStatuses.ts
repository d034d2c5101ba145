import type { MeldcodeCase, MeldcodeStep, StepStatus } from '../../../preload/contract';
import { holdsReport } from './countersignNeeded';

type CaseParts = Pick<MeldcodeCase, 'signals' | 'consultations' | 'conversation' | 'weighing' | 'decisionAnswers' | 'decisions' | 'helpPlan' | 'report'>;

const saved = (part: object | null, done: boolean): StepStatus => (part === null ? 'todo' : done ? 'done' : 'busy');

/**
 * Step 5 is done when its newest decision stands: confirmed (every stored decision is),
 * countersigned where that was required, and followed through with what its outcomes ask — a help
 * plan for own help, a report record for a report; closing as unfounded asks nothing more.
 */
function decisionStatus(parts: CaseParts): StepStatus {
  const newest = parts.decisions[0];
  if (!newest) return parts.decisionAnswers === null ? 'todo' : 'busy';
  const signed = !newest.countersignRequired || newest.countersignedAt !== null;
  const helpPlanned = !newest.chosenOutcomes.includes('own-help') || parts.helpPlan !== null;
  const reported = !holdsReport(newest.chosenOutcomes) || parts.report !== null;
  return signed && helpPlanned && reported ? 'done' : 'busy';
}

/** Each step's status as the case screen shows it (domain.md §3). */
export function caseStepStatuses(parts: CaseParts): Record<MeldcodeStep, StepStatus> {
  return {
    1: parts.signals.signalIds.length > 0 ? 'done' : parts.signals.note !== '' ? 'busy' : 'todo',
    2: parts.consultations.length > 0 ? 'done' : 'todo',
    3: saved(parts.conversation, parts.conversation?.held !== null),
    4: saved(parts.weighing, parts.weighing?.outcome !== null),
    5: decisionStatus(parts),
  };
}

/** The first step not done; null when all five are. */
export function currentStep(statuses: Record<MeldcodeStep, StepStatus>): MeldcodeStep | null {
  return ([1, 2, 3, 4, 5] as const).find((step) => statuses[step] !== 'done') ?? null;
}
