import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: { version: string; root: string | undefined } | undefined;

/**
 * The tool's version from its own package.json (found upward from this module, from the
 * sources or the compiled build alike), part of every cache key so that an upgrade never
 * reuses results of older code.
 */
export const TOOL_VERSION: string = findTool().version;

/** The folder of the tool's own package.json (the repository or `node_modules/handbook-l10n`). */
export const TOOL_ROOT: string | undefined = findTool().root;

function findTool(): { version: string; root: string | undefined } {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'handbook-l10n') return (found = { version: data.version ?? '0', root: dir });
    }
    const parent = dirname(dir);
    if (parent === dir) return (found = { version: '0', root: undefined });
    dir = parent;
  }
}
