/**
 * Read the outline (bookmarks) of a PDF.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { getPageIndex } from './get-page-index.js';

/** One bookmark. */
export interface OutlineEntry {
  /** Bookmark title. */
  title: string;
  /** Nesting depth, 0 for top-level entries. */
  depth: number;
  /** 1-based page the bookmark opens, if it resolves. */
  page: number | undefined;
}

/**
 * List the bookmarks of a PDF in reading order (depth first).
 *
 * Invariant: every entry reachable through `/First`/`/Next` is listed once; cycles and
 * absurd depths are cut off.
 *
 * @param pdf The loaded document.
 * @returns The bookmarks; empty when the PDF has none.
 */
export function readPdfOutline(pdf: PDFDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: unknown, depth: number): void => {
    let node = first;
    while (node instanceof PDFDict && !seen.has(node) && depth < 16) {
      seen.add(node);
      const title = node.lookup(PDFName.of('Title'));
      const destination = node.get(PDFName.of('Dest')) ?? node.lookup(PDFName.of('A'));
      entries.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        depth,
        page: getPageIndex(pdf, destination),
      });
      walk(node.lookup(PDFName.of('First')), depth + 1);
      node = node.lookup(PDFName.of('Next'));
    }
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')), 0);
  return entries;
}
