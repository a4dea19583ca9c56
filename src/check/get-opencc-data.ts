/**
 * Find the precomputed OpenCC data beside this module.
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getOpenccVersion } from './get-opencc-version.js';
import { OPENCC_DATA_FILE, readOpenccDataFile, type OpenccData } from './opencc-data.js';

let cached: { data: OpenccData | undefined } | undefined;

/**
 * Get the OpenCC data written beside this module when the tool was built.
 *
 * Invariant: only the bundled CLI has the sidecar (every bundle chunk lives in `build/cli/`,
 * where the build writes it); the compiled library and the TypeScript sources have none and
 * get undefined, as does a sidecar of another opencc-js version. Read once per process.
 *
 * @returns The data, or undefined when the caller must compute it.
 */
export function getOpenccData(): OpenccData | undefined {
  if (cached === undefined) {
    const path = join(dirname(fileURLToPath(import.meta.url)), OPENCC_DATA_FILE);
    cached = { data: existsSync(path) ? readOpenccDataFile(path, getOpenccVersion()) : undefined };
  }
  return cached.data;
}
