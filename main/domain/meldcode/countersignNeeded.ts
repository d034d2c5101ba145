import type { CountersignPolicy, Outcome } from '../../../preload/contract';
import { reportOutcomes } from '../../../preload/contract/meldcodeCase';

export const holdsReport = (outcomes: readonly Outcome[]) => outcomes.some((outcome) => reportOutcomes.includes(outcome));

/** Whether a confirmed decision with these outcomes waits for a second signature under the organisation's setting. */
export function countersignNeeded(policy: CountersignPolicy, chosenOutcomes: readonly Outcome[]): boolean {
  switch (policy) {
    case 'all':
      return true;
    case 'reports':
      return holdsReport(chosenOutcomes);
    case 'none':
      return false;
  }
}
