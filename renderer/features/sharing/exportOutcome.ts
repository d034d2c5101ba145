import type { PacketResult } from '../../../preload/contract';

const pages = (count: number) => (count === 1 ? '1 pagina' : `${count} pagina's`);

/** What happened to the file, and whether that was recorded. */
export function exportOutcomeText(result: PacketResult, documentName: string): string {
  switch (result.outcome) {
    case 'saved':
      return `${documentName} opgeslagen: ${result.savedTo}. De verstrekking is vastgelegd in het verstrekkingenregister.`;
    case 'printing':
      return `${documentName} staat klaar in het afdrukvenster (${pages(result.pageCount)}). De verstrekking is vastgelegd in het verstrekkingenregister.`;
    case 'cancelled':
      return 'Niet opgeslagen: je hebt het opslaan geannuleerd. Er is niets verstrekt en niets vastgelegd.';
  }
}
