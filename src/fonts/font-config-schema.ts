/**
 * The shape of `fonts/fonts.json`: faces from @fontsource packages and one stack of faces
 * per group of languages.
 */
import { z } from 'zod';

/**
 * Schema of the font configuration.
 *
 * Invariant: every face id named in a stack exists in `faces` (checked by `readFontConfig`).
 */
export const fontConfigSchema = z.object({
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
