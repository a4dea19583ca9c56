/**
 * Render one prepared language to a checked PDF under the output folder.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import type { FontConfig } from '../fonts/index.js';
import { applyPdfMetadata } from './apply-pdf-metadata.js';
import type { BookResult, RenderProgress } from './book-input.js';
import { buildBookHtml } from './build-book-html.js';
import { checkPdfFonts } from './check-pdf-fonts.js';
import { createRequestGate } from './create-request-gate.js';
import type { PreparedLanguage } from './prepare-language.js';
import { readNamedDestinations } from './read-named-destinations.js';
import { readPdfFonts } from './read-pdf-fonts.js';
import { renderPdfPass } from './render-pdf-pass.js';
import { setOutlineTitles } from './set-outline-titles.js';
import { writePdfFile } from './write-pdf-file.js';

/** What `renderBook` shares across languages. */
export interface RenderContext {
  /** Project folder (font packages are resolved from here first). */
  root: string;
  /** Output folder; the only place written to. */
  outDir: string;
  /** Book name for the file name. */
  book: string;
  /** Font configuration. */
  fontConfig: FontConfig;
  /** File contents cache shared by all pages. */
  fileCache: Map<string, Buffer>;
  /** Progress callback. */
  onProgress: (event: RenderProgress) => void;
}

/** At most this many passes are made until the contents page numbers stop changing. */
const maxPasses = 3;

/**
 * Render a prepared language (twice, for the contents page numbers), verify and write it.
 *
 * Invariant: the page runs no JavaScript and loads only through the request gate; the
 * written PDF has `/Lang` = `htmlLang`, `/Title` = the translated title, bookmarks titled
 * with the exact heading texts, contents page numbers equal to the real pages of the
 * headings (read back from the named destinations of the previous pass), and fonts that
 * passed `checkPdfFonts`; the page is closed in every case.
 *
 * @param browser A browser from `launchBrowser`; not closed here.
 * @param language The language from `prepareLanguage`.
 * @param context Shared settings and caches.
 * @returns The result for this language; `timings.totalMs` includes the preparation.
 */
export async function renderBook(browser: Browser, language: PreparedLanguage, context: RenderContext): Promise<BookResult> {
  const started = performance.now();
  const { input, metadata, book, stack } = language;
  const lang = input.lang;
  const gate = createRequestGate(language.files, language.fontFamily, input.assetsDir, context.fileCache);
  const pdfMs: number[] = [];
  let pdf: PDFDocument | undefined;
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    // Interception keeps the memory cache on, so pass 2 reuses the fonts of pass 1.
    await page.setRequestInterception(true);
    page.on('request', (request) => void gate.handle(request));
    let pageNumbers: Map<string, number> | undefined;
    for (let pass = 1; pass <= maxPasses; pass += 1) {
      const html = buildBookHtml(book, metadata, {
        htmlLang: input.htmlLang,
        css: language.css,
        preloadFonts: language.preloadFonts,
        ...(pageNumbers ? { pageNumbers } : {}),
      });
      const result = await renderPdfPass(page, gate, html);
      pdfMs.push(result.pdfMs);
      context.onProgress({ type: 'pass', lang, pass, pdfMs: result.pdfMs });
      pdf = await PDFDocument.load(result.pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
      const destinations = readNamedDestinations(pdf);
      const actual = new Map(
        book.toc.flatMap((heading) => {
          const number = destinations.get(heading.id);
          return number === undefined ? [] : [[heading.id, number] as const];
        }),
      );
      if (pageNumbers !== undefined && sameNumbers(pageNumbers, actual)) break;
      pageNumbers = actual;
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  if (pdf === undefined) throw new Error(`Rendering ${lang} gave no PDF`);
  applyPdfMetadata(pdf, input.htmlLang, metadata.title);
  setOutlineTitles(
    pdf,
    book.headings.map((heading) => heading.text),
  );
  const fonts = readPdfFonts(pdf);
  const check = checkPdfFonts(lang, fonts, stack);
  if (!check.ok) throw new Error(`Font check failed for ${lang}:\n  ${check.problems.join('\n  ')}`);
  const file = await writePdfFile(context.outDir, context.book, lang, await pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY }));
  return {
    lang,
    file,
    pages: pdf.getPageCount(),
    fonts,
    blockedRequests: [...gate.blocked],
    timings: { pdfMs, totalMs: language.ms + performance.now() - started },
  };
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}
