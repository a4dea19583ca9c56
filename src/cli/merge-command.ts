import { runMerge, type LanguageMerge } from '../commands/run-merge.js';
import { showProgress } from './show-progress.js';
import type { Command } from './command-options.js';

/**
 * Print one language's merge for people: counts, then each unreadable file and rejected unit.
 * @param merge The language's merge.
 */
export function printMerge(merge: LanguageMerge): void {
  const total = merge.translated + merge.fallback + merge.rejected.length;
  process.stdout.write(
    `merge ${merge.lang}: ${merge.translated}/${total} units translated, ${merge.fallback} fallback, ${merge.rejected.length} rejected; ` +
      `${merge.written.length ? `wrote ${merge.written.length} files` : 'nothing to write'}\n`,
  );
  for (const problem of merge.problems) process.stderr.write(`  ${problem.file}:${problem.line}: ${problem.message}\n`);
  for (const rejected of merge.rejected) process.stderr.write(`  rejected ${rejected.file}:${rejected.line} ${rejected.key}: ${rejected.message}\n`);
}

/** `handbook-l10n merge`: merges every language, with progress per language. */
export const mergeCommand: Command = async (options) => {
  const progress = showProgress('merge');
  const results = await runMerge(options.root, {
    ...(options.lang ? { lang: options.lang } : {}),
    onFile: progress.tick,
    onProgress: (merge) => {
      progress.end();
      printMerge(merge);
    },
  }).finally(() => progress.end());
  if (results.length === 0) process.stdout.write('merge: no languages (add folders under locales/)\n');
  return 0;
};
