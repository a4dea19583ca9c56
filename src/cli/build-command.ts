import { createFindingTally, tallyFinding } from '../check/finding-tally.js';
import { streamCheck } from '../commands/run-check.js';
import { runMerge } from '../commands/run-merge.js';
import { runPdf } from '../commands/run-pdf.js';
import type { Command } from './command-options.js';
import { printPdf, printProgress } from './pdf-command.js';

/** `handbook-l10n build`: merge, check (report only) and pdf for every language. */
export const buildCommand: Command = async (options) => {
  const lang = options.lang ? { lang: options.lang } : {};
  const merged = await runMerge(options.root, lang);
  const written = merged.reduce((n, m) => n + m.written.length, 0);
  process.stdout.write(`build: merge ${merged.map((m) => `${m.lang} ${m.translated}/${m.translated + m.fallback + m.rejected.length}`).join(', ')}; ${written ? `wrote ${written} files` : 'no Markdown changed'}\n`);
  const tally = createFindingTally();
  const { languages } = await streamCheck(options.root, lang, (findings) => {
    for (const finding of findings) tallyFinding(tally, finding);
  });
  for (const [code, summary] of Object.entries(languages)) {
    const errors = tally.languages.get(code)?.error ?? 0;
    process.stdout.write(`build: check ${code}: ${summary.translated}/${summary.units} translated, ${summary.outdated} outdated, ${summary.rejected} rejected, ${errors} errors (report only)\n`);
  }
  return printPdf(await runPdf(options.root, { ...lang, force: options.force, onProgress: printProgress }));
};
