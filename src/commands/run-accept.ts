import { join } from 'node:path';
import { UsageError } from '../cli/usage-error.js';
import { getKeyedFiles } from '../project/get-keyed-files.js';
import { readCatalogs } from '../project/read-catalogs.js';
import { readProject } from '../project/read-project.js';
import { hashText } from '../store/hash-text.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import { readJsonFile } from '../store/read-json-file.js';
import { getStaleness, type LanguageState } from '../store/staleness.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

/**
 * Accept the outdated translations of the given languages as they are — what a reviewer does
 * in Weblate by approving a "Needs editing" string unchanged, which the JSON file cannot show.
 * Invariant: only the staleness record changes; no translation is touched.
 * @param rootDir Project root.
 * @param options `lang` (required): the languages; `key`: only these keys.
 * @returns Accepted entries per language.
 */
export async function runAccept(rootDir: string, options: { lang?: string[]; key?: string[] }): Promise<Record<string, string[]>> {
  if (!options.lang || options.lang.length === 0) throw new UsageError('accept needs --lang: the languages whose outdated translations a reviewer approved');
  const project = await readProject(rootDir, options.lang);
  const files = await getKeyedFiles(project);
  const accepted: Record<string, string[]> = {};
  for (const lang of project.languages) {
    const path = join(project.root, PROJECT_PATHS.state, `${lang}.json`);
    const state = await readJsonFile<LanguageState>(path, `${PROJECT_PATHS.state}/${lang}.json`, {});
    const { catalogs } = await readCatalogs(project, lang);
    accepted[lang] = [];
    for (const { file, units } of files) {
      for (const unit of units) {
        if (options.key && !options.key.includes(unit.key)) continue;
        const translation = catalogs.get(file.namespace)?.values.get(unit.key);
        const entry = state[file.namespace]?.[unit.key];
        if (!translation || !entry || getStaleness(entry, unit.text, translation) !== 'outdated') continue;
        entry.source = hashText(unit.text);
        accepted[lang].push(`${file.path}:${unit.line} ${unit.key}`);
      }
    }
    if (accepted[lang].length > 0) await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
  }
  return accepted;
}
