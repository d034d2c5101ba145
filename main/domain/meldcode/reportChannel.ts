import type { MeldcodeInput, Outcome } from '../../../preload/contract/meldcode';
import { needed, type Walk } from './walk';

/**
 * Where an adult's report goes (domain.md §3.1, seed 000 5B). Acute danger rules out Meld Misdaad
 * Anoniem, so the reporter is then not asked about anonymity. Advice from the zorgcoördinator
 * mensenhandel on anonymous data is no report, so it is no channel here (with consent, the trace
 * names the zorgcoördinator beside the channel: adultPath.ts). A minor's report always goes to
 * Veilig Thuis (minorPath.ts).
 */
export function adultReportChannel(input: MeldcodeInput, walk: Walk): Outcome | undefined {
  if (input.acuteDanger === true) {
    walk.trace.push('Bij acuut gevaar meld je na 112 bij de politie (AVIM), niet anoniem via Meld Misdaad Anoniem.');
    return 'report-police-avim';
  }
  const anonymous = needed(walk, input, 'wantsAnonymity');
  if (anonymous === null) return undefined;
  if (!anonymous) {
    walk.trace.push('Anoniem blijven is niet nodig: melden bij het team mensenhandel van de politie (AVIM); je kunt gevraagd worden een getuigenverklaring af te leggen.');
    return 'report-police-avim';
  }
  // Anonymity is possible only without acute danger; an open acute answer is already missing.
  if (input.acuteDanger === null) return undefined;
  walk.trace.push('Je wilt anoniem blijven en er is geen acuut gevaar: melden via Meld Misdaad Anoniem.');
  return 'report-meld-misdaad-anoniem';
}
