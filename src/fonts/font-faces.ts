/**
 * `@font-face` in and out: the rules of a fontsource stylesheet, the woff2 files of a stack
 * they name, and the rules the PDF page loads those files with.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { FontStack } from './stacks.js';

/** One `@font-face` rule of a fontsource stylesheet. */
export interface FontFaceRule {
  /** CSS family name without quotes. */
  family: string;
  /** `normal` or `italic`. */
  style: string;
  /** Numeric weight. */
  weight: number;
  /** The woff2 source URL exactly as written, e.g. `./files/noto-sans-tc-0-400-normal.woff2`. */
  url: string;
  /** Inclusive code point ranges; empty means the whole Unicode range. */
  unicodeRange: Array<[number, number]>;
}

/**
 * Parse fontsource-style `@font-face` rules, keeping the woff2 source of each.
 *
 * Rules without a woff2 source are skipped; `unicode-range` wildcards
 * (`U+4??`) become ranges.
 *
 * @param css Stylesheet text.
 * @returns The rules in stylesheet order.
 */
export function parseFontFaceCss(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = match[1] ?? '';
    const declarations = new Map<string, string>();
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
    }
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(declarations.get('src') ?? '')?.[1];
    if (url === undefined) continue;
    rules.push({
      family: (declarations.get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      style: declarations.get('font-style') ?? 'normal',
      weight: Number.parseInt(declarations.get('font-weight') ?? '400', 10),
      url,
      unicodeRange: parseUnicodeRange(declarations.get('unicode-range') ?? ''),
    });
  }
  return rules;
}

/** One `unicode-range` item: `U+` then a start, with `?` wildcards, and an optional `-end`. */
const RANGE_ITEM = /u\+([0-9a-f?]+)(?:-([0-9a-f]+))?/giu;

/** Parse `U+0-FF,U+4??,U+20AC` into inclusive ranges (one regular expression pass: CJK faces list thousands). */
function parseUnicodeRange(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [, from = '', to] of value.matchAll(RANGE_ITEM)) {
    const wildcard = from.includes('?');
    const start = Number.parseInt(wildcard ? from.replaceAll('?', '0') : from, 16);
    const end = Number.parseInt(to ?? (wildcard ? from.replaceAll('?', 'f') : from), 16);
    ranges.push([start, end]);
  }
  return ranges;
}

/** One font file of a stack, with what the browser may use it for. */
export interface FontFile {
  /** CSS family name. */
  family: string;
  /** Face id in `fonts.json`. */
  faceId: string;
  /** Numeric weight. */
  weight: number;
  /** `normal` or `italic`. */
  style: string;
  /** Absolute path of the woff2 file. */
  path: string;
  /** Inclusive code point ranges the browser uses this file for; empty means all. */
  unicodeRange: Array<[number, number]>;
}

/**
 * List every woff2 file of every face and weight of a stack, in stack order.
 *
 * Only the per-weight stylesheets (`400.css`, `700.css`) are read, which split the face by
 * unicode-range; the partial `chinese-traditional-400.css` subsets are never used. Every path
 * lies inside its package folder.
 *
 * @param stack The stack from `getFontStack`.
 * @param resolveFrom Folders to resolve the packages from, tried in order; defaults to this module.
 * @returns The files, face by face and weight by weight.
 */
export function listStackFontFiles(stack: FontStack, resolveFrom: string[] = []): FontFile[] {
  const files: FontFile[] = [];
  for (const face of stack.faces) {
    for (const weight of face.weights) {
      const cssFile = resolvePackageFile(face.package, `${weight}.css`, resolveFrom);
      const packageDir = dirname(cssFile);
      for (const rule of parseFontFaceCss(readFileSync(cssFile, 'utf8'))) {
        if (rule.style !== 'normal') continue;
        const path = resolve(packageDir, rule.url);
        if (!path.startsWith(packageDir + sep)) {
          throw new Error(`Font source ${rule.url} in ${cssFile} points outside ${packageDir}`);
        }
        files.push({ family: face.family, faceId: face.id, weight: rule.weight, style: rule.style, path, unicodeRange: rule.unicodeRange });
      }
    }
  }
  return files;
}

/** Resolve `<package>/<file>` from the given folders, then from this module. */
function resolvePackageFile(pkg: string, file: string, resolveFrom: string[]): string {
  const bases = [...resolveFrom.map((dir) => join(dir, 'package.json')), import.meta.url];
  let lastError: unknown;
  for (const base of bases) {
    try {
      return createRequire(base).resolve(`${pkg}/${file}`);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`Cannot find ${pkg}/${file}: install the font package (npm install ${pkg})`, { cause: lastError });
}

/**
 * Format `@font-face` rules for every file of a stack, with URLs chosen by the caller.
 *
 * One rule per file with its family, weight, style and `unicode-range`, so the
 * browser picks exactly the files `readFontCoverage` counted; `font-display: block` keeps
 * fallback faces out of the printed page.
 *
 * @param files The stack's files from `listStackFontFiles`.
 * @param urlOf Maps a file to the URL the page requests it by.
 * @returns CSS text.
 */
export function formatFontFaceCss(files: readonly FontFile[], urlOf: (file: FontFile) => string): string {
  return files
    .map((file) => {
      const range = file.unicodeRange.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`));
      return [
        '@font-face {',
        `  font-family: ${JSON.stringify(file.family)};`,
        `  font-style: ${file.style};`,
        `  font-weight: ${file.weight};`,
        '  font-display: block;',
        `  src: url(${JSON.stringify(urlOf(file))}) format("woff2");`,
        range.length > 0 ? `  unicode-range: ${range.join(', ')};` : '',
        '}',
      ]
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n');
}

/** A code point in upper-case hex, as `unicode-range` writes it. */
function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase();
}
