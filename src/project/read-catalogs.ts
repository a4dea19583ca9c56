import { relative } from 'node:path';
import type { Finding } from '../check/finding.js';
import { UsageError } from '../cli/usage-error.js';
import { readLocaleFile } from '../store/read-locale-file.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import { getLocalePath } from '../store/project-paths.js';
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
 * Invariant: an invalid file never stops the others from being read; it is reported with
 * its file, line and key and treated as absent.
 * @param project The project.
 * @param lang Folder code.
 * @returns The catalogs and the problems.
 */
export async function readCatalogs(project: Project, lang: string): Promise<LanguageCatalogs> {
  const catalogs = new Map<string, LocaleCatalog>();
  const problems: Finding[] = [];
  for (const source of project.sources) {
    const path = getLocalePath(project.root, lang, source.namespace);
    const file = relative(project.root, path).split('\\').join('/');
    try {
      const catalog = await readLocaleFile(path, file);
      if (catalog) catalogs.set(source.namespace, catalog);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push({
        rule: 'locale-file',
        severity: 'error',
        lang,
        file,
        line: error.line ?? 1,
        ...(error.key ? { key: error.key } : {}),
        message: error.message.replace(/^[^:]+:\d+: /, ''),
      });
    }
  }
  return { catalogs, problems };
}
