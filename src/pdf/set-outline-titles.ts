/**
 * Give the PDF bookmarks the exact heading texts.
 */
import { PDFDict, PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';

/**
 * Replace the bookmark titles, in reading order, with the given heading texts.
 *
 * Invariant: Chromium builds one bookmark per heading in document order, but sometimes
 * garbles a title (CJK text split over several unicode-range font files can come out
 * twice); when the bookmark count equals the heading count, every title is set to its
 * heading's text, otherwise the outline is left untouched.
 *
 * @param pdf The loaded document (changed in place).
 * @param titles Heading texts in document order.
 * @returns Whether the titles were applied.
 */
export function setOutlineTitles(pdf: PDFDocument, titles: readonly string[]): boolean {
  const nodes: PDFDict[] = [];
  const walk = (first: unknown): void => {
    let node = first;
    while (node instanceof PDFDict && !nodes.includes(node) && nodes.length <= titles.length) {
      nodes.push(node);
      walk(node.lookup(PDFName.of('First')));
      node = node.lookup(PDFName.of('Next'));
    }
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root.lookup(PDFName.of('First')));
  if (nodes.length !== titles.length || nodes.length === 0) return false;
  nodes.forEach((node, index) => node.set(PDFName.of('Title'), PDFHexString.fromText(titles[index] ?? '')));
  return true;
}
