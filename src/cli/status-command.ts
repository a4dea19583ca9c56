import { runStatus } from '../commands/run-status.js';
import { formatStatusJson } from '../weblate/format-status-json.js';
import { formatStatusMarkdown } from '../weblate/format-status-markdown.js';
import { formatStatusText } from '../weblate/format-status-text.js';
import type { LanguageStatus } from '../weblate/language-status.js';
import type { Command } from './command-options.js';
import { useColor } from './use-color.js';
import { UsageError } from './usage-error.js';

/** Status formats by name. */
const FORMATS: Record<string, (statuses: LanguageStatus[]) => string> = {
  text: (statuses) => formatStatusText(statuses, { color: useColor() }),
  markdown: (statuses) => formatStatusMarkdown(statuses),
  json: (statuses) => formatStatusJson(statuses),
};

/** `handbook-l10n status`: progress per language and file, and the badges. */
export const statusCommand: Command = async (options) => {
  const format = FORMATS[options.format ?? 'text'];
  if (!format) throw new UsageError(`--format: unknown status format "${options.format}"; expected text, markdown or json`);
  process.stdout.write(format(await runStatus(options.root, options.lang ? { lang: options.lang } : {})));
  return 0;
};
