import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * How pdftotext (poppler) lays the text out: `layout` as the page looks, rows of a table on one
 * line; `raw` in the order the PDF draws it, so a value wrapped inside its table cell stays in one
 * piece instead of interleaving with the cells beside it.
 */
export type PdfTextMode = 'layout' | 'raw';

/** One string per page. A PDF pdftotext cannot read makes it fail, so this also proves the file is valid. */
export function pdfPages(pdf: Buffer, mode: PdfTextMode = 'layout'): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole text in drawing order, runs of white space as one space: a value reads as it was typed. */
export function pdfText(pdf: Buffer): string {
  return flattened(pdfPages(pdf, 'raw').join('\n'));
}

export function flattened(text: string): string {
  return text.replace(/\s+/g, ' ');
}
