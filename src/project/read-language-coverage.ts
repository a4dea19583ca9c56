import { getFontStack } from '../fonts/get-font-stack.js';
import { listStackFontFiles } from '../fonts/list-stack-font-files.js';
import { readFontConfig } from '../fonts/read-font-config.js';
import { readFontCoverage } from '../fonts/read-font-coverage.js';
import { statSync } from 'node:fs';
import { hashText } from '../store/hash-text.js';
import type { RunCache } from '../store/run-cache.js';

/**
 * Read the set of code points the font stack of a language covers.
 * @param root Project root (its `fonts/fonts.json`, else the bundled one).
 * @param lang Folder code.
 * @param cache Coverage by hash of the stack's files (paths, sizes, ranges), if any.
 * @returns The covered code points.
 */
export async function readLanguageCoverage(root: string, lang: string, cache?: RunCache<number[]>): Promise<ReadonlySet<number>> {
  const files = listStackFontFiles(getFontStack(lang, readFontConfig(root)), [root]);
  const key = hashText(JSON.stringify(files.map((file) => [file.path, statSync(file.path).size, file.unicodeRange])));
  const cached = cache?.get(key);
  if (cached) return new Set(cached);
  const coverage = await readFontCoverage(files);
  cache?.set(key, [...coverage]);
  return coverage;
}
