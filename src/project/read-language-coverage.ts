import { getFontStack } from '../fonts/get-font-stack.js';
import { listStackFontFiles } from '../fonts/list-stack-font-files.js';
import { readFontConfig } from '../fonts/read-font-config.js';
import { readFontCoverage } from '../fonts/read-font-coverage.js';
import { statSync } from 'node:fs';
import { hashText } from '../store/hash-text.js';
import type { RunCache } from '../store/run-cache.js';

/**
 * Read the set of code points the font stack of a language covers.
 * Invariant: the coverage reads a font file only when a checked character needs it (see
 * `readFontCoverage`); with a cache, each file's code points inside its range are kept by hash
 * of the file's path, size and range, taken from there instead of the file when present, and
 * every cached file of the stack is marked used, so saving the cache keeps the whole stack.
 * @param root Project root (its `fonts/fonts.json`, else the bundled one).
 * @param lang Folder code.
 * @param cache Code points by hash of one font file (path, size, range), if any; files read
 *   after the cache was saved are kept only if it is saved again.
 * @returns The covered code points.
 */
export async function readLanguageCoverage(root: string, lang: string, cache?: RunCache<number[]>): Promise<ReadonlySet<number>> {
  const files = listStackFontFiles(getFontStack(lang, readFontConfig(root)), [root]);
  if (cache === undefined) return readFontCoverage(files);
  const keys = files.map((file) => hashText(JSON.stringify([file.path, statSync(file.path).size, file.unicodeRange])));
  const stored = keys.map((key) => cache.get(key));
  return readFontCoverage(files, {
    stored: (index) => stored[index],
    store: (index, codePoints) => {
      const key = keys[index];
      if (key !== undefined) cache.set(key, codePoints);
    },
  });
}
