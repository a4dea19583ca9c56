/**
 * `accept`: record outdated translations a reviewer approved unchanged as current.
 */
import { UsageError } from '../base/index.js';
import { keySource, type Project, readCatalog, readProject, withProjectLock } from '../project/index.js';
import { formatNamespaceState, getStaleness, getStatePath, hashText, readNamespaceState, writeFileAtomic } from '../store/index.js';
import type { Command } from './command.js';

/**
 * Accept the outdated translations of the given languages as they are, as a reviewer does in
 * Weblate by approving a "Needs editing" string unchanged, which the JSON file cannot show.
 * Only the staleness record changes; no translation is touched.
 * @param rootDir Project root.
 * @param options `lang` (required): the languages; `key`: only these keys.
 * @returns Accepted entries (`file:line key`) per language.
 * @throws UsageError without `lang`.
 */
export async function runAccept(rootDir: string, options: { lang?: string[]; key?: string[] }): Promise<Record<string, string[]>> {
  const project = await readProject(rootDir, options.lang);
  return withProjectLock(project.root, 'accept', () => acceptProject(project, options));
}

/** The work of `runAccept`, under the project's write lock. */
async function acceptProject(project: Project, options: { lang?: string[]; key?: string[] }): Promise<Record<string, string[]>> {
  if (!options.lang || options.lang.length === 0) throw new UsageError('accept needs --lang: the languages whose outdated translations a reviewer approved');
  const accepted: Record<string, string[]> = Object.fromEntries(project.languages.map((lang) => [lang, [] as string[]]));
  for (const file of project.sources) {
    const { units } = await keySource(project, file);
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

/** `handbook-l10n accept`: accepts, then lists what was accepted per language. */
export const command: Command = async (options, output) => {
  const accepted = await runAccept(options.root, { ...(options.lang ? { lang: options.lang } : {}), ...(options.key ? { key: options.key } : {}) });
  for (const [lang, entries] of Object.entries(accepted)) {
    output.out(`accept ${lang}: ${entries.length} outdated translation(s) accepted as current\n`);
    for (const entry of entries) output.out(`  ${entry}\n`);
  }
  return 0;
};
