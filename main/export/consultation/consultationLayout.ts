import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LegalGround } from '../../../preload/contract/disclosures';
import type { Segment } from '../../domain/anonymise/redaction';
import { labelWidth, sectionContent, subheading } from '../../packet/packetBlocks';
import { confidentialDocument } from '../confidentialDocument';
import type { ConsultationDocument, ConsultationParagraph, ConsultationSection } from './consultationDocument';

export interface ConsultationLayout {
  definition: TDocumentDefinitions;
  /** Every heading the PDF prints, for the disclosure record (not the disclosure's own section), as the export wizard records. */
  categories: string[];
}

/** A redaction is shaded, so the expert sees where something was left out. */
const runs = (segments: readonly Segment[]) => segments.map((segment) => (segment.redacted ? { text: segment.text, background: '#e4e4e4' } : { text: segment.text }));

const segmentsText = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

function fieldTable(fields: readonly ConsultationParagraph[]): Content {
  return {
    table: { widths: [labelWidth.full, '*'], body: fields.map((field): TableCell[] => [{ text: field.label, style: 'label' }, { text: runs(field.segments) }]) },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

/** Consecutive fields share one label–value table; subheadings and lines stand on their own. */
function sectionBody(paragraphs: readonly ConsultationParagraph[]): Content[] {
  const body: Content[] = [];
  let fields: ConsultationParagraph[] = [];
  const flush = () => {
    if (fields.length > 0) body.push(fieldTable(fields));
    fields = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'field') {
      fields.push(paragraph);
      continue;
    }
    flush();
    body.push(paragraph.kind === 'subheading' ? subheading(segmentsText(paragraph.segments)) : { text: runs(paragraph.segments), margin: [0, 0, 0, 3] });
  }
  flush();
  return body;
}

const asContent = (section: ConsultationSection) => sectionContent({ heading: section.heading, filled: section.filled, body: sectionBody(section.paragraphs) });

/**
 * The PDF of the anonymised consultation: the same model the review showed, in the frame every
 * export has, about "anoniem". The footer names the recipient as redacted in the document.
 */
export function consultationLayout(document: ConsultationDocument, frame: { legalGround: LegalGround; madeAt: string }): ConsultationLayout {
  const sections = [document.disclosure.section, ...document.sections];
  return {
    definition: confidentialDocument({
      kind: 'Anoniem overleg meldcode',
      about: 'anoniem',
      recipient: document.disclosure.recipient,
      legalGround: frame.legalGround,
      madeAt: frame.madeAt,
      content: [{ text: document.title, style: 'title' }, ...sections.map(asContent)],
    }),
    categories: document.sections.map((section) => section.heading),
  };
}
