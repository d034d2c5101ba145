import type { ApiErrorCode } from '../../preload/contract';

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
  keySlotsMissing:
    'Het sleutelbestand naast de database ontbreekt of is onleesbaar, dus de database kan niet worden geopend. Er is niets gewijzigd. Vraag de beheerder om hulp.',
  invalidInput: 'Controleer de invoer: niet alle velden zijn goed ingevuld.',
  unknownCall: 'Deze actie bestaat niet in deze versie van de app.',
  internal:
    'Er ging iets mis in de app. Wat je net deed is niet opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
} as const;
