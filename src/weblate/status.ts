/**
 * Translation progress: the status of each language and its files, and the three ways it is
 * shown (text for a terminal, Markdown for a README or merge request, JSON for tools).
 */
import pc from 'picocolors';
import type { Counts } from '../base/index.js';

/** Progress of one locale file of one language. */
export type StatusRow = Counts & {
  /** Project-relative path of the English source file. */
  file: string;
};

/** Progress of one language: the totals of its files, and the files. */
export type LanguageStatus = Counts & {
  /** Folder code, e.g. `zh-Hant`. */
  lang: string;
  /** `translated / units * 100` with one decimal (see `getPercent`). */
  percent: number;
  /** One row per locale file, in book order. */
  files: StatusRow[];
};

/**
 * Compute a translation percentage with one decimal, as shown in status tables and badges.
 * Rounds down, so 100 is shown only when every unit is translated; a file or
 * language with no units counts as complete (100).
 * @param translated Translated units.
 * @param units All units.
 * @returns A number from 0 to 100 with at most one decimal.
 */
export function getPercent(translated: number, units: number): number {
  if (units <= 0) return 100;
  const tenths = Math.floor((Math.min(translated, units) * 1000) / units);
  return tenths / 10;
}

/** Options of `formatStatusText`. */
export interface StatusTextOptions {
  /** Colour the output with ANSI escapes (for a terminal). Default `false`. */
  color?: boolean;
  /** Width of the progress bar in characters. Default `20`. */
  barWidth?: number;
}

/**
 * Format translation progress for people at a terminal: one line per language (percentage, a
 * bar, units, missing, outdated, rejected), then a table of the files of each language.
 * Pure; columns are padded before colouring, so they line up with and without
 * colour, and with `color: false` the text holds no escape codes.
 * @param statuses One status per language, in the order to show.
 * @param options See `StatusTextOptions`.
 * @returns The text, ending with a newline.
 */
export function formatStatusText(statuses: readonly LanguageStatus[], options?: StatusTextOptions | undefined): string {
  const settings = { color: false, barWidth: 20, ...options };
  const c = pc.createColors(settings.color);
  if (statuses.length === 0) return 'No target languages: add a folder under locales/ or set `languages` in the config.\n';
  const tint = (percent: number, text: string): string => (percent >= 100 ? c.green(text) : percent >= 50 ? c.yellow(text) : c.red(text));
  const warn = (count: number, text: string, paint: (t: string) => string): string => (count > 0 ? paint(text) : text);
  const langWidth = Math.max('Language'.length, ...statuses.map((s) => s.lang.length));
  const lines = [
    c.bold(`${'Language'.padEnd(langWidth)}  ${'Done'.padStart(6)}  ${'Progress'.padEnd(settings.barWidth)}  ${numberHeads()}`),
  ];
  for (const status of statuses) {
    const percent = formatPercent(status.percent).padStart(6);
    lines.push(
      `${status.lang.padEnd(langWidth)}  ${tint(status.percent, percent)}  ${formatBar(status.percent, settings.barWidth, c.dim)}  ${formatNumbers(status, warn, c)}`,
    );
  }
  for (const status of statuses) {
    const fileWidth = Math.max('File'.length, ...status.files.map((row) => row.file.length));
    lines.push('', c.bold(`${status.lang}: ${formatPercent(status.percent)} translated`));
    if (status.files.length === 0) {
      lines.push('  no locale files');
      continue;
    }
    lines.push(c.dim(`  ${'File'.padEnd(fileWidth)}  ${'Done'.padStart(6)}  ${numberHeads()}`));
    for (const row of status.files) {
      const percent = getPercent(row.translated, row.units);
      lines.push(`  ${row.file.padEnd(fileWidth)}  ${tint(percent, formatPercent(percent).padStart(6))}  ${formatNumbers(row, warn, c)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The headings of the number columns, padded as `formatNumbers` pads the values. */
function numberHeads(): string {
  return `${'Units'.padStart(6)}  ${'Missing'.padStart(7)}  ${'Outdated'.padStart(8)}  ${'Rejected'.padStart(8)}`;
}

/** The number columns of a row, counts above zero painted as a warning. */
function formatNumbers(
  row: Pick<StatusRow, 'units' | 'missing' | 'outdated' | 'rejected'>,
  warn: (count: number, text: string, paint: (t: string) => string) => string,
  c: ReturnType<typeof pc.createColors>,
): string {
  return [
    String(row.units).padStart(6),
    warn(row.missing, String(row.missing).padStart(7), c.yellow),
    warn(row.outdated, String(row.outdated).padStart(8), c.yellow),
    warn(row.rejected, String(row.rejected).padStart(8), c.red),
  ].join('  ');
}

/** A progress bar `width` characters wide, the empty part dimmed. */
function formatBar(percent: number, width: number, dim: (text: string) => string): string {
  const filled = Math.min(width, Math.floor((percent / 100) * width));
  return `${'█'.repeat(filled)}${dim('░'.repeat(width - filled))}`;
}

/** A percentage as the tables show it: one decimal and `%`. */
function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** Options of `formatStatusMarkdown`. */
export interface StatusMarkdownOptions {
  /** Level of the heading above each language's table (1–6). Default `3`. */
  headingLevel?: number;
}

/**
 * Format translation progress as Markdown for a README or a merge-request comment: a summary
 * table of the languages, then one table per language with a row per locale file and a total.
 * Pure; table cells escape `|` and backslashes, so a file name cannot break a table.
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

/** Text for a Markdown table cell: `|` and `\\` escaped, line breaks made spaces. */
function cell(text: string): string {
  return text.replace(/[\\|]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ');
}

/** A file name as inline code in a table cell, with a fence longer than any backtick run inside. */
function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * Format translation progress as JSON for tools: `{ "languages": { "<lang>": { units, translated,
 * missing, outdated, rejected, percent, files: [...] } } }`, the same `languages` shape as
 * `check --format json`, with `percent` and `files` added.
 * Pure; languages keep the given order and every field is always present.
 * @param statuses One status per language.
 * @returns The JSON text (2-space indent), ending with a newline.
 */
export function formatStatusJson(statuses: readonly LanguageStatus[]): string {
  const languages: Record<string, Omit<LanguageStatus, 'lang'>> = {};
  for (const status of statuses) {
    languages[status.lang] = {
      units: status.units,
      translated: status.translated,
      missing: status.missing,
      outdated: status.outdated,
      rejected: status.rejected,
      percent: status.percent,
      files: status.files.map((row) => ({
        file: row.file,
        units: row.units,
        translated: row.translated,
        missing: row.missing,
        outdated: row.outdated,
        rejected: row.rejected,
      })),
    };
  }
  return `${JSON.stringify({ languages }, null, 2)}\n`;
}
