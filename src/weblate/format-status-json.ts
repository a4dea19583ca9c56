import type { LanguageStatus } from './language-status.js';

/**
 * Format translation progress as JSON for tools: `{ "languages": { "<lang>": { units, translated,
 * missing, outdated, rejected, percent, files: [...] } } }`, the same `languages` shape as
 * `check --format json`, with `percent` and `files` added.
 * Invariant: pure; languages keep the given order and every field is always present.
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
