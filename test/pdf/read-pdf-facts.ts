/**
 * Read back what a rendered PDF says: text per page, metadata, outline, links, fonts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { readNamedDestinations, readPdfFonts, readPdfOutline, type OutlineEntry, type PdfFont } from '../../src/pdf/index.js';

/** Everything the tests assert on. */
export interface PdfFacts {
  /** Text of each page (pdftotext), index 0 is page 1. */
  pages: string[];
  /** Catalog `/Lang`. */
  lang: string | undefined;
  /** Info `/Title`. */
  title: string | undefined;
  /** Bookmarks. */
  outline: OutlineEntry[];
  /** Named destination → page. */
  destinations: Map<string, number>;
  /** Internal link annotations: the page they are on and the page they go to. */
  links: Array<{ from: number; to: number | undefined; name: string | undefined }>;
  /** Embedded fonts. */
  fonts: PdfFont[];
}

/**
 * Read the facts of a PDF file.
 *
 * @param file PDF path.
 * @returns The facts.
 */
export async function readPdfFacts(file: string): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const count = pdf.getPageCount();
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
  );
  const lang = pdf.catalog.lookup(PDFName.of('Lang'));
  const destinations = readNamedDestinations(pdf);
  const links: PdfFacts['links'] = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      let dest = annot.lookup(PDFName.of('Dest'));
      const action = annot.lookup(PDFName.of('A'));
      if (dest === undefined && action instanceof PDFDict && action.lookup(PDFName.of('S')) === PDFName.of('GoTo')) {
        dest = action.lookup(PDFName.of('D'));
      }
      const name =
        dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : dest instanceof PDFName ? dest.decodeText() : undefined;
      if (name !== undefined) links.push({ from: index + 1, to: destinations.get(name), name });
      else if (dest instanceof PDFArray) {
        const target = dest.get(0);
        const to = pdf.getPages().findIndex((p) => p.ref.toString() === target?.toString());
        links.push({ from: index + 1, to: to === -1 ? undefined : to + 1, name: undefined });
      }
    }
  });
  return {
    pages,
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
    title: pdf.getTitle(),
    outline: readPdfOutline(pdf),
    destinations,
    links,
    fonts: readPdfFonts(pdf),
  };
}

/**
 * The page numbers printed in the contents, by entry text, from the page text.
 *
 * @param pageText Text of the contents page(s).
 * @returns Entry text → printed number.
 */
export function readTocNumbers(pageText: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const line of pageText.split('\n')) {
    const match = /^\s*(.+?)[\s.·_]*\s(\d+)\s*$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) numbers.set(match[1].trim(), Number(match[2]));
  }
  return numbers;
}

/**
 * PostScript families of the embedded fonts (subset tag and style removed).
 *
 * @param fonts Fonts from `readPdfFonts`.
 * @returns Sorted distinct families.
 */
export function fontFamilies(fonts: readonly PdfFont[]): string[] {
  return [...new Set(fonts.map((font) => font.baseFont.replace(/^[A-Z]{6}\+/, '').split('-')[0] ?? ''))].sort();
}
