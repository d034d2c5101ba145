import type { Redaction, Redactor, Segment } from '../../domain/anonymise/redaction';

/**
 * The anonymised consultation as one model, which both the review (preview) and the PDF show:
 * what the user checks is what leaves. Every stored text in it went through the redactor; labels
 * and chosen options come from the app's own lists.
 */
export interface ConsultationParagraph {
  kind: 'subheading' | 'field' | 'line';
  /** A field's label; '' for the other kinds. */
  label: string;
  segments: Segment[];
}

export interface ConsultationSection {
  heading: string;
  /** Whether it holds anything recorded; an empty one prints what stands in its place. */
  filled: boolean;
  paragraphs: ConsultationParagraph[];
}

export interface ConsultationDocument {
  title: string;
  /** With whom, why and on which ground, redacted as the rest; `recipient` as the footer names it. */
  disclosure: { section: ConsultationSection; recipient: string };
  /** What the consultation is about, in print order. */
  sections: ConsultationSection[];
  redactions: Redaction[];
}

export const nothingRecorded = 'Niets vastgelegd.';

const plain = (text: string): Segment[] => [{ text, redacted: false }];

export const subheading = (text: string): ConsultationParagraph => ({ kind: 'subheading', label: '', segments: plain(text) });
export const line = (segments: Segment[]): ConsultationParagraph => ({ kind: 'line', label: '', segments });

/** A field with a value from the app's own lists (never redacted); none when the value is empty. */
export function listedField(label: string, value: string): ConsultationParagraph[] {
  return value.trim() === '' ? [] : [{ kind: 'field', label, segments: plain(value) }];
}

/** A field with stored text, redacted; none when the text is empty. */
export function textField(redactor: Redactor, label: string, value: string): ConsultationParagraph[] {
  return value.trim() === '' ? [] : [{ kind: 'field', label, segments: redactor.redact(value.trim()) }];
}

/** A section; without paragraphs it says so (`empty`). */
export function section(heading: string, paragraphs: ConsultationParagraph[], empty = nothingRecorded): ConsultationSection {
  return paragraphs.length > 0 ? { heading, filled: true, paragraphs } : { heading, filled: false, paragraphs: [line(plain(empty))] };
}
