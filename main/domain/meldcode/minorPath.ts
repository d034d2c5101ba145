import type { MeldcodeInput, Tri } from '../../../preload/contract/meldcode';
import { needed, type Ending, type Walk } from './walk';

/**
 * The 2019 afwegingskader for a minor, questions 2 to 5 (question 1, whether a suspicion remains,
 * and the acute-danger answer are taken in decide.ts). Each question is asked only when the
 * answers before it leave it open.
 */
export function minorPath(input: MeldcodeInput, walk: Walk): Ending | undefined {
  const unsafe = unsafety(input, walk);
  if (unsafe === null) return undefined;
  if (unsafe) return reportToVeiligThuis(walk, true);

  const canHelp = needed(walk, input, 'ownHelpPossible');
  if (canHelp === null) return undefined;
  if (!canHelp) {
    walk.trace.push('Je kunt zelf geen voldoende effectieve hulp bieden of organiseren: melden bij Veilig Thuis.');
    return reportToVeiligThuis(walk, false);
  }
  walk.trace.push('Je kunt zelf voldoende effectieve hulp bieden of organiseren.');

  const accepted = needed(walk, input, 'helpAccepted');
  if (accepted === null) return undefined;
  if (!accepted) {
    walk.trace.push('De jongere en het gezin aanvaarden de hulp niet of zetten zich er niet voor in: melden bij Veilig Thuis.');
    return reportToVeiligThuis(walk, false);
  }
  walk.trace.push('De jongere en het gezin aanvaarden de hulp en zetten zich ervoor in.');

  // helpEffective is null at the first decision: that is not a missing answer but question 5 not
  // yet due, so the first decision with 2 no and 3 and 4 yes is own help with monitoring.
  if (input.helpEffective === false) {
    walk.trace.push('Bij de vervolgafspraak blijkt dat de hulp niet binnen de afgesproken tijd de nodige veiligheid brengt: (opnieuw) melden bij Veilig Thuis.');
    return reportToVeiligThuis(walk, false);
  }
  walk.trace.push(
    input.helpEffective === true
      ? 'Bij de vervolgafspraak blijkt dat de hulp binnen de afgesproken tijd de nodige veiligheid brengt: de eigen hulp gaat door, met afspraken over monitoren.'
      : 'Geen acute of structurele onveiligheid, en hulp die mogelijk is en aanvaard wordt: zelf hulp bieden (5a) en het effect volgen op afgesproken momenten.',
  );
  walk.trace.push(`${avimBeside('de eigen hulp')}.`);
  return { outcomes: ['own-help', 'monitor'], alsoConsider: ['report-police-avim'] };
}

/**
 * Question 2: acute or structural unsafety. Acute danger alone answers it, so structural unsafety
 * is then not asked; an open acute answer was already named as missing in decide.ts.
 */
function unsafety(input: MeldcodeInput, walk: Walk): Tri {
  if (input.acuteDanger === true) {
    walk.trace.push('Bij acute onveiligheid is melden bij Veilig Thuis verplicht; vragen 3 tot en met 5 beantwoord je samen met Veilig Thuis, en eigen hulp kan daarnaast.');
    return true;
  }
  const structural = needed(walk, input, 'structuralUnsafety');
  if (structural === true) {
    walk.trace.push('Er is structurele onveiligheid: melden bij Veilig Thuis is verplicht; vragen 3 tot en met 5 beantwoord je samen met Veilig Thuis, en eigen hulp kan daarnaast.');
    return true;
  }
  if (structural === false) walk.trace.push('Er is geen structurele onveiligheid.');
  return structural === null || input.acuteDanger === null ? null : false;
}

/**
 * Exploitation signals may also go to the police's human-trafficking team (AVIM): offered beside
 * whatever the path decided (domain.md §3.1), on the own-help path as much as beside a report.
 */
function avimBeside(what: string): string {
  return `Signalen van uitbuiting kun je naast ${what} ook melden bij het team mensenhandel van de politie (AVIM)`;
}

/**
 * Veilig Thuis is the report for a minor. The police's human-trafficking team (AVIM) is offered
 * beside it, never instead; own help is offered in addition only where unsafety made the report
 * required (question 2) — when own help is impossible, refused or failing, it is not.
 */
function reportToVeiligThuis(walk: Walk, ownHelpAlso: boolean): Ending {
  walk.trace.push(`${avimBeside('de melding bij Veilig Thuis')}, nooit in plaats daarvan; informeer de jongere en de ouders vóór de melding, waar dat veilig kan.`);
  return { outcomes: ['report-veilig-thuis'], alsoConsider: ownHelpAlso ? ['report-police-avim', 'own-help'] : ['report-police-avim'] };
}
