/**
 * `tmx`: export current and archived translations as a translation memory per language.
 */
import { writeTranslationMemory } from '../weblate/index.js';
import type { Command } from './command.js';

/** `handbook-l10n tmx`: writes `build/tmx/<lang>.tmx` and says how many pairs each holds. */
export const command: Command = async (options, output) => {
  for (const result of await writeTranslationMemory(options.root, options.lang)) {
    output.out(`tmx ${result.lang}: ${result.current} current and ${result.archived} archived pairs → ${result.file}${result.written ? '' : ' (unchanged)'}\n`);
  }
  return 0;
};
