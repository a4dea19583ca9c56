/**
 * `tmx`: export current and archived translations as a translation memory per language.
 */
import { readProject } from '../project/index.js';
import { writeTranslationMemory, type TranslationMemoryResult } from '../weblate/index.js';
import type { Command } from './command.js';

/**
 * Export each language's translations and archived translations as `build/tmx/<lang>.tmx`,
 * for Weblate's translation memory (`weblate import_memory`) or any CAT tool.
 * @param rootDir Project root.
 * @param options `lang`: the languages to export; every target language when not given.
 * @returns One result per language.
 * @throws UsageError for an invalid locale file or archive (the file is named).
 */
export async function runTmx(rootDir: string, options: { lang?: string[] } = {}): Promise<TranslationMemoryResult[]> {
  const project = await readProject(rootDir, options.lang);
  return writeTranslationMemory({
    root: project.root,
    sourceLanguage: project.config.sourceLanguage,
    namespaces: project.sources.map((file) => file.namespace),
    languages: project.languages,
  });
}

/** `handbook-l10n tmx`: writes `build/tmx/<lang>.tmx` and says how many pairs each holds. */
export const command: Command = async (options, output) => {
  for (const result of await runTmx(options.root, options.lang ? { lang: options.lang } : {})) {
    output.out(`tmx ${result.lang}: ${result.current} current and ${result.archived} archived pairs → ${result.file}${result.written ? '' : ' (unchanged)'}\n`);
  }
  return 0;
};
