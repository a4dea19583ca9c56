/**
 * Choose the font stack of a language.
 */
import type { FontConfig } from './font-config-schema.js';
import { readFontConfig } from './read-font-config.js';

/** One face of a stack, resolved from the configuration. */
export interface StackFace {
  /** Face id in `fonts.json`. */
  id: string;
  /** CSS family name. */
  family: string;
  /** npm package with the font files. */
  package: string;
  /** Weights loaded. */
  weights: number[];
  /** Part of the embedded PDF font name before the first `-`. */
  postScriptFamily: string;
}

/** The faces a language is rendered with, region face first. */
export interface FontStack {
  /** Stack id, also the coverage cache key. */
  id: string;
  /** The language asked for. */
  lang: string;
  /** Faces in `font-family` order; `faces[0]` is the region face. */
  faces: StackFace[];
  /** Whether CJK line breaking applies. */
  cjk: boolean;
  /** Name fragments of system fallback faces that must never be embedded. */
  fallbackFaces: string[];
}

/**
 * Get the font stack for a BCP 47 language tag.
 *
 * Invariant: the most specific matching language prefix wins (`zh-Hant-HK` matches
 * `zh-Hant` before `zh`), comparison ignores case, and `*` matches last.
 *
 * @param lang BCP 47 tag such as `zh-Hant`, `zh-Hans` or `fr`.
 * @param config Font configuration; defaults to the package's `fonts/fonts.json`.
 * @returns The stack, region face first.
 */
export function getFontStack(lang: string, config: FontConfig = readFontConfig()): FontStack {
  const tag = lang.toLowerCase();
  let best: { stack: FontConfig['stacks'][number]; score: number } | undefined;
  for (const stack of config.stacks) {
    for (const pattern of stack.languages) {
      const p = pattern.toLowerCase();
      const score = p === '*' ? 0 : tag === p || tag.startsWith(`${p}-`) ? p.length : -1;
      if (score >= 0 && (best === undefined || score > best.score)) best = { stack, score };
    }
  }
  if (best === undefined) {
    throw new Error(`No font stack for language \`${lang}\`: expected a stack with \`*\` in fonts.json`);
  }
  const faces = best.stack.faces.map((id): StackFace => {
    const face = config.faces[id];
    if (face === undefined) throw new Error(`Unknown face \`${id}\` in stack \`${best.stack.id}\``);
    return { id, ...face };
  });
  return { id: best.stack.id, lang, faces, cjk: best.stack.cjk, fallbackFaces: config.fallbackFaces };
}
