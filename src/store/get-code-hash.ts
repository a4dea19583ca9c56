import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from './tool-version.js';

const hashes = new Map<string, string>();

/**
 * Hash the code of some stage folders (sources or compiled build alike) with the tool version,
 * so a cache made by other code is never reused.
 * Invariant: computed once per folder list and process.
 * @param folders Folder names under the library root, e.g. `['extract', 'keys']`.
 * @returns A hex digest.
 */
export function getCodeHash(folders: readonly string[]): string {
  const id = folders.join(',');
  const known = hashes.get(id);
  if (known) return known;
  const hash = createHash('sha256').update(TOOL_VERSION);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const add = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) add(path);
      else hash.update(name).update(readFileSync(path));
    }
  };
  for (const folder of folders) add(join(root, folder));
  const digest = hash.digest('hex').slice(0, 16);
  hashes.set(id, digest);
  return digest;
}
