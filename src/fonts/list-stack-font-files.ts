/**
 * List the woff2 files of a font stack from its fontsource packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { FontStack } from './get-font-stack.js';
import { parseFontFaceCss, type FontFaceRule } from './parse-font-face-css.js';

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
 * Invariant: only the per-weight stylesheets (`400.css`, `700.css`) are read, which split the
 * face by unicode-range; the partial `chinese-traditional-400.css` subsets are never used.
 * Every path lies inside its package folder. Each stylesheet is read and parsed once per process.
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
      for (const rule of readFontFaceRules(cssFile)) {
        if (rule.style !== 'normal') continue;
        const path = resolve(packageDir, rule.url);
        if (!path.startsWith(packageDir + sep)) {
          throw new Error(`Font source ${rule.url} in ${cssFile} points outside ${packageDir}`);
        }
        files.push({ family: face.family, faceId: face.id, weight: rule.weight, style: rule.style, path, unicodeRange: [...rule.unicodeRange] });
      }
    }
  }
  return files;
}

const stylesheets = new Map<string, readonly FontFaceRule[]>();

/** The `@font-face` rules of a stylesheet, read once. */
function readFontFaceRules(cssFile: string): readonly FontFaceRule[] {
  let rules = stylesheets.get(cssFile);
  if (rules === undefined) {
    rules = parseFontFaceCss(readFileSync(cssFile, 'utf8'));
    stylesheets.set(cssFile, rules);
  }
  return rules;
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
