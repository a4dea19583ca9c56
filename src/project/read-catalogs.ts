import type { Finding } from '../check/finding.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import { readCatalog } from './read-catalog.js';
import type { Project } from './read-project.js';

/** The locale files of one language, and the problems found reading them. */
export interface LanguageCatalogs {
  /** Namespace → catalog, for files that exist and are valid. */
  catalogs: Map<string, LocaleCatalog>;
  /** `locale-file` findings for files that are invalid (those files count as absent). */
  problems: Finding[];
}

/**
 * Read every locale file of one language for the project's namespaces.
 * Invariant: an invalid file never stops the others from being read.
 * @param project The project.
 * @param lang Folder code.
 * @returns The catalogs and the problems.
 */
export async function readCatalogs(project: Project, lang: string): Promise<LanguageCatalogs> {
  const catalogs = new Map<string, LocaleCatalog>();
  const problems: Finding[] = [];
  for (const source of project.sources) {
    const { catalog, problem } = await readCatalog(project, lang, source.namespace);
    if (catalog) catalogs.set(source.namespace, catalog);
    if (problem) problems.push(problem);
  }
  return { catalogs, problems };
}
