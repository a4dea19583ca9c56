/**
 * Set the language and title of a rendered PDF.
 */
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Set the catalog `/Lang` and the document `/Title`.
 *
 * Invariant: `/Lang` equals `htmlLang` and `/Title` equals `title` afterwards, whatever
 * Chromium wrote; `DisplayDocTitle` makes viewers show the title; nothing else changes.
 *
 * @param pdf The loaded document (changed in place).
 * @param htmlLang BCP 47 language of the text.
 * @param title The translated book title.
 */
export function applyPdfMetadata(pdf: PDFDocument, htmlLang: string, title: string): void {
  const current = pdf.catalog.lookup(PDFName.of('Lang'));
  if (!(current instanceof PDFString) || current.decodeText() !== htmlLang) {
    pdf.catalog.set(PDFName.of('Lang'), PDFString.of(htmlLang));
  }
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setCreator('handbook-l10n');
}
