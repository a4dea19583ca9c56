/**
 * Font stacks: `fonts/fonts.json` (faces from @fontsource packages and one stack of faces per
 * group of languages), how it is read, which stack a language gets, and its CSS `font-family`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Schema of the font configuration. That every face id named in a stack exists in `faces` is
 * checked by `readFontConfig`, which can name the file.
 */
const fontConfigSchema = z.object({
  faces: z.record(
    z.string(),
    z.object({
      /** CSS family name, as in the package's CSS. */
      family: z.string().min(1),
      /** npm package holding `<weight>.css` and `files/*.woff2`, e.g. `@fontsource/noto-sans-tc`. */
      package: z.string().regex(/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/),
      /** Weights to load; 400 and 700 in the shipped configuration. */
      weights: z.array(z.number().int().min(100).max(900)).min(1),
      /** The part of the embedded PDF font name before the first `-`. */
      postScriptFamily: z.string().min(1),
    }),
  ),
  stacks: z
    .array(
      z.object({
        /** Name of the stack, used as the coverage cache key. */
        id: z.string().min(1),
        /** BCP 47 prefixes this stack serves; `*` matches every language. */
        languages: z.array(z.string().min(1)).min(1),
        /** Face ids, region face first. */
        faces: z.array(z.string()).min(1),
        /** Whether CJK line breaking rules apply. */
        cjk: z.boolean().default(false),
      }),
    )
    .min(1),
  /** Name fragments of faces that only appear when Chromium fell back to a system font. */
  fallbackFaces: z.array(z.string()).default([]),
});

/** Parsed font configuration. */
export type FontConfig = z.infer<typeof fontConfigSchema>;

/**
 * Read and validate `fonts/fonts.json`, checking that every stack names only known faces. Read
 * afresh on every call: a small file, read once or twice per language in a run.
 *
 * @param root Project folder; its `fonts/fonts.json` wins when present. When absent or when
 *   the project has no such file, the package's own `fonts/fonts.json` is used.
 * @returns The font configuration.
 */
export function readFontConfig(root?: string): FontConfig {
  const projectFile = root === undefined ? undefined : join(root, 'fonts', 'fonts.json');
  const file = projectFile !== undefined && existsSync(projectFile) ? projectFile : findBundledConfig();
  let parsed: FontConfig;
  try {
    parsed = fontConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`Cannot read font configuration ${file}: ${String(error)}`, { cause: error });
  }
  for (const stack of parsed.stacks) {
    for (const face of stack.faces) {
      if (!(face in parsed.faces)) {
        throw new Error(
          `Unknown face \`${face}\` in stack \`${stack.id}\` of ${file}: expected one of ${Object.keys(parsed.faces).join(', ')}`,
        );
      }
    }
  }
  return parsed;
}

/** Walk up from this module to the package folder that ships `fonts/fonts.json`. */
function findBundledConfig(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'fonts', 'fonts.json');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the bundled fonts/fonts.json of handbook-l10n');
    dir = parent;
  }
}

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
 * The most specific matching language prefix wins (`zh-Hant-HK` matches
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

/**
 * Format the CSS `font-family` value of a stack.
 *
 * The region face comes first and no generic family follows, so the browser is
 * never invited to pick a system face (the glyph check makes sure none is needed).
 *
 * @param stack The stack from `getFontStack`.
 * @returns Quoted family names joined by commas.
 */
export function formatFontFamily(stack: FontStack): string {
  return stack.faces.map((face) => JSON.stringify(face.family)).join(', ');
}
