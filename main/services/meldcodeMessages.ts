/** What the meldcode-case calls tell the user when main refuses. */
export const meldcodeMessages = {
  caseNotFound: 'Dit meldcodetraject bestaat niet (meer). Open het dossier opnieuw.',
  caseConflict: (savedAt: string, savedBy: string | null) =>
    `Dit meldcodetraject is intussen gewijzigd${savedBy ? ` door ${savedBy}` : ''}, op ${savedAt}. Er is niets opgeslagen, zodat die wijzigingen niet verloren gaan. Wat jij hebt ingevuld staat nog in het formulier: bekijk de nieuwste gegevens, neem over wat nodig is en sla daarna opnieuw op.`,
  caseClosed: (closedAt: string, closedBy: string | null) =>
    `Dit meldcodetraject is afgesloten op ${closedAt}${closedBy ? ` door ${closedBy}` : ''}. Er kan niets meer aan worden gewijzigd of toegevoegd. Is er een nieuw vermoeden, open dan een nieuw traject.`,
  signalNotOfYouth: 'Een van de gekozen signalen hoort niet bij deze jongere of bestaat niet (meer). Open de signalen opnieuw en kies ze opnieuw.',
  decisionIncomplete: (open: string) =>
    `Het besluit is nog niet compleet, dus bevestigen kan nog niet. Nog open: ${open} Beantwoord die vragen eerst, of wijk met een reden af van de uitkomst.`,
  decisionNotFound: 'Dit besluit hoort niet bij dit meldcodetraject of bestaat niet (meer). Open het traject opnieuw.',
  notACountersigner: 'Een besluit medeondertekenen doet een teamleider of de aandachtsfunctionaris.',
  ownDecision: 'Je hebt dit besluit zelf bevestigd, dus je kunt het niet ook medeondertekenen. Vraag een teamleider of de aandachtsfunctionaris.',
  alreadyCountersigned: 'Dit besluit is al medeondertekend.',
  countersignNotRequired: 'Dit besluit heeft geen tweede handtekening nodig.',
  resultChanged:
    'De uitkomst is intussen veranderd, bijvoorbeeld omdat de jongere vandaag 18 is geworden of omdat een collega iets heeft vastgelegd. Er is niets vastgelegd. Bekijk de nieuwe uitkomst en bevestig daarna opnieuw.',
  noHelpToFollow: 'Het nieuwste besluit vraagt geen eigen hulp, dus er is geen hulp om te volgen. Neem eerst een besluit met eigen hulp (5a).',
  notClosable: {
    countersignature: 'Het nieuwste besluit wacht nog op een tweede handtekening. Vraag een teamleider of de aandachtsfunctionaris om mede te ondertekenen; daarna kun je het traject sluiten.',
    helpPlan: 'Het nieuwste besluit vraagt eigen hulp, maar het hulpplan (5a) is nog niet vastgelegd. Leg het hulpplan vast; daarna kun je het traject sluiten.',
    report: 'Het nieuwste besluit vraagt een melding, maar de melding (5b) is nog niet vastgelegd. Leg vast waar en wanneer je hebt gemeld; daarna kun je het traject sluiten.',
  },
} as const;
