/**
 * Read which code points a set of font files can draw.
 */
import { readFile } from 'node:fs/promises';
import { readWoff2CodePoints } from './read-woff2-code-points.js';

/** A font file to read, with the code point ranges the browser uses it for. */
export interface CoverageSource {
  /** Absolute path of a woff2, woff, ttf, otf or ttc file. */
  path: string;
  /** Inclusive ranges from the CSS `unicode-range`; absent or empty means all. */
  unicodeRange?: Array<[number, number]>;
}

const cache = new Map<string, Promise<ReadonlySet<number>>>();

/**
 * Read the union of the character sets of the given font files.
 *
 * Invariant: a code point counts only if a file has a glyph for it AND the file's
 * `unicode-range` lets the browser use that file for it, so the result is exactly what
 * Chromium can draw with these faces. Results are cached per list of files (one stack).
 * WOFF2 files are read by `readWoff2CodePoints` (native Brotli, `cmap` only); other formats
 * (TTF, OTF, TTC, WOFF) by fontkit.
 *
 * @param files The stack's font files, e.g. from `listStackFontFiles`.
 * @returns The covered code points.
 */
export function readFontCoverage(files: readonly CoverageSource[]): Promise<ReadonlySet<number>> {
  const key = files.map((file) => file.path).join('\n');
  const cached = cache.get(key);
  if (cached) return cached;
  const pending = collectCoverage(files);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

async function collectCoverage(files: readonly CoverageSource[]): Promise<ReadonlySet<number>> {
  const covered = new Set<number>();
  for (const file of files) {
    let characterSet: number[];
    try {
      const data = await readFile(file.path);
      characterSet = readWoff2CodePoints(data) ?? (await readWithFontkit(data));
    } catch (error) {
      throw new Error(`Cannot read font ${file.path}: ${String(error)}`, { cause: error });
    }
    const ranges = file.unicodeRange ?? [];
    for (const codePoint of characterSet) {
      if (ranges.length === 0 || ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) {
        covered.add(codePoint);
      }
    }
  }
  return covered;
}

/** Code points of any font format fontkit reads; the union over a collection's faces. Fontkit is loaded only for formats other than woff2. */
async function readWithFontkit(data: Buffer): Promise<number[]> {
  const fontkit = await import('fontkit');
  const font = fontkit.create(data);
  const faces = 'fonts' in font ? font.fonts : [font];
  return faces.flatMap((face) => face.characterSet).filter((codePoint) => codePoint !== 0xffff);
}
