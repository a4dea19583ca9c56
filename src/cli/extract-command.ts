import { runExtract } from '../commands/run-extract.js';
import { showProgress } from './show-progress.js';
import type { Command } from './command-options.js';

/** `handbook-l10n extract`: prints what was extracted and written. */
export const extractCommand: Command = async (options) => {
    const progress = showProgress('extract');
    const result = await runExtract(options.root, { ...(options.lang ? { lang: options.lang } : {}), onFile: progress.tick }).finally(() => progress.end());
    process.stdout.write(
      `extract: ${result.files} files, ${result.units} units (${result.added} new, ${result.changed} changed, ${result.removed} removed)` +
        `${result.archived ? `, ${result.archived} translations archived` : ''}; ` +
        `${result.written.length ? `wrote ${result.written.length} files` : 'nothing to write'}\n`,
    );
    return 0;
};
