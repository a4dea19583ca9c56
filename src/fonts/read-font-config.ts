/**
 * Read the font configuration of a project, or the one shipped with the package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontConfigSchema, type FontConfig } from './font-config-schema.js';

const cache = new Map<string, FontConfig>();

/**
 * Read and validate `fonts/fonts.json`.
 *
 * Invariant: the result is validated and every stack names only known faces; results are
 * cached per file, so repeated calls are cheap.
 *
 * @param root Project folder; its `fonts/fonts.json` wins when present. When absent or when
 *   the project has no such file, the package's own `fonts/fonts.json` is used.
 * @returns The font configuration.
 */
export function readFontConfig(root?: string): FontConfig {
  const projectFile = root === undefined ? undefined : join(root, 'fonts', 'fonts.json');
  const file = projectFile !== undefined && existsSync(projectFile) ? projectFile : findBundledConfig();
  const cached = cache.get(file);
  if (cached) return cached;
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
  cache.set(file, parsed);
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
