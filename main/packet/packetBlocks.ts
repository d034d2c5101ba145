import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';

/**
 * The packet's building blocks. An empty field or list says "niet ingevuld" instead of vanishing:
 * the police must be able to tell "not known" from "left out".
 */
export const notFilled = 'niet ingevuld';

/** One heading of the packet; `filled` says whether it holds data (the disclosure record lists those). */
export interface PacketSection {
  heading: string;
  filled: boolean;
  body: Content[];
}

export type Field = readonly [label: string, value: string];

const emptyCell = (): TableCell => ({ text: notFilled, style: 'empty' });
const valueCell = (value: string): TableCell => (value.trim() === '' ? emptyCell() : { text: value });

/** Label–value rows; a label never wraps at this width, so a wrapped value stays in its own column. */
export const labelWidth = { full: 150, narrow: 105 } as const;

export function fieldTable(fields: readonly Field[], width: number = labelWidth.full): Content {
  return {
    table: { widths: [width, '*'], body: fields.map(([label, value]) => [{ text: label, style: 'label' }, valueCell(value)]) },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

export function fieldsSection(heading: string, fields: readonly Field[], extra: Content[] = [], width?: number): PacketSection {
  return { heading, filled: fields.some(([, value]) => value.trim() !== ''), body: [fieldTable(fields, width), ...extra] };
}

/** A list of items (each a few lines); none gives "niet ingevuld". */
export function listSection(heading: string, items: Content[], extra: Content[] = []): PacketSection {
  return { heading, filled: items.length > 0, body: [...(items.length > 0 ? items : [{ text: notFilled, style: 'empty' }]), ...extra] };
}

/** A grid with a header row; each row's empty cells say "niet ingevuld". */
export function grid(header: readonly string[], rows: readonly (readonly string[])[], widths: (number | '*' | 'auto')[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((label): TableCell => ({ text: label, style: 'label' })), ...rows.map((row) => row.map(valueCell))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

/** A multi-line text as typed; '' gives "niet ingevuld". */
export function textBlock(value: string): Content {
  return value.trim() === '' ? { text: notFilled, style: 'empty' } : { text: value, margin: [0, 0, 0, 4] };
}

export function subheading(text: string): Content {
  return { text, style: 'subheading' };
}

const sectionLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/**
 * A section as a borderless one-column table whose header row is the heading: a section that runs
 * onto the next page repeats its heading there. Rows may still break across pages, so no value is
 * ever cut off (an unbreakable block taller than a page is dropped by pdfmake). Cheaper than
 * pdfmake's pageBreakBefore, which lays the whole document out again for every break it adds.
 */
export function sectionContent(section: PacketSection): Content {
  return {
    table: { widths: ['*'], headerRows: 1, body: [[{ text: section.heading, style: 'heading' }], ...section.body.map((item): TableCell[] => [item])] },
    layout: sectionLayout,
  };
}
