/**
 * Write the OpenCC sidecar into the bundled CLI's folder (run by the build).
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeOpenccData } from './compute-opencc-data.js';
import { getOpenccVersion } from './get-opencc-version.js';
import { OPENCC_DATA_FILE } from './opencc-data.js';

/**
 * Compute the OpenCC-derived data and write it as `opencc-data.json` in a folder.
 *
 * Invariant: the file is keyed by the installed opencc-js version, which the reader checks;
 * when that version cannot be read, nothing is written (the check then computes the data
 * at run time, as without a sidecar).
 *
 * @param dir The folder, e.g. `build/cli`.
 * @returns The path written, or undefined when nothing was.
 */
export function writeOpenccData(dir: string): string | undefined {
  const version = getOpenccVersion();
  if (version === undefined) return undefined;
  const path = join(dir, OPENCC_DATA_FILE);
  writeFileSync(path, `${JSON.stringify(computeOpenccData(version))}\n`);
  return path;
}
