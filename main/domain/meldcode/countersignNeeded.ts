import type { CountersignPolicy, Outcome } from '../../../preload/contract';
import { reportOutcomes } from '../../../preload/contract/meldcodeCase';

export const holdsReport = (outcomes: readonly Outcome[]) => outcomes.some((outcome) => reportOutcomes.includes(outcome));

/**
 * Whether a confirmed decision waits for a second signature under the organisation's setting.
 * Under 'reports' a deviation that drops a report the engine asked for needs one as well: not
 * reporting where the meldcode says to report is the weightiest choice of all.
 */
export function countersignNeeded(policy: CountersignPolicy, decision: { chosenOutcomes: readonly Outcome[]; computedOutcomes: readonly Outcome[] }): boolean {
  switch (policy) {
    case 'all':
      return true;
    case 'reports':
      return holdsReport(decision.chosenOutcomes) || decision.computedOutcomes.some((outcome) => reportOutcomes.includes(outcome) && !decision.chosenOutcomes.includes(outcome));
    case 'none':
      return false;
  }
}
