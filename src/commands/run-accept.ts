import { UsageError } from '../cli/usage-error.js';
import { keyFile } from '../project/key-file.js';
import { openCaches } from '../project/open-caches.js';
import { readCatalog } from '../project/read-catalog.js';
import { readProject } from '../project/read-project.js';
import { hashText } from '../store/hash-text.js';
import { formatNamespaceState, getStatePath, readNamespaceState } from '../store/namespace-state.js';
import { getStaleness } from '../store/staleness.js';
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
  const accepted: Record<string, string[]> = Object.fromEntries(project.languages.map((lang) => [lang, [] as string[]]));
  for (const file of project.sources) {
    const caches = await openCaches(project, file);
    const { units } = await keyFile(project, file, caches);
    const state = await readNamespaceState(project.root, file.namespace);
    let changed = false;
    for (const lang of project.languages) {
      const { catalog } = await readCatalog(project, lang, file.namespace);
      for (const unit of units) {
        if (options.key && !options.key.includes(unit.key)) continue;
        const translation = catalog?.values.get(unit.key);
        const entry = state[lang]?.[unit.key];
        if (!translation || !entry || getStaleness(entry, unit.text, translation) !== 'outdated') continue;
        entry.source = hashText(unit.text);
        accepted[lang]?.push(`${file.path}:${unit.line} ${unit.key}`);
        changed = true;
      }
    }
    const text = formatNamespaceState(state);
    if (changed && text) await writeFileAtomic(getStatePath(project.root, file.namespace), text);
  }
  return accepted;
}
