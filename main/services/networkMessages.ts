/** What the network analysis tells the user when main refuses a change. */
export const networkMessages = {
  entityNotFound: 'Deze persoon, plek of dit andere punt staat niet (meer) in het netwerk. Open het dossier opnieuw.',
  linkNotFound: 'Dit verband staat niet (meer) in het netwerk. Open het dossier opnieuw.',
  endsOfOtherYouth: 'Een verband kan alleen punten uit het netwerk van deze jongere verbinden.',
  fromNotInNetwork: 'Kies bij ‘Van’ de jongere of een punt uit het netwerk van deze jongere.',
  toNotInNetwork: 'Kies bij ‘Naar’ de jongere of een punt uit het netwerk van deze jongere.',
  repointTargetInvalid: 'Kies waar de verbanden heen gaan: de jongere of een ander punt uit het netwerk van deze jongere.',
  notPng: 'Dit is geen PNG-afbeelding van het netwerk.',
  unreadableDetailsNotReplaced:
    'Niet opgeslagen: de opgeslagen gegevens van dit punt kon deze versie van de app niet lezen; alleen de naam is bewaard gebleven. Opslaan zou die gegevens vervangen door wat jij nu invult. Er is niets gewijzigd. Vraag eerst de beheerder of de aandachtsfunctionaris om te kijken wat er opgeslagen is; vervang de gegevens alleen als dat zeker mag.',
} as const;
