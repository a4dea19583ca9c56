#!/usr/bin/env node
// The `handbook-l10n` binary: runs the bundled CLI (`npm run build` writes build/cli), or the
// compiled modules in build/lib, or the TypeScript source through tsx in a checkout that has
// not been built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = new URL('../../build/cli/cli.js', import.meta.url);
const compiled = new URL('../../build/lib/cli.js', import.meta.url);
if (existsSync(fileURLToPath(bundled))) {
  await import(bundled.href);
} else if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../cli.ts', import.meta.url).href);
}
