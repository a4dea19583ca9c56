import pc from 'picocolors';
import { getPercent } from './get-percent.js';
import type { LanguageStatus, StatusRow } from './language-status.js';

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
 * Invariant: pure; columns are padded before colouring, so they line up with and without
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

function numberHeads(): string {
  return `${'Units'.padStart(6)}  ${'Missing'.padStart(7)}  ${'Outdated'.padStart(8)}  ${'Rejected'.padStart(8)}`;
}

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

function formatBar(percent: number, width: number, dim: (text: string) => string): string {
  const filled = Math.min(width, Math.floor((percent / 100) * width));
  return `${'█'.repeat(filled)}${dim('░'.repeat(width - filled))}`;
}

function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

