import { resolve } from 'node:path';
import { runCheck } from '../commands/run-check.js';
import { isGateFailed } from '../check/is-gate-failed.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { Command } from './command-options.js';
import { formatReport } from './format-report.js';

/** `handbook-l10n check`: prints or writes the report; exit 1 when a gate fails. */
export const checkCommand: Command = async (options) => {
  const format = options.format ?? 'text';
  const { report } = await runCheck(options.root, options.lang ? { lang: options.lang } : {});
  const text = formatReport(report, format, { color: !options.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
  if (options.output) {
    await writeFileAtomic(resolve(options.output), text);
    process.stderr.write(`check: report written to ${options.output}\n`);
  } else process.stdout.write(text);
  return isGateFailed(report) ? 1 : 0;
};
