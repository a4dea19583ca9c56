import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPaths } from './hash-paths.js';
import { TOOL_VERSION } from './tool-version.js';

const hashes = new Map<string, string>();
const here = dirname(fileURLToPath(import.meta.url));

/**
 * Hash the code of some stage folders (sources or compiled build alike) with the tool version,
 * so a cache made by other code is never reused. In the bundled CLI (build/cli) the stages are
 * no longer folders: the bundle's own digest, written beside it at build time, stands for all.
 * Invariant: computed once per folder list and process.
 * @param folders Folder names under the library root, e.g. `['extract', 'keys']`.
 * @returns A hex digest.
 */
export function getCodeHash(folders: readonly string[]): string {
  const id = folders.join(',');
  const known = hashes.get(id);
  if (known) return known;
  const hash = createHash('sha256').update(TOOL_VERSION);
  const stamp = join(here, 'code-hash.txt');
  if (existsSync(stamp)) hash.update(readFileSync(stamp));
  else hash.update(hashPaths(join(here, '..'), folders));
  const digest = hash.digest('hex').slice(0, 16);
  hashes.set(id, digest);
  return digest;
}
