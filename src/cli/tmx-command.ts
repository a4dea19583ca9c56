import { writeTranslationMemory } from '../weblate/write-translation-memory.js';
import type { Command } from './command-options.js';

/** `handbook-l10n tmx`: exports current and archived translations as TMX. */
export const tmxCommand: Command = async (options) => {
  for (const result of await writeTranslationMemory(options.root, options.lang)) {
    process.stdout.write(`tmx ${result.lang}: ${result.current} current and ${result.archived} archived pairs → ${result.file}${result.written ? '' : ' (unchanged)'}\n`);
  }
  return 0;
};
