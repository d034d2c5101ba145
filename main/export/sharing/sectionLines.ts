import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PacketSection } from '../../packet/packetBlocks';

type Node = Content | TableCell | string | undefined | null;

/** The text of a piece of content on one line: what a reader of the PDF would read there. */
function textOf(node: Node): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node !== 'object') return '';
  if ('image' in node) return '[foto]';
  if ('text' in node) return textOf(node.text as Node);
  return linesOf(node).join(' ');
}

/** One line per paragraph or table row; a row's filled cells joined with " · ". */
function linesOf(node: Node): string[] {
  if (node === undefined || node === null) return [];
  if (Array.isArray(node)) return node.flatMap(linesOf);
  if (typeof node !== 'object') return [String(node)];
  if ('table' in node) {
    const body = (node.table?.body ?? []) as Node[][];
    return body.map((row) => row.map(textOf).filter((cell) => cell.trim() !== '').join(' · ')).filter((line) => line !== '');
  }
  if ('stack' in node) return (node.stack as Node[]).flatMap(linesOf);
  if ('columns' in node) return (node.columns as Node[]).flatMap(linesOf);
  if ('ul' in node) return (node.ul as Node[]).flatMap(linesOf);
  if ('ol' in node) return (node.ol as Node[]).flatMap(linesOf);
  const text = textOf(node);
  return text === '' ? [] : [text];
}

/** A section as the wizard's preview shows it: the same content the PDF prints, as plain lines. */
export function sectionLines(section: PacketSection): string[] {
  return section.body.flatMap(linesOf).flatMap((line) => line.split('\n')).filter((line) => line.trim() !== '');
}
