/**
 * `build`: every edition from one command: merge, check (report only) and the PDFs.
 */
import { runCheck } from './check.js';
import { pickLang, type Command } from './command.js';
import { runMerge } from './merge.js';
import { describeProgress, reportPdf, runPdf } from './pdf.js';

/** `handbook-l10n build`: merge, check (report only) and pdf for every language. */
export const command: Command = async (options, output) => {
  const lang = pickLang(options);
  const merged = await runMerge(options.root, lang);
  const written = merged.reduce((n, m) => n + m.written.length, 0);
  output.out(`build: merge ${merged.map((m) => `${m.lang} ${m.translated}/${m.translated + m.fallback + m.rejected.length}`).join(', ')}; ${written ? `wrote ${written} files` : 'no Markdown changed'}\n`);
  const { report } = await runCheck(options.root, lang);
  for (const [code, counts] of Object.entries(report.languages)) {
    const errors = report.findings.filter((finding) => finding.lang === code && finding.severity === 'error').length;
    output.out(`build: check ${code}: ${counts.translated}/${counts.units} translated, ${counts.outdated} outdated, ${counts.rejected} rejected, ${errors} errors (report only)\n`);
  }
  return reportPdf(await runPdf(options.root, { ...lang, force: options.force, onProgress: (event) => output.out(describeProgress(event)) }), output);
};
