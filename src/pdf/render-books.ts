/**
 * Render the books of several languages with one browser.
 */
import { availableParallelism } from 'node:os';
import { readFontConfig } from '../fonts/index.js';
import type { BookInput, BookResult, RenderBooksOptions, RenderBooksResult } from './book-input.js';
import { launchBrowser } from './launch-browser.js';
import { prepareLanguage, type PreparedLanguage } from './prepare-language.js';
import { renderBook, type RenderContext } from './render-book.js';

/**
 * Render every language's book to `<outDir>/<book>-<lang>.pdf`.
 *
 * Invariant: one browser is launched for all languages and closed in `finally`, also on
 * failure; every language is prepared and glyph-checked while the browser starts, and a
 * failing check stops the run before anything is rendered; then up to `concurrency`
 * languages render at once in their own pages; results come back in input order; after a
 * failure no new language starts and the first error is thrown (a `GlyphMissingError` as
 * is, other errors wrapped with the language); the library never prints, progress goes to
 * `onProgress`.
 *
 * @param inputs One book per language.
 * @param options Project root, output folder, book name, progress callback, browser
 *   environment and concurrency; copied, never changed.
 * @returns Launch time and one result per language.
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
