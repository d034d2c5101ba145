/** What the signal calls tell the user when main refuses. */
export const signalMessages = {
  signalNotFound: 'Dit signaal staat niet (meer) in het dossier. Open het dossier opnieuw.',
  alreadyCorrected: 'Dit signaal is al gecorrigeerd. Open het dossier opnieuw en corrigeer zo nodig de nieuwste versie.',
  catalogueItemNotFound: 'Dit signaal staat niet (meer) in de signalenlijst. Open de lijst opnieuw.',
  catalogueItemRetired: 'Dit signaal uit de lijst wordt niet meer gebruikt. Kies een ander signaal of beschrijf het zelf.',
  catalogueItemAlreadyRetired: 'Dit signaal uit de lijst is al buiten gebruik gesteld.',
  catalogueItemChanged: 'Iemand anders heeft dit signaal uit de lijst intussen gewijzigd. Open de lijst opnieuw en kijk of je wijziging nog nodig is.',
} as const;
