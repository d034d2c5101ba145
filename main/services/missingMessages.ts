/** What the missing-episode calls tell the user when main refuses. */
export const missingMessages = {
  episodeNotFound: 'Deze vermissing bestaat niet (meer). Open het dossier opnieuw.',
  alreadyMissing: (discoveredAt: string) =>
    `Deze jongere staat al als vermist gemeld: die vermissing is ontdekt op ${discoveredAt}. Vul die vermissing aan in plaats van een nieuwe te melden. Is de jongere intussen terug, leg dan eerst de terugkeer vast.`,
  episodeConflict: (savedAt: string, savedBy: string | null) =>
    `Deze vermissing is intussen gewijzigd${savedBy ? ` door ${savedBy}` : ''}, op ${savedAt}. Er is niets opgeslagen, zodat die wijzigingen niet verloren gaan. Wat jij hebt ingevuld staat nog in het formulier: bekijk de nieuwste gegevens, neem over wat nodig is en sla daarna opnieuw op.`,
  conversationBeforeReturn: 'Het terugkeergesprek kan pas worden vastgelegd als de terugkeer is vastgelegd. Vul eerst in wanneer de jongere terug was.',
  closeBeforeReturn: 'Een vermissing kan pas worden afgesloten als de jongere terug is. Leg eerst de terugkeer vast.',
  alreadyClosed: (closedAt: string, closedBy: string | null) =>
    `Deze vermissing is al afgesloten op ${closedAt}${closedBy ? ` door ${closedBy}` : ''}. Er kan niets meer aan worden gewijzigd of toegevoegd.`,
} as const;
