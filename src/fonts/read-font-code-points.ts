/**
 * Read the code points one font file maps to a glyph.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readWoff2CodePoints } from './read-woff2-code-points.js';

/**
 * List the code points a font file can draw, synchronously.
 *
 * Invariant: WOFF2 files are read by `readWoff2CodePoints` (native Brotli, `cmap` only);
 * anything it declines (TTF, OTF, TTC, WOFF, a WOFF2 collection) by fontkit, as the union
 * over a collection's faces and without U+FFFF. Fontkit is loaded only for such files. A
 * file that cannot be read throws an error naming it.
 *
 * @param path Absolute path of the font file.
 * @returns The code points, in the font's order.
 */
export function readFontCodePoints(path: string): number[] {
  try {
    const data = readFileSync(path);
    return readWoff2CodePoints(data) ?? readWithFontkit(data);
  } catch (error) {
    throw new Error(`Cannot read font ${path}: ${String(error)}`, { cause: error });
  }
}

/** Code points of any font format fontkit reads; the union over a collection's faces. */
function readWithFontkit(data: Buffer): number[] {
  const fontkit = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
  const font = fontkit.create(data);
  const faces = 'fonts' in font ? font.fonts : [font];
  return faces.flatMap((face) => face.characterSet).filter((codePoint) => codePoint !== 0xffff);
}
