import type { ApiErrorCode } from '../../preload/contract';
import { throttlePolicy } from '../security/loginThrottle';

/** An expected failure whose Dutch message is meant for the user. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const appMessages = {
  notSetUp: 'Er is nog geen database. Richt de app eerst in.',
  alreadySetUp: 'De app is al ingericht. Log in met je eigen account.',
  locked: 'De app is vergrendeld. Log opnieuw in om verder te gaan.',
  wrongCredentials: 'Gebruikersnaam of wachtwoord klopt niet.',
  wrongRecoveryKey: 'Deze herstelsleutel past niet bij deze database. Controleer de sleutel op het afgedrukte blad.',
  noRecoveryKey: 'Voor deze database is nog geen herstelsleutel gemaakt. Een andere beheerder kan je wachtwoord opnieuw instellen.',
  notAnAdministrator: 'Met de herstelsleutel krijgt alleen een actief beheerdersaccount een nieuw wachtwoord. Controleer de gebruikersnaam.',
  tooManyAttempts: (seconds: number) =>
    `Te veel mislukte pogingen. Wacht nog ${seconds} seconden en probeer het dan opnieuw.`,
  lockedOut: (until: string, subject: 'login' | 'recoveryKey') =>
    `Na ${throttlePolicy.lockoutAfter} mislukte pogingen is ${subject === 'login' ? 'inloggen met deze naam' : 'herstellen met de herstelsleutel'} geblokkeerd tot ${until}.${subject === 'login' ? ' De beheerder kan je wachtwoord eerder opnieuw instellen.' : ''}`,
  accountDisabled: 'Dit account is uitgeschakeld. Vraag de beheerder om het weer te activeren.',
  keySlotDowngrade:
    'Het sleutelbestand van dit account is zwakker beveiligd dan de app toestaat en wordt daarom geweigerd (mogelijk is ermee geknoeid). Vraag de beheerder je wachtwoord opnieuw in te stellen.',
  wrongCurrentPassword: 'Je huidige wachtwoord klopt niet.',
  forbidden: 'Dit mag je met jouw rol niet doen.',
  changePasswordFirst: 'Kies eerst een eigen wachtwoord: je bent ingelogd met een eerste wachtwoord van de beheerder.',
  noAccessToYouth:
    'Deze jongere hoort niet bij jouw locaties. Heb je het dossier nu echt nodig, vraag dan noodtoegang aan en schrijf op waarom.',
  youthNotFound: 'Deze jongere bestaat niet (meer).',
  accountNotFound: 'Dit account bestaat niet.',
  locationNotFound: 'Deze locatie bestaat niet (meer). Kies een andere.',
  locationNotYours: 'Je kunt alleen jongeren van je eigen locaties vastleggen.',
  nameTaken: 'Er is al een account met deze gebruikersnaam. Kies een andere naam.',
  locationTaken: 'Er is al een locatie met deze naam.',
  lastAdministrator: 'Dit is het laatste actieve beheerdersaccount. Maak eerst een ander beheerdersaccount.',
  grantNotFound: 'Deze noodtoegang bestaat niet.',
  noMoveUnderEmergency: 'Met noodtoegang kun je de locatie van deze jongere niet wijzigen. Vraag dat aan de teamleider of de aandachtsfunctionaris.',
  notOwnAccount: 'Je eigen rol wijzigen of je eigen account uitschakelen kan niet: laat dat een andere beheerder doen.',
  clockBehind:
    'De klok van deze computer loopt achter op het toegangslog, dus noodtoegang kan nu niet (de tijdsduur zou niet kloppen). Laat de datum en tijd van de computer controleren.',
  alreadyReviewed: 'Deze noodtoegang is al beoordeeld.',
  alreadyHasAccess: 'Je hebt al toegang tot dit dossier: noodtoegang is niet nodig.',
  keySlotsMissing:
    'Het sleutelbestand naast de database ontbreekt of is onleesbaar, dus de database kan niet worden geopend. Er is niets gewijzigd. Vraag de beheerder om hulp.',
  invalidInput: 'Controleer de invoer: niet alle velden zijn goed ingevuld.',
  planConflict: (version: number, savedAt: string, savedBy: string) =>
    `Een collega heeft intussen een nieuwere versie van het veiligheidsplan opgeslagen: versie ${version}, op ${savedAt} door ${savedBy}. Jouw tekst staat nog in het formulier, zodat je die kunt vergelijken met de nieuwe versie en daarna opnieuw kunt opslaan.`,
  planVersionNotFound: 'Deze versie van het veiligheidsplan bestaat niet.',
  youthConflict: (savedAt: string, savedBy: string | null) =>
    `De gegevens van deze jongere zijn intussen gewijzigd${savedBy ? ` door ${savedBy}` : ''}, op ${savedAt}. Er is niets opgeslagen, zodat die wijzigingen niet verloren gaan. Wat jij hebt ingevuld staat nog in het formulier: bekijk de nieuwste gegevens, neem over wat nodig is en sla daarna opnieuw op.`,
  unreadableNotReplaced: (parts: string) =>
    `Niet opgeslagen: een deel van de opgeslagen gegevens kon deze versie van de app niet lezen (${parts}). Die onderdelen staan leeg in het formulier, en opslaan zou de opgeslagen gegevens daar vervangen door wat jij nu invult. Er is niets gewijzigd. Vraag eerst de beheerder of de aandachtsfunctionaris om te kijken wat er opgeslagen is; vervang de onderdelen alleen als dat zeker mag.`,
  unknownCall: 'Deze actie bestaat niet in deze versie van de app.',
  printUnavailable: 'Afdrukken kan hier niet: er is geen printvenster beschikbaar. Kies "Opslaan als PDF" en druk het bestand daarna af.',
  printFailed: 'Het afdrukvenster kon niet worden geopend. Er is niets verstrekt; probeer het opnieuw of kies ‘Opslaan als PDF’.',
  saveUnavailable: 'Opslaan als PDF kan hier niet: er is geen venster om een map te kiezen. Er is niets gemaakt of vastgelegd.',
  saveFailed: 'Het politiedossier kon niet worden opgeslagen. Er is niets verstrekt; probeer het opnieuw en kies eventueel een andere map.',
  internal:
    'Er ging iets mis in de app. Wat je net deed is niet opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
} as const;
