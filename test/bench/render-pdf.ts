/**
 * Child process of the bench: render a workload's PDFs with the compiled PDF stage and print
 * its timings as one JSON line. Run as `node --import tsx test/bench/render-pdf.ts ROOT`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What this script prints. */
export interface PdfTimings {
  /** Whether the PDF stage exists in `build/lib`. */
  available: boolean;
  /** Why not, when it is not available or failed. */
  reason?: string;
  /** Milliseconds to launch Chromium. */
  launchMs: number;
  /** Every `page.pdf` call, over all languages. */
  pdfMs: number[];
  /** Launch plus rendering of every language (until the last book is done), in milliseconds. */
  totalMs: number;
  /** Languages rendered and their page counts. */
  books: Array<{ lang: string; pages: number; totalMs: number }>;
}

/** The compiled `runPdf` this script drives (typed by hand, so the bench builds without it). */
type RunPdf = (
  root: string,
  options: { force?: boolean; onProgress?: (event: { type: string }) => void },
) => Promise<{ launchMs: number; books: Array<{ lang: string; pages: number; timings: { pdfMs: number[]; totalMs: number } }> }>;

const [root, repo = process.cwd()] = process.argv.slice(2);
const module = join(repo, 'build', 'lib', 'commands', 'run-pdf.js');
const empty: PdfTimings = { available: false, launchMs: 0, pdfMs: [], totalMs: 0, books: [] };
if (root === undefined) throw new Error('usage: render-pdf.ts ROOT [REPO]');
if (!existsSync(module)) {
  process.stdout.write(`${JSON.stringify({ ...empty, reason: 'build/lib/commands/run-pdf.js does not exist' })}\n`);
} else {
  const { runPdf } = (await import(pathToFileURL(module).href)) as { runPdf: RunPdf };
  let launchedAt = 0;
  let lastDone = 0;
  try {
    const result = await runPdf(root, {
      force: true,
      onProgress: (event) => {
        if (event.type === 'launch') launchedAt = performance.now();
        if (event.type === 'done') lastDone = performance.now();
      },
    });
    const timings: PdfTimings = {
      available: true,
      launchMs: result.launchMs,
      pdfMs: result.books.flatMap((book) => book.timings.pdfMs),
      totalMs: result.launchMs + (lastDone - launchedAt),
      books: result.books.map((book) => ({ lang: book.lang, pages: book.pages, totalMs: book.timings.totalMs })),
    };
    process.stdout.write(`${JSON.stringify(timings)}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ ...empty, available: true, reason: `failed: ${(error as Error).message.split('\n')[0]}` })}\n`);
  }
}
