/**
 * Render the books of several languages with one browser: each language is prepared and
 * glyph-checked, printed until its contents page numbers settle, fixed up, font-checked and
 * written to `<outDir>/<book>-<lang>.pdf`.
 */
import { availableParallelism } from 'node:os';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import { readFontConfig, type FontConfig } from '../fonts/index.js';
import type { BookInput } from './book.js';
import { launchBrowser, renderPdfPass } from './browser.js';
import { buildBookHtml } from './html.js';
import { prepareLanguage, type PreparedLanguage } from './language.js';
import { createRequestGate } from './origin.js';
import { applyPdfMetadata, readNamedDestinations, setOutlineTitles, writePdfFile } from './pdf-document.js';
import { verifyPdfFonts, readPdfFonts, type PdfFont } from './pdf-fonts.js';

/** Options of `renderBooks`. */
export interface RenderBooksOptions {
  /** Project folder; `fonts/fonts.json` is read from here when present. */
  root: string;
  /** Output folder (normally `<root>/build/pdf`); nothing is written anywhere else. */
  outDir: string;
  /** Book name, the first part of `<book>-<lang>.pdf`. */
  book: string;
  /** Called with progress events; the library itself never prints. Default: none. */
  onProgress?: (event: RenderProgress) => void;
  /** Extra environment for Chromium, e.g. `FONTCONFIG_FILE`. Default: the process environment. */
  env?: Record<string, string>;
  /** Languages rendered at the same time, each in its own page. Default: 2 (1 on a one-core machine). */
  concurrency?: number;
}

/** A progress event of `renderBooks`. */
export type RenderProgress =
  | { type: 'launch'; ms: number }
  | { type: 'start'; lang: string }
  | { type: 'pass'; lang: string; pass: number; pdfMs: number }
  | { type: 'done'; lang: string; file: string; pages: number; totalMs: number };

/** What rendering one language gave. */
export interface BookResult {
  /** The language. */
  lang: string;
  /** Absolute path of the written PDF. */
  file: string;
  /** Number of pages. */
  pages: number;
  /** Fonts embedded in the PDF. */
  fonts: PdfFont[];
  /** Requests the page tried that the allowlist refused. */
  blockedRequests: string[];
  /** `pdfMs`: the time of each `page.pdf` call; `totalMs`: the whole language. */
  timings: { pdfMs: number[]; totalMs: number };
}

/** What `renderBooks` gives back. */
export interface RenderBooksResult {
  /** Milliseconds spent launching Chromium. */
  launchMs: number;
  /** One result per input, in input order. */
  books: BookResult[];
}

/** What `renderBook` shares across the languages of one run. */
export interface RenderContext {
  /** Project folder (font packages are resolved from here first). */
  root: string;
  /** Output folder; the only place written to. */
  outDir: string;
  /** Book name for the file name. */
  book: string;
  /** Font configuration. */
  fontConfig: FontConfig;
  /** File contents read by the request gates, created once per run and shared by all pages. */
  fileCache: Map<string, Buffer>;
  /** Progress callback. */
  onProgress: (event: RenderProgress) => void;
}

/**
 * Render every language's book to `<outDir>/<book>-<lang>.pdf`. One browser serves all
 * languages and is closed in `finally`, also on failure. Every language is prepared and
 * glyph-checked first, so a failing check stops the run before anything is rendered; then up
 * to `concurrency` languages render at once, each in its own page. Results come back in input
 * order; after a failure no new language starts and the first error is thrown (a
 * `GlyphMissingError` as is, other errors wrapped with the language). Progress goes to
 * `onProgress`; the library never prints.
 *
 * @param options Copied, never changed.
 */
export async function renderBooks(inputs: readonly BookInput[], options: RenderBooksOptions): Promise<RenderBooksResult> {
  const onProgress = options.onProgress ?? ((): void => undefined);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? Math.min(2, availableParallelism()), inputs.length));
  const fontConfig = readFontConfig(options.root);
  const launchStarted = performance.now();
  let launchMs = 0;
  const launching = launchBrowser(options.env === undefined ? undefined : { env: options.env }).then((browser) => {
    launchMs = performance.now() - launchStarted;
    return browser;
  });
  const prepared: PreparedLanguage[] = [];
  try {
    for (const input of inputs) prepared.push(await prepareLanguage(input, options.book, fontConfig, options.root));
  } catch (error) {
    await launching.then((browser) => browser.close()).catch(() => undefined);
    throw wrap(inputs[prepared.length]?.lang ?? '', error);
  }
  const browser = await launching;
  onProgress({ type: 'launch', ms: launchMs });
  const context: RenderContext = { root: options.root, outDir: options.outDir, book: options.book, fontConfig, fileCache: new Map(), onProgress };
  const books: Array<BookResult | undefined> = inputs.map(() => undefined);
  let failure: { error: unknown } | undefined;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < prepared.length) {
      const index = next;
      next += 1;
      const language = prepared[index];
      if (language === undefined) continue;
      onProgress({ type: 'start', lang: language.input.lang });
      try {
        const result = await renderBook(browser, language, context);
        books[index] = result;
        onProgress({ type: 'done', lang: result.lang, file: result.file, pages: result.pages, totalMs: result.timings.totalMs });
      } catch (error) {
        failure ??= { error: wrap(language.input.lang, error) };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await browser.close().catch(() => undefined);
  }
  if (failure !== undefined) throw failure.error;
  return { launchMs, books: books.filter((book): book is BookResult => book !== undefined) };
}

function wrap(lang: string, error: unknown): unknown {
  if (error instanceof Error && error.name === 'GlyphMissingError') return error;
  return new Error(`Cannot render ${lang}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** At most this many passes are made until the contents page numbers stop changing. */
const maxPasses = 3;

/**
 * Render a prepared language, verify it and write it. The first pass prints placeholder page
 * numbers in the contents; each later pass prints the real pages of the headings, read back
 * from the previous pass's named destinations, until they stop changing. The written PDF has
 * `/Lang` = `htmlLang`, `/Title` = the translated title, bookmarks titled with the exact
 * heading texts, and fonts that passed `verifyPdfFonts`; the page is closed in every case.
 *
 * @param browser A browser from `launchBrowser`; not closed here.
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
  const check = verifyPdfFonts(lang, fonts, stack);
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
