/**
 * PDF stage: sanitized HTML per language, rendered with Chromium, checked and written.
 */
export { GlyphMissingError } from '../base/index.js';
export { getChapterId, getLinkTargets, parseBookMetadata, prepareBook, type BookInput, type BookMetadata, type PreparedBook } from './book.js';
export { launchBrowser, type LaunchOptions } from './browser.js';
export { markdownToHast, sanitizeSchema } from './chapter.js';
export { buildBookHtml, formatPageLabel, getBookCss, type BookCssOptions, type BookHtmlOptions } from './html.js';
export { getGlyphSegments, prepareLanguage, type PreparedLanguage } from './language.js';
export type { LinkTargets } from './links.js';
export { bookUrls, createRequestGate, embedSvgFonts, fontUrlOf, type RequestGate } from './origin.js';
export { applyPdfMetadata, readNamedDestinations, readPdfOutline, setOutlineTitles, writePdfFile, type OutlineEntry } from './pdf-document.js';
export { verifyPdfFonts, readPdfFonts, type PdfFont, type PdfFontCheck } from './pdf-fonts.js';
export {
  renderBook,
  renderBooks,
  type BookResult,
  type RenderBooksOptions,
  type RenderBooksResult,
  type RenderContext,
  type RenderProgress,
} from './render.js';
