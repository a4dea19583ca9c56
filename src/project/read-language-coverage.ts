import { getFontStack } from '../fonts/get-font-stack.js';
import { listStackFontFiles } from '../fonts/list-stack-font-files.js';
import { readFontConfig } from '../fonts/read-font-config.js';
import { readFontCoverage } from '../fonts/read-font-coverage.js';

/**
 * Read the set of code points the font stack of a language covers.
 * @param root Project root (its `fonts/fonts.json`, else the bundled one).
 * @param lang Folder code.
 * @returns The covered code points.
 */
export async function readLanguageCoverage(root: string, lang: string): Promise<ReadonlySet<number>> {
  const stack = getFontStack(lang, readFontConfig(root));
  return readFontCoverage(listStackFontFiles(stack, [root]));
}
