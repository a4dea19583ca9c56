import { join, resolve } from 'node:path';
import { addToSpool, createFindingSpool } from '../check/finding-spool.js';
import { isTallyGateFailed } from '../check/is-gate-failed.js';
import { openSpoolFile } from '../check/open-spool-file.js';
import { streamCheck } from '../commands/run-check.js';
import { writeChunks } from '../store/write-chunks.js';
import { writeChunksAtomic } from '../store/write-chunks-atomic.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import type { Command } from './command-options.js';
import { showProgress } from './show-progress.js';
import { useColor } from './use-color.js';
import { getReportFormatter } from './format-report.js';

/**
 * `handbook-l10n check`: prints or writes the report; exit 1 when a gate fails.
 * The findings go to a temporary file under the project's `build/.cache/` as each source file
 * is checked, and the report is written from it in pieces, so memory does not grow with them
 * (the command line tells V8 not to let the heap grow far past that small live set).
 */
export const checkCommand: Command = async (options) => {
  const formatter = getReportFormatter(options.format ?? 'text');
  const file = openSpoolFile(join(resolve(options.root), PROJECT_PATHS.build, '.cache'));
  try {
    const spool = createFindingSpool(file.storage);
    const progress = showProgress('check');
    const { languages } = await streamCheck(options.root, { ...(options.lang ? { lang: options.lang } : {}), onFile: progress.tick }, (findings) => addToSpool(spool, findings)).finally(() => progress.end());
    const chunks = formatter({ languages, spool }, useColor(options.output));
    if (options.output) {
      await writeChunksAtomic(resolve(options.output), chunks);
      process.stderr.write(`check: report written to ${options.output}\n`);
    } else await writeChunks(process.stdout, chunks);
    return isTallyGateFailed(spool.tally) ? 1 : 0;
  } finally {
    file.close();
  }
};
