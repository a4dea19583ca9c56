import { getPercent } from './get-percent.js';
import type { LanguageStatus } from './language-status.js';

/** Options of `formatStatusMarkdown`. */
export interface StatusMarkdownOptions {
  /** Level of the heading above each language's table (1–6). Default `3`. */
  headingLevel?: number;
}

/**
 * Format translation progress as Markdown for a README or a merge-request comment: a summary
 * table of the languages, then one table per language with a row per locale file and a total.
 * Invariant: pure; table cells escape `|` and backslashes, so a file name cannot break a table.
 * @param statuses One status per language, in the order to show.
 * @param options See `StatusMarkdownOptions`.
 * @returns The Markdown text, ending with a newline.
 */
export function formatStatusMarkdown(statuses: readonly LanguageStatus[], options?: StatusMarkdownOptions | undefined): string {
  const level = Math.min(6, Math.max(1, Math.trunc(options?.headingLevel ?? 3)));
  const hashes = '#'.repeat(level);
  if (statuses.length === 0) return '_No target languages._\n';
  const blocks = [
    [
      '| Language | Translated | Units | Missing | Outdated | Rejected |',
      '| --- | --: | --: | --: | --: | --: |',
      ...statuses.map((s) => `| ${cell(s.lang)} | ${formatPercent(s.percent)} | ${s.units} | ${s.missing} | ${s.outdated} | ${s.rejected} |`),
    ].join('\n'),
  ];
  for (const status of statuses) {
    const rows = status.files.map(
      (row) =>
        `| ${code(row.file)} | ${formatPercent(getPercent(row.translated, row.units))} | ${row.units} | ${row.missing} | ${row.outdated} | ${row.rejected} |`,
    );
    blocks.push(
      [
        `${hashes} ${cell(status.lang)}: ${formatPercent(status.percent)} translated`,
        '',
        '| File | Translated | Units | Missing | Outdated | Rejected |',
        '| --- | --: | --: | --: | --: | --: |',
        ...rows,
        `| **Total** | **${formatPercent(status.percent)}** | **${status.units}** | **${status.missing}** | **${status.outdated}** | **${status.rejected}** |`,
      ].join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

function cell(text: string): string {
  return text.replace(/[\\|]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ');
}

function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
