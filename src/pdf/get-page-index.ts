/**
 * Find the page a PDF destination points at.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';

/**
 * Resolve an explicit destination (`[pageRef /XYZ …]`) or a dictionary holding one in `/D`
 * to a 1-based page number.
 *
 * Invariant: returns undefined for anything that is not a destination to a page of `pdf`.
 *
 * @param pdf The loaded document.
 * @param destination The destination object, possibly an indirect reference.
 * @returns The 1-based page number, or undefined.
 */
export function getPageIndex(pdf: PDFDocument, destination: unknown): number | undefined {
  let value = destination instanceof PDFRef ? pdf.context.lookup(destination) : destination;
  if (value instanceof PDFDict) value = value.lookup(PDFName.of('D'));
  if (!(value instanceof PDFArray)) return undefined;
  const target = value.get(0);
  if (!(target instanceof PDFRef)) return undefined;
  const index = pdf.getPages().findIndex((page) => page.ref === target || page.ref.toString() === target.toString());
  return index === -1 ? undefined : index + 1;
}
