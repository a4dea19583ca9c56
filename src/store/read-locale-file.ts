import { readTextIfExists } from './read-text-if-exists.js';
import { parseLocaleJson, type LocaleCatalog } from './parse-locale-json.js';

/**
 * Read a locale file; a missing file is an empty catalog.
 * Invariant: never returns a catalog for a file that is not a valid flat i18next file.
 * @param path Absolute path of the file.
 * @param label Project-relative path used in error messages.
 * @returns The catalog, or `undefined` when the file does not exist.
 * @throws UsageError naming file, line and key for invalid content.
 */
export async function readLocaleFile(path: string, label: string): Promise<LocaleCatalog | undefined> {
  const text = await readTextIfExists(path);
  return text === undefined ? undefined : parseLocaleJson(text, label);
}
