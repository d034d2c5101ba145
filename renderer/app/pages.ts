/** The main menu, in the order staff see it. */
export const pages = [
  { id: 'youths', label: 'Jongeren' },
  { id: 'meldcode', label: 'Meldcode' },
  { id: 'missing', label: 'Vermissingen' },
  { id: 'admin', label: 'Beheer' },
] as const;

export type PageId = (typeof pages)[number]['id'];
