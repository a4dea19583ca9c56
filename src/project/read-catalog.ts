import type { Finding } from '../check/finding.js';
import { UsageError } from '../cli/usage-error.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import { getLocalePath, toProjectPath } from '../store/project-paths.js';
import { readLocaleFile } from '../store/read-locale-file.js';
import type { Project } from './read-project.js';

/**
 * Read one locale file of a language, turning an invalid file into a `locale-file` finding.
 * Invariant: an invalid file counts as absent and is reported with its file, line and key.
 * @param project The project.
 * @param lang Folder code.
 * @param namespace The namespace.
 * @returns The catalog (absent when the file is missing or invalid) and the problem, if any.
 */
export async function readCatalog(project: Project, lang: string, namespace: string): Promise<{ catalog?: LocaleCatalog; problem?: Finding }> {
  const path = getLocalePath(project.root, lang, namespace);
  const file = toProjectPath(project.root, path);
  try {
    const catalog = await readLocaleFile(path, file);
    return catalog ? { catalog } : {};
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return {
      problem: {
        rule: 'locale-file',
        severity: 'error',
        lang,
        file,
        line: error.line ?? 1,
        ...(error.key ? { key: error.key } : {}),
        message: error.message.replace(/^[^:]+:\d+: /, ''),
      },
    };
  }
}
