import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The tool's version from its own package.json (found upward from this module, from the
 * sources or the compiled build alike), part of every cache key so that an upgrade never
 * reuses results of older code.
 */
export const TOOL_VERSION: string = readToolVersion();

function readToolVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'handbook-l10n') return data.version ?? '0';
    }
    const parent = dirname(dir);
    if (parent === dir) return '0';
    dir = parent;
  }
}
