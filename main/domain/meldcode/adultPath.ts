import type { MeldcodeInput, Tri } from '../../../preload/contract/meldcode';
import { adultReportChannel } from './reportChannel';
import { needed, type Ending, type Walk } from './walk';

/**
 * Step 5 for an adult, under professional secrecy (seed 000, step 5): own help when it can avert
 * the risk, a report when it cannot and serious danger or a real chance of harm threatens, and
 * otherwise own help while consent is sought. Consent is asked only on the way to a report.
 * A monitoring follow-up re-runs this with the answers as they are then: the adult rules have no
 * separate follow-up question.
 */
export function adultPath(input: MeldcodeInput, walk: Walk): Ending | undefined {
  const avertable = needed(walk, input, 'riskAvertableByOwnHelp');
  if (avertable === null) return undefined;
  if (avertable) {
    walk.trace.push('Het risico is met eigen hulp af te wenden: zelf hulp bieden (5a) en het effect volgen; toestemming om te melden is dan niet nodig.');
    return { outcomes: ['own-help', 'monitor'], alsoConsider: [] };
  }
  walk.trace.push('Het risico is met eigen hulp niet af te wenden.');

  const danger = dangerOrHarm(input, walk);
  if (danger === null) return undefined;
  if (!danger) return { outcomes: ['own-help', 'monitor', 'seek-consent'], alsoConsider: [] };

  // Both are asked together: the channel is needed whatever the consent answer, since both
  // consent and a recorded conflict of duties lead to the same report.
  const mayReport = consentOrConflictOfDuties(input, walk);
  const channel = adultReportChannel(input, walk);
  return mayReport && channel !== undefined ? { outcomes: [channel], alsoConsider: [] } : undefined;
}

/**
 * Serious danger or a real chance of harm: one yes suffices, so the other is then not asked;
 * "neither" needs both answered no.
 */
function dangerOrHarm(input: MeldcodeInput, walk: Walk): Tri {
  if (input.seriousDanger === true) {
    walk.trace.push('Er dreigt ernstig gevaar: melden.');
    return true;
  }
  if (input.realChanceOfHarm === true) {
    walk.trace.push('Er is een reële kans op schade: melden.');
    return true;
  }
  const serious = needed(walk, input, 'seriousDanger');
  const harm = needed(walk, input, 'realChanceOfHarm');
  if (serious === null || harm === null) return null;
  walk.trace.push('Er dreigt geen ernstig gevaar en er is geen reële kans op schade: zelf hulp bieden (5a), het effect volgen en blijven zoeken naar toestemming om te melden.');
  return false;
}

/**
 * With consent the report may go. Without it, reporting breaks professional secrecy and is
 * possible only on a conflict of duties: the six questions (seed 000, step 5) must be answered
 * and recorded first. The engine gates on their being recorded; whether they justify breaking
 * secrecy is the professional's weighing, written down in those answers and confirmed in step 5.
 */
function consentOrConflictOfDuties(input: MeldcodeInput, walk: Walk): boolean {
  const consent = needed(walk, input, 'consentToReport');
  if (consent === null) return false;
  if (consent) {
    walk.trace.push('De betrokkene geeft toestemming om te melden; met die toestemming kan ook de zorgcoördinator mensenhandel de melding aannemen en hulp organiseren.');
    return true;
  }
  if (!input.conflictOfDutiesAnswered) {
    walk.missing.push('conflictOfDutiesAnswered');
    walk.trace.push('De betrokkene geeft geen toestemming: melden kan dan alleen bij een conflict van plichten, als de zes vragen daarover beantwoord en vastgelegd zijn.');
    return false;
  }
  walk.trace.push('De betrokkene geeft geen toestemming, en de zes vragen over het conflict van plichten zijn beantwoord en vastgelegd: de melding mag door; een afhankelijke positie van de betrokkene weegt mee voor het doorbreken van het beroepsgeheim.');
  return true;
}
