/**
 * Format rows as a plain-text table with aligned columns.
 */

/**
 * Format a table: a header row, a rule, then the rows; numbers-looking cells align right.
 * Invariant: every line has the same column boundaries; cells are never truncated.
 * @param headers Column titles.
 * @param rows Cells, one array per row (missing cells print empty).
 * @returns The table text, ending with a newline.
 */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const isNumeric = (cell: string): boolean => /^[≥>~]?\s*[\d.,]+\s*(?:s|ms|MiB|×|%)?$/.test(cell.trim());
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return isNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return `${[line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')}\n`;
}

/**
 * Format milliseconds for the table: `850 ms`, `12.3 s`, `> 120 s` when timed out.
 * @param ms Milliseconds, or `undefined` for a missing figure.
 * @param timedOut Whether the figure is a lower bound (the run was killed).
 * @returns The cell text.
 */
export function formatMs(ms: number | undefined, timedOut = false): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  const text = ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return timedOut ? `> ${text}` : text;
}

/**
 * Format MiB: `123 MiB`, with `≥` when the run was killed before its peak.
 * @param mib Mebibytes, or `undefined`.
 * @param lowerBound Whether the figure is a lower bound.
 * @returns The cell text.
 */
export function formatMiB(mib: number | undefined, lowerBound = false): string {
  if (mib === undefined) return '–';
  return `${lowerBound ? '≥ ' : ''}${mib.toFixed(0)} MiB`;
}
