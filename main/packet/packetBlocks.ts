import type { Content, TableCell } from 'pdfmake/interfaces';

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

/** Label–value rows; the label column is narrow so a wrapped value stays in its own column. */
export function fieldTable(fields: readonly Field[]): Content {
  return {
    table: { widths: [150, '*'], body: fields.map(([label, value]) => [{ text: label, style: 'label' }, valueCell(value)]) },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

export function fieldsSection(heading: string, fields: readonly Field[], extra: Content[] = []): PacketSection {
  return { heading, filled: fields.some(([, value]) => value.trim() !== ''), body: [fieldTable(fields), ...extra] };
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

/** A heading that never stands alone at the foot of a page (see the layout's pageBreakBefore). */
export function sectionContent(section: PacketSection): Content[] {
  return [{ text: section.heading, style: 'heading', headlineLevel: 1 }, ...section.body];
}
