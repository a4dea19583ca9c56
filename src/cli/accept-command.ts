import { runAccept } from '../commands/run-accept.js';
import type { Command } from './command-options.js';

/** `handbook-l10n accept`: records outdated translations a reviewer approved as current. */
export const acceptCommand: Command = async (options) => {
  const accepted = await runAccept(options.root, { ...(options.lang ? { lang: options.lang } : {}), ...(options.key ? { key: options.key } : {}) });
  for (const [lang, entries] of Object.entries(accepted)) {
    process.stdout.write(`accept ${lang}: ${entries.length} outdated translation(s) accepted as current\n`);
    for (const entry of entries) process.stdout.write(`  ${entry}\n`);
  }
  return 0;
};
