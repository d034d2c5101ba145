import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TCreatedPdf } from 'pdfmake';
import type { DynamicContent, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/** The part of pdfmake 0.3's server build used here; its in-memory file system is not in @types. */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (filePath: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): TCreatedPdf;
}

const fontFiles = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' } as const;

let loaded: PdfMake | undefined;

/**
 * pdfmake with the Roboto fonts, once per process: loading pdfmake and its fonts costs more than
 * a packet. pdfmake is loaded at run time from node_modules (never bundled: pdfkit reads its
 * metric files relative to its own folder), and only when the first PDF is made. The fonts are
 * read into pdfmake's in-memory file system, so no later PDF touches the disk for them; a PDF
 * may not fetch URLs at all, nor read a local file other than these fonts.
 */
function pdfMake(): PdfMake {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pdfmake = require('pdfmake') as PdfMake;
  const fontFolder = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const fontPaths = new Set(Object.values(fontFiles).map((file) => path.join(fontFolder, file)));
  for (const file of Object.values(fontFiles)) pdfmake.virtualfs.writeFileSync(file, fs.readFileSync(path.join(fontFolder, file)));
  pdfmake.setFonts({ Roboto: { ...fontFiles } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((filePath) => fontPaths.has(path.resolve(filePath)));
  loaded = pdfmake;
  return pdfmake;
}

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
}

/** Renders a document; rejects when pdfmake cannot (a photo it cannot read, for one). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<RenderedPdf> {
  let pageCount = 0;
  const footer = definition.footer;
  // pdfmake tells the footer the page count: the one place it is known without parsing the PDF.
  const countingFooter: DynamicContent = (currentPage, pages, pageSize) => {
    pageCount = pages;
    if (typeof footer === 'function') return footer(currentPage, pages, pageSize);
    return footer ?? null;
  };
  const pdf = await pdfMake()
    .createPdf({ ...definition, footer: countingFooter })
    .getBuffer();
  return { pdf, pageCount };
}
