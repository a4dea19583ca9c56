/**
 * Read the version of the installed opencc-js package.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: { version: string | undefined } | undefined;

/**
 * Get the version of the opencc-js package that resolves from this module.
 *
 * Invariant: reads the `package.json` named `opencc-js` nearest above the package's entry
 * point (the package exports no `package.json`); undefined when the package cannot be
 * resolved or has no version, so callers treat the version as unknown. Read once per process.
 *
 * @returns The version, e.g. `1.4.2`, or undefined.
 */
export function getOpenccVersion(): string | undefined {
  cached ??= { version: readVersion() };
  return cached.version;
}

function readVersion(): string | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('opencc-js');
  } catch {
    return undefined;
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    let manifest: { name?: unknown; version?: unknown };
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      continue;
    }
    if (manifest.name === 'opencc-js') return typeof manifest.version === 'string' ? manifest.version : undefined;
  }
  return undefined;
}
