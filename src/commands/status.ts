/**
 * `status`: progress per language and per file, and an SVG badge per language.
 */
import { UsageError } from '../base/index.js';
import { formatStatusJson, formatStatusMarkdown, formatStatusText, getPercent, writeBadges, type LanguageStatus } from '../weblate/index.js';
import { runCheck } from './check.js';
import { pickLang, type Command } from './command.js';

/**
 * Compute the progress of every language (units, translated %, missing, outdated, rejected,
 * per language and per file) and write an SVG badge per language to `build/status/<lang>.svg`
 * (only when it changes).
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages.
 * @returns The statuses, in language order.
 */
export async function runStatus(rootDir: string, options: { lang?: string[] } = {}): Promise<LanguageStatus[]> {
  const { report, files } = await runCheck(rootDir, options);
  const statuses = Object.entries(report.languages).map(([lang, counts]): LanguageStatus => ({
    lang,
    ...counts,
    percent: getPercent(counts.translated, counts.units),
    files: files[lang] ?? [],
  }));
  await writeBadges(rootDir, statuses);
  return statuses;
}

/** Status formats by name. */
const FORMATS: Readonly<Record<string, (statuses: LanguageStatus[], color: boolean) => string>> = {
  text: (statuses, color) => formatStatusText(statuses, { color }),
  markdown: (statuses) => formatStatusMarkdown(statuses),
  json: (statuses) => formatStatusJson(statuses),
};

/** `handbook-l10n status`: prints the progress in the chosen format and writes the badges. */
export const command: Command = async (options, output) => {
  const format = FORMATS[options.format ?? 'text'];
  if (!format) throw new UsageError(`--format: unknown status format "${options.format}"; expected text, markdown or json`);
  output.out(format(await runStatus(options.root, pickLang(options)), output.color));
  return 0;
};
