import type { PacketResult } from '../../preload/contract';

const pageCountText = (count: number) => (count === 1 ? '1 pagina' : `${count} pagina's`);

interface PdfOutcomeWording {
  /** The document's name as it opens a sentence, e.g. "Politiedossier". */
  document: string;
  /** What main recorded for a file that left. */
  recorded: string;
  /** What a cancelled save did not do. */
  notRecorded: string;
}

/** What happened to a PDF handed to the save dialog or print window; each screen says in its own words what was recorded. */
export function pdfOutcomeText(result: PacketResult, { document, recorded, notRecorded }: PdfOutcomeWording): string {
  switch (result.outcome) {
    case 'saved':
      return `${document} opgeslagen: ${result.savedTo}. ${recorded}`;
    case 'printing':
      return `${document} staat klaar in het afdrukvenster (${pageCountText(result.pageCount)}). ${recorded}`;
    case 'cancelled':
      return `Niet opgeslagen: je hebt het opslaan geannuleerd. ${notRecorded}`;
  }
}
