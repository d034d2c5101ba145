import type { PacketResult } from '../../../preload/contract';

const pages = (count: number) => (count === 1 ? '1 pagina' : `${count} pagina's`);

/** What happened to the anonymised PDF; only a file that left was recorded. */
export function consultationOutcomeText(result: PacketResult, recipient: string): string {
  switch (result.outcome) {
    case 'saved':
      return `Anoniem overleg opgeslagen: ${result.savedTo}. De verstrekking aan ${recipient} is vastgelegd.`;
    case 'printing':
      return `Anoniem overleg staat klaar in het afdrukvenster (${pages(result.pageCount)}). De verstrekking aan ${recipient} is vastgelegd.`;
    case 'cancelled':
      return 'Niet opgeslagen: je hebt het opslaan geannuleerd. Er is niets verstrekt en niets vastgelegd.';
  }
}
