/**
 * Read the named destinations of a PDF (the targets of `#id` links Chromium wrote).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { getPageIndex } from './get-page-index.js';

/**
 * Map every named destination to its 1-based page number.
 *
 * Invariant: reads both the PDF 1.1 `/Dests` dictionary of the catalog (what Chromium writes)
 * and the `/Names /Dests` name tree; names that do not resolve to a page are skipped.
 *
 * @param pdf The loaded document.
 * @returns Destination name (the HTML id) → page number.
 */
export function readNamedDestinations(pdf: PDFDocument): Map<string, number> {
  const pages = new Map<string, number>();
  const add = (name: string, destination: unknown): void => {
    const page = getPageIndex(pdf, destination);
    if (page !== undefined) pages.set(name, page);
  };
  const dests = pdf.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) add(key.decodeText(), value);
  }
  const names = pdf.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const walk = (node: unknown, depth: number): void => {
    if (!(node instanceof PDFDict) || depth > 32) return;
    const leaf = node.lookup(PDFName.of('Names'));
    if (leaf instanceof PDFArray) {
      for (let i = 0; i + 1 < leaf.size(); i += 2) {
        const key = leaf.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), leaf.get(i + 1));
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i += 1) walk(kids.lookup(i), depth + 1);
  };
  walk(tree, 0);
  return pages;
}
