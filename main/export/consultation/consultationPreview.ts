import type { ConsultationPreview, PreviewSegment } from '../../../preload/contract';
import type { ConsultationDocument, ConsultationParagraph } from './consultationDocument';

const paragraphSegments = ({ kind, label, segments }: ConsultationParagraph): PreviewSegment[] =>
  kind === 'field' ? [{ text: `${label}: `, redacted: false }, ...segments] : segments;

/**
 * The review's view of the document, in print order from the "Verstrekking" on: each paragraph as
 * runs of text, a field as "Label: value", replacements marked.
 */
export function consultationPreview(document: ConsultationDocument): ConsultationPreview {
  return {
    sections: [document.disclosure.section, ...document.sections].map((section) => ({ heading: section.heading, paragraphs: section.paragraphs.map(paragraphSegments) })),
    redactions: document.redactions,
  };
}
