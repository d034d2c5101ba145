import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { legalGroundLabels, type LegalGround } from '../../preload/contract/disclosures';
import { formatDay, dutchDay } from '../packet/packetFormat';

/** The footer's fixed words: the recipient may use the file for the stated purpose only. */
export const confidentialityNotice = 'Vertrouwelijk — niet verder verstrekken';

const styles: StyleDictionary = {
  title: { fontSize: 16, bold: true },
  heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  subheading: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
  label: { bold: true, color: '#333333' },
  empty: { color: '#666666' },
  pageEdge: { fontSize: 8, color: '#333333' },
  // The portrait block's own styles (main/packet/packetSections/portraitBlock.ts), for exports with the photo.
  warning: { bold: true, color: '#b00000', margin: [0, 2, 0, 4] },
  caption: { margin: [0, 2, 0, 0] },
  noPhoto: { fontSize: 13, bold: true, color: '#b00000', alignment: 'center', margin: [4, 50, 4, 4] },
};

export interface ConfidentialDocument {
  /** The document's kind, printed at the top of every page and as the PDF title. */
  kind: string;
  /** Whom it is about, top right of every page: the youth's name, or "anoniem". */
  about: string;
  recipient: string;
  legalGround: LegalGround;
  madeAt: string;
  content: Content[];
}

/**
 * An exported file's frame: every page names what it is, the recipient, the day and the legal
 * ground, with "niet verder verstrekken", so a page that strays still says it may go no further.
 */
export function confidentialDocument({ kind, about, recipient, legalGround, madeAt, content }: ConfidentialDocument): TDocumentDefinitions {
  const disclosed = `Verstrekt aan ${recipient} op ${formatDay(dutchDay(madeAt))}, grondslag: ${legalGroundLabels[legalGround]}.`;
  return {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 60],
    info: { title: `${kind} ${about}`, subject: confidentialityNotice, creator: 'Waakzaam', producer: 'Waakzaam', creationDate: new Date(madeAt) },
    header: () => ({
      columns: [{ text: kind, bold: true }, { text: about, alignment: 'right', bold: true }],
      style: 'pageEdge',
      margin: [40, 25, 40, 0],
    }),
    footer: (currentPage, pageCount) => ({
      columns: [
        { stack: [{ text: `${confidentialityNotice}.`, bold: true }, { text: disclosed }] },
        { text: `Pagina ${currentPage} van ${pageCount}`, alignment: 'right', width: 90 },
      ],
      style: 'pageEdge',
      margin: [40, 15, 40, 0],
    }),
    content,
    styles,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}
