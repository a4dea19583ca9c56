/**
 * Read which code points a set of font files can draw.
 */
import { createLazyCoverage } from './create-lazy-coverage.js';
import { getFontStack } from './get-font-stack.js';
import { listStackFontFiles } from './list-stack-font-files.js';
import { readFontConfig } from './read-font-config.js';
import { readFontCodePoints } from './read-font-code-points.js';

/** A font file to read, with the code point ranges the browser uses it for. */
export interface CoverageSource {
  /** Absolute path of a woff2, woff, ttf, otf or ttc file. */
  path: string;
  /** Inclusive ranges from the CSS `unicode-range`; absent or empty means all. */
  unicodeRange?: Array<[number, number]>;
}

/**
 * Read the union of the character sets of the given font files.
 *
 * A code point counts only if a file has a glyph for it AND the file's `unicode-range` lets
 * the browser use that file for it, so the result is exactly what Chromium can draw with these
 * faces; the font's own `cmap` is the truth. Files are read lazily (see `createLazyCoverage`):
 * checking a text reads only the files whose range holds one of its characters, each once.
 *
 * @param files The stack's font files, e.g. from `listStackFontFiles`.
 * @returns The covered code points.
 */
export function readFontCoverage(files: readonly CoverageSource[]): ReadonlySet<number> {
  return createLazyCoverage(
    files.map((file) => file.unicodeRange ?? []),
    (index) => readFontCodePoints(files[index]?.path ?? ''),
  );
}

/**
 * Read the code points the font stack of a language covers.
 * @param root Project root (its `fonts/fonts.json`, else the tool's own).
 * @param lang Folder code.
 * @returns The covered code points.
 */
export function readLanguageCoverage(root: string, lang: string): ReadonlySet<number> {
  return readFontCoverage(listStackFontFiles(getFontStack(lang, readFontConfig(root)), [root]));
}
