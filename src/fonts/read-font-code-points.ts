/**
 * Read the code points one font file maps to a glyph.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * List the code points a font file can draw, with fontkit (WOFF2, WOFF, TTF, OTF and
 * collections, as the union over a collection's faces), without U+FFFF.
 * @param path Absolute path of the font file.
 * @returns The code points, in the font's order.
 * @throws An error naming the file when it cannot be read.
 */
export function readFontCodePoints(path: string): number[] {
  try {
    const font = fontkit.create(readFileSync(path));
    const faces = 'fonts' in font ? font.fonts : [font];
    return faces.flatMap((face) => face.characterSet).filter((codePoint) => codePoint !== 0xffff);
  } catch (error) {
    throw new Error(`Cannot read font ${path}: ${String(error)}`, { cause: error });
  }
}
