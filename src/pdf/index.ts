/**
 * PDF stage: sanitized HTML per language, rendered with Chromium, checked and written.
 */
export type { BookInput, BookResult, RenderBooksOptions, RenderBooksResult, RenderProgress } from './book-input.js';
export { renderBooks } from './render-books.js';
export { renderBook, type RenderContext } from './render-book.js';
export { prepareLanguage, type PreparedLanguage } from './prepare-language.js';
export { fontUrlOf } from './font-url-of.js';
export { bookUrls } from './book-urls.js';
export { embedSvgFonts } from './embed-svg-fonts.js';
export { launchBrowser, type LaunchOptions } from './launch-browser.js';
export { parseBookMetadata, type BookMetadata } from './parse-book-metadata.js';
export { prepareBook, type PreparedBook } from './prepare-book.js';
export { markdownToHast } from './markdown-to-hast.js';
export { sanitizeSchema } from './sanitize-schema.js';
export { buildBookHtml, type BookHtmlOptions } from './build-book-html.js';
export { getBookCss, type BookCssOptions } from './get-book-css.js';
export { formatPageLabel } from './format-page-label.js';
export { getChapterId } from './get-chapter-id.js';
export { getLinkTargets, type LinkTargets } from './get-link-targets.js';
export { getGlyphSegments } from './get-glyph-segments.js';
export { GlyphMissingError } from '../base/index.js';
export { readPdfFonts, type PdfFont } from './read-pdf-fonts.js';
export { checkPdfFonts, type PdfFontCheck } from './check-pdf-fonts.js';
export { readPdfOutline, type OutlineEntry } from './read-pdf-outline.js';
export { readNamedDestinations } from './read-named-destinations.js';
export { applyPdfMetadata } from './apply-pdf-metadata.js';
export { writePdfFile } from './write-pdf-file.js';
export { createRequestGate, type RequestGate } from './create-request-gate.js';
export { setOutlineTitles } from './set-outline-titles.js';
