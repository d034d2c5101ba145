import type { MeldcodeFramework } from '../../../preload/contract/meldcode';
import { ageInYears } from '../../../preload/contract/rules/age';

/** From the 18th birthday itself the adult framework applies (domain.md §3.1: minor is < 18). */
const adultAge = 18;

/**
 * Which framework applies on the decision date. Someone born on 29 February turns 18 on 1 March
 * in a year without that day, as the app counts age everywhere (ageInYears): the minor framework,
 * with its required report to Veilig Thuis, then holds one day longer rather than one day less.
 */
export function frameworkOn(dateOfBirth: string, decisionDate: string): MeldcodeFramework {
  return ageInYears(dateOfBirth, decisionDate) < adultAge ? 'minor' : 'adult';
}
