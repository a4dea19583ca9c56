import { runPdf, type PdfResult } from '../commands/run-pdf.js';
import type { RenderProgress } from '../pdf/book-input.js';
import type { Command } from './command-options.js';

/**
 * Print rendering progress for people, one line per step and language.
 * @param event A progress event of the PDF stage.
 */
export function printProgress(event: RenderProgress): void {
  if (event.type === 'launch') process.stdout.write(`pdf: browser started in ${(event.ms / 1000).toFixed(1)} s\n`);
  else if (event.type === 'start') process.stdout.write(`pdf ${event.lang}: rendering…\n`);
  else if (event.type === 'done') process.stdout.write(`pdf ${event.lang}: ${event.file} (${event.pages} pages, ${(event.totalMs / 1000).toFixed(1)} s)\n`);
}

/**
 * Print what the PDF stage skipped and stopped.
 * @param result The PDF stage's result.
 * @returns Exit code: 1 when a language was stopped.
 */
export function printPdf(result: PdfResult): number {
  for (const lang of result.upToDate) process.stdout.write(`pdf ${lang}: up to date, not rendered\n`);
  if (result.books.length === 0 && result.stopped.length === 0) process.stdout.write('pdf: nothing changed; no PDF rendered\n');
  for (const { lang, findings } of result.stopped) {
    process.stderr.write(`pdf ${lang}: stopped, ${findings.length} character(s) no font of the ${lang} stack covers:\n`);
    for (const finding of findings.slice(0, 20)) process.stderr.write(`  ${finding.file}:${finding.line} ${finding.key ?? ''}: ${finding.message}\n`);
  }
  return result.stopped.length > 0 ? 1 : 0;
}

/** `handbook-l10n pdf`: renders the PDFs that are out of date. */
export const pdfCommand: Command = async (options) =>
  printPdf(await runPdf(options.root, { ...(options.lang ? { lang: options.lang } : {}), force: options.force, onProgress: printProgress }));
