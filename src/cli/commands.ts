import { runExtract } from '../commands/run-extract.js';
import { runMerge } from '../commands/run-merge.js';
import { runCheck } from '../commands/run-check.js';
import { formatReport } from './format-report.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { isGateFailed } from '../check/is-gate-failed.js';
import { resolve } from 'node:path';
import { runStatus } from '../commands/run-status.js';
import { runAccept } from '../commands/run-accept.js';
import { runPdf, type PdfResult } from '../commands/run-pdf.js';
import type { RenderProgress } from '../pdf/book-input.js';
import { formatStatusText } from '../weblate/format-status-text.js';
import { formatStatusMarkdown } from '../weblate/format-status-markdown.js';
import { formatStatusJson } from '../weblate/format-status-json.js';
import { writeTranslationMemory } from '../weblate/write-translation-memory.js';
import { UsageError } from './usage-error.js';

/** Parsed options every command receives. */
export interface CommandOptions {
  /** Project root (`--root`). */
  root: string;
  /** Languages (`--lang a,b`). */
  lang?: string[];
  /** Report format (`--format`, check and status). */
  format?: string;
  /** Report file (`--output`, check). */
  output?: string;
  /** Rebuild even when nothing changed (`--force`, build and pdf). */
  force: boolean;
  /** Unit keys (`--key a,b`, accept). */
  key?: string[];
}

/** A command: prints for people and returns the exit code. */
export type Command = (options: CommandOptions) => Promise<number>;

/** The usage text. */
export const HELP = `Usage: handbook-l10n <command> [options]

Commands:
  extract   read handbook/, write locales/en/*.json and the staleness records
  merge     write build/md/<lang>/… (translated Markdown)
  pdf       write build/pdf/<book>-<lang>.pdf
  check     report missing, outdated and broken translations; exit 1 when a gate fails
  status    print progress per language and file; write build/status/<lang>.svg
  accept    --lang L [--key K,…]: accept outdated translations a reviewer approved unchanged
  tmx       export current and archived translations as build/tmx/<lang>.tmx
  build     merge, check (report only) and pdf for every language

Options:
  --root DIR        project folder (default: the current folder)
  --lang L[,L…]     limit to these languages (e.g. zh-Hant)
  --format F        check: text|json|junit|codequality|github; status: text|markdown|json
  --output FILE     check: write the report to FILE
  --force           build, pdf: render even when nothing changed
  -h, --help        show this help
  -v, --version     show the version
`;

function printProgress(event: RenderProgress): void {
  if (event.type === 'launch') process.stdout.write(`pdf: browser started in ${(event.ms / 1000).toFixed(1)} s\n`);
  else if (event.type === 'start') process.stdout.write(`pdf ${event.lang}: rendering…\n`);
  else if (event.type === 'done') process.stdout.write(`pdf ${event.lang}: ${event.file} (${event.pages} pages, ${(event.totalMs / 1000).toFixed(1)} s)\n`);
}

function printPdf(result: PdfResult): number {
  for (const lang of result.upToDate) process.stdout.write(`pdf ${lang}: up to date, not rendered\n`);
  if (result.books.length === 0 && result.stopped.length === 0) process.stdout.write('pdf: nothing changed; no PDF rendered\n');
  for (const { lang, findings } of result.stopped) {
    process.stderr.write(`pdf ${lang}: stopped, ${findings.length} character(s) no font of the ${lang} stack covers:\n`);
    for (const finding of findings.slice(0, 20)) process.stderr.write(`  ${finding.file}:${finding.line} ${finding.key ?? ''}: ${finding.message}\n`);
  }
  return result.stopped.length > 0 ? 1 : 0;
}

/** The commands by name. */
export const COMMANDS: Record<string, Command> = {
  extract: async (options) => {
    const result = await runExtract(options.root, options.lang ? { lang: options.lang } : {});
    process.stdout.write(
      `extract: ${result.files} files, ${result.units} units (${result.added} new, ${result.changed} changed, ${result.removed} removed)` +
        `${result.archived ? `, ${result.archived} translations archived` : ''}; ` +
        `${result.written.length ? `wrote ${result.written.length} files` : 'nothing to write'}\n`,
    );
    return 0;
  },
  merge: async (options) => {
    const results = await runMerge(options.root, {
      ...(options.lang ? { lang: options.lang } : {}),
      onProgress: (merge) => {
        const total = merge.translated + merge.fallback + merge.rejected.length;
        process.stdout.write(
          `merge ${merge.lang}: ${merge.translated}/${total} units translated, ${merge.fallback} fallback, ${merge.rejected.length} rejected; ` +
            `${merge.written.length ? `wrote ${merge.written.length} files` : 'nothing to write'}\n`,
        );
        for (const problem of merge.problems) process.stderr.write(`  ${problem.file}:${problem.line}: ${problem.message}\n`);
        for (const rejected of merge.rejected) process.stderr.write(`  rejected ${rejected.file}:${rejected.line} ${rejected.key}: ${rejected.message}\n`);
      },
    });
    return results.length === 0 ? (process.stdout.write('merge: no languages (add folders under locales/)\n'), 0) : 0;
  },
  pdf: async (options) => printPdf(await runPdf(options.root, { ...(options.lang ? { lang: options.lang } : {}), force: options.force, onProgress: printProgress })),
  check: async (options) => {
    const format = options.format ?? 'text';
    const { report } = await runCheck(options.root, options.lang ? { lang: options.lang } : {});
    const text = formatReport(report, format, { color: !options.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
    if (options.output) {
      await writeFileAtomic(resolve(options.output), text);
      process.stderr.write(`check: report written to ${options.output}\n`);
    } else process.stdout.write(text);
    return isGateFailed(report) ? 1 : 0;
  },
  status: async (options) => {
    const format = options.format ?? 'text';
    const formatters: Record<string, () => string> = {};
    const statuses = await runStatus(options.root, options.lang ? { lang: options.lang } : {});
    formatters.text = () => formatStatusText(statuses, { color: process.stdout.isTTY === true && !process.env.NO_COLOR });
    formatters.markdown = () => formatStatusMarkdown(statuses);
    formatters.json = () => formatStatusJson(statuses);
    const formatter = formatters[format];
    if (!formatter) throw new UsageError(`--format: unknown status format "${format}"; expected text, markdown or json`);
    process.stdout.write(formatter());
    return 0;
  },
  accept: async (options) => {
    const accepted = await runAccept(options.root, { ...(options.lang ? { lang: options.lang } : {}), ...(options.key ? { key: options.key } : {}) });
    for (const [lang, entries] of Object.entries(accepted)) {
      process.stdout.write(`accept ${lang}: ${entries.length} outdated translation(s) accepted as current\n`);
      for (const entry of entries) process.stdout.write(`  ${entry}\n`);
    }
    return 0;
  },
  tmx: async (options) => {
    const results = await writeTranslationMemory(options.root, options.lang);
    for (const result of results) {
      process.stdout.write(`tmx ${result.lang}: ${result.current} current and ${result.archived} archived pairs → ${result.file}${result.written ? '' : ' (unchanged)'}\n`);
    }
    return 0;
  },
  build: async (options) => {
    const lang = options.lang ? { lang: options.lang } : {};
    const merged = await runMerge(options.root, lang);
    const written = merged.reduce((n, m) => n + m.written.length, 0);
    process.stdout.write(`build: merge ${merged.map((m) => `${m.lang} ${m.translated}/${m.translated + m.fallback + m.rejected.length}`).join(', ')}; ${written ? `wrote ${written} files` : 'no Markdown changed'}\n`);
    const { report } = await runCheck(options.root, lang);
    for (const [code, summary] of Object.entries(report.languages)) {
      const errors = report.findings.filter((f) => f.lang === code && f.severity === 'error').length;
      process.stdout.write(`build: check ${code}: ${summary.translated}/${summary.units} translated, ${summary.outdated} outdated, ${summary.rejected} rejected, ${errors} errors (report only)\n`);
    }
    return printPdf(await runPdf(options.root, { ...lang, force: options.force, onProgress: printProgress }));
  },
};
