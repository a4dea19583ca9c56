/**
 * Render one language's book to a checked PDF under the output folder.
 */
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import type { Finding } from '../check/finding.js';
import type { FontConfig } from '../fonts/font-config-schema.js';
import { findMissingGlyphs } from '../fonts/find-missing-glyphs.js';
import { formatFontFaceCss } from '../fonts/format-font-face-css.js';
import { formatFontFamily } from '../fonts/format-font-family.js';
import { getFontStack } from '../fonts/get-font-stack.js';
import { listStackFontFiles } from '../fonts/list-stack-font-files.js';
import { readFontCoverage } from '../fonts/read-font-coverage.js';
import { applyPdfMetadata } from './apply-pdf-metadata.js';
import type { BookInput, BookResult, RenderProgress } from './book-input.js';
import { buildBookHtml } from './build-book-html.js';
import { checkPdfFonts } from './check-pdf-fonts.js';
import { createRequestGate } from './create-request-gate.js';
import { getBookCss } from './get-book-css.js';
import { getGlyphSegments } from './get-glyph-segments.js';
import { GlyphMissingError } from './glyph-missing-error.js';
import { parseBookMetadata } from './parse-book-metadata.js';
import { prepareBook } from './prepare-book.js';
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
 * Check, lay out, render (twice for the contents page numbers), verify and write one book.
 *
 * Invariant: nothing is rendered when a drawn character has no glyph in the language's
 * stack (a `GlyphMissingError` lists them); the written PDF has `/Lang` = `htmlLang`,
 * `/Title` = the translated title, bookmarks titled with the exact heading texts, contents
 * page numbers equal to the real pages of the
 * headings, and fonts that passed `checkPdfFonts`; the page is closed in every case.
 *
 * @param browser A browser from `launchBrowser`; not closed here.
 * @param input The language's book.
 * @param context Shared settings and caches.
 * @returns The result for this language.
 */
export async function renderBook(browser: Browser, input: BookInput, context: RenderContext): Promise<BookResult> {
  const started = performance.now();
  const lang = input.lang;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(input.htmlLang)) {
    throw new Error(`Invalid htmlLang \`${input.htmlLang}\` for ${lang}: expected a BCP 47 tag`);
  }
  const metadata = parseBookMetadata(input.metadata, context.book);
  const book = prepareBook(input.chapters, metadata);
  const stack = getFontStack(lang, context.fontConfig);
  const files = listStackFontFiles(stack, [context.root]);
  const coverage = await readFontCoverage(files);
  const segments = getGlyphSegments(book, metadata, (path) => `build/md/${lang}/${path}`);
  const findings = dedupe(findMissingGlyphs(lang, segments, coverage));
  if (findings.length > 0) throw new GlyphMissingError(lang, findings);

  const fontFamily = formatFontFamily(stack);
  const gate = createRequestGate(files, fontFamily, input.assetsDir, context.fileCache);
  const css = getBookCss({
    fontFaceCss: formatFontFaceCss(files, gate.fontUrlOf),
    fontFamily,
    cjk: stack.cjk,
    pageLabel: metadata.ui.page,
    runningTitle: metadata.title,
  });
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
      const html = buildBookHtml(book, metadata, { htmlLang: input.htmlLang, css, ...(pageNumbers ? { pageNumbers } : {}) });
      const result = await renderPdfPass(page, gate, html);
      pdfMs.push(result.pdfMs);
      context.onProgress({ type: 'pass', lang, pass, pdfMs: result.pdfMs });
      pdf = await PDFDocument.load(result.pdf, { updateMetadata: false });
      const destinations = readNamedDestinations(pdf);
      const actual = new Map(book.toc.flatMap((heading) => {
        const number = destinations.get(heading.id);
        return number === undefined ? [] : [[heading.id, number] as const];
      }));
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
  const file = await writePdfFile(context.outDir, context.book, lang, await pdf.save());
  return {
    lang,
    file,
    pages: pdf.getPageCount(),
    fonts,
    blockedRequests: [...gate.blocked],
    timings: { pdfMs, totalMs: performance.now() - started },
  };
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.file}:${finding.line}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
