/**
 * Load a document into a page and print it once.
 */
import type { Page } from 'puppeteer';
import { bookUrls } from './book-urls.js';
import type { RequestGate } from './create-request-gate.js';

/**
 * Navigate the page to the book and print it to PDF.
 *
 * Invariant: the page loads only through the gate (the caller set up interception and turned
 * JavaScript off); printing starts only once every webfont the layout asked for has loaded
 * (checked through DevTools, which works with page scripts off), so no glyph is printed
 * invisible or with a fallback face; the PDF is A4 with
 * backgrounds, bookmarks and tags, and the `@page` size wins.
 *
 * @param page A page whose requests go to `gate.handle`.
 * @param gate The request allowlist; its document is replaced by `html`.
 * @param html The book document.
 * @returns The PDF bytes and how long `page.pdf` took.
 */
export async function renderPdfPass(page: Page, gate: RequestGate, html: string): Promise<{ pdf: Uint8Array; pdfMs: number }> {
  gate.document = html;
  const response = await page.goto(bookUrls.page, { waitUntil: 'load', timeout: 120_000 });
  if (response === null || !response.ok()) {
    throw new Error(`The book page did not load (status ${response?.status() ?? 'none'})`);
  }
  await waitForFonts(page);
  const started = performance.now();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    preferCSSPageSize: true,
    timeout: 120_000,
  });
  return { pdf, pdfMs: performance.now() - started };
}

/** Wait until `document.fonts` settles (at most 20 rounds, for loads that trigger loads). */
async function waitForFonts(page: Page): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const status = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.status;
    });
    if (status === 'loaded') return;
  }
  throw new Error('Webfonts did not finish loading');
}
