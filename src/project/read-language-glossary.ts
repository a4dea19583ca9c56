import { readTextIfExists } from '../store/read-text-if-exists.js';
import { join } from 'node:path';
import { readGlossary, type GlossaryReadResult } from '../check/read-glossary.js';
import { PROJECT_PATHS } from '../store/project-paths.js';

/**
 * Read `glossary/<lang>.tbx` if it exists.
 * @param root Project root.
 * @param lang Folder code.
 * @returns The glossary and its problems, or `undefined` when the language has no glossary.
 */
export async function readLanguageGlossary(root: string, lang: string): Promise<GlossaryReadResult | undefined> {
  const file = `${PROJECT_PATHS.glossary}/${lang}.tbx`;
  const xml = await readTextIfExists(join(root, file));
  return xml === undefined ? undefined : readGlossary(xml, file);
}
