/**
 * The project configuration, `.handbook-l10n.json` in the root: its schema and how it is read.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../base/index.js';
import { gatesSchema } from '../check/index.js';
import { PROJECT_PATHS, readTextIfExists } from '../store/index.js';

/** A regular expression given as a string, with the reason it exists. */
const ruleSchema = z.object({
  pattern: z.string().refine((value) => {
    try {
      new RegExp(value, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression'),
  reason: z.string().default(''),
});

/** One metadata file and the dot paths (with `*`) of its translatable string fields. */
const metadataSchema = z.object({
  file: z.string(),
  fields: z.array(z.string()).min(1),
});

/**
 * The project configuration (`.handbook-l10n.json` in the root), validated with zod. Every
 * field has a default, so `{}` and a missing file are both valid.
 */
export const configSchema = z
  .object({
    /** PDF base name: `build/pdf/<book>-<lang>.pdf`. Default `handbook`. */
    book: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, `.`, `_` and `-` only').default('handbook'),
    /** The source language code. Default `en`. */
    sourceLanguage: z.string().default('en'),
    /** Folder holding the handbook, relative to the root. Default `handbook`. */
    handbookDir: z.string().default(PROJECT_PATHS.handbook),
    /** Globs (relative to handbookDir) of the Markdown files, taken in path order. Default every `**\/*.md`. */
    include: z.array(z.string()).min(1).default(['**/*.md']),
    /**
     * The chapters' order, for extract, status and the PDF alike: a list of paths relative to
     * handbookDir, or `{ "summary": "SUMMARY.md" }` for the order of the links of a summary
     * file (mdBook's), which is then not a chapter itself. Chapters it does not name follow in
     * path order. Default: path order.
     */
    order: z.union([z.array(z.string()).min(1), z.object({ summary: z.string() }).strict()]).optional(),
    /** Languages to translate into; default: the folders of `locales/` other than the source. */
    languages: z.array(z.string()).optional(),
    /** Front-matter fields that are translatable. Default `title` and `description`. */
    frontMatterFields: z.array(z.string()).default(['title', 'description']),
    /** Metadata JSON files with translatable fields. Default: `handbook/metadata.json` if present. */
    metadata: z.array(metadataSchema).optional(),
    /** Protected token patterns added to the defaults (activity ids, URLs, inline code, footnote references). */
    protect: z.array(ruleSchema).default([]),
    /** Link targets a translation may change (both old and new target must match). */
    allowTargetChange: z.array(ruleSchema).default([]),
    /** Gates per language; `*` is the default for all languages. */
    gates: gatesSchema.default({}),
  })
  .strict();

/** The validated configuration. */
export type Config = z.infer<typeof configSchema>;

/** The config file name looked up in the project root. */
const CONFIG_FILE = PROJECT_PATHS.config;

/**
 * Read and validate the project configuration; a root with no config file gets the defaults.
 * The result is always fully defaulted; an invalid file never yields a partial config.
 * @param root Absolute project root.
 * @returns The configuration.
 * @throws UsageError naming the file and the field when the file is not valid JSON or not valid config.
 */
export async function readConfig(root: string): Promise<Config> {
  const file = join(root, CONFIG_FILE);
  const text = await readTextIfExists(file, CONFIG_FILE);
  if (text === undefined) return configSchema.parse({});
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${CONFIG_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new UsageError(`${CONFIG_FILE}: invalid config field \`${field}\`: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
