/** Labels the read-only view and the form share, so a field is called the same in both. */

/** The yes/no vulnerabilities, each with a note. */
export const vulnerabilityFlags = [
  { key: 'psychiatric', label: 'Psychiatrische problematiek' },
  { key: 'addiction', label: 'Verslaving' },
  { key: 'suicideRisk', label: 'Suïciderisico' },
] as const;

/** The signalement's free-text fields, in the order the police ask for them. */
export const descriptionTextFields = [
  { key: 'build', label: 'Postuur' },
  { key: 'hairColour', label: 'Haarkleur' },
  { key: 'hairStyle', label: 'Kapsel' },
  { key: 'eyeColour', label: 'Oogkleur' },
  { key: 'skinTone', label: 'Huidskleur' },
] as const;

export const phoneFieldLabels = { number: 'Nummer', handset: 'Toestel', provider: 'Provider', billPayer: 'Wie betaalt de rekening' } as const;
