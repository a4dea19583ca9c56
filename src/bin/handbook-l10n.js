#!/usr/bin/env node
// The `handbook-l10n` binary: runs the bundled command line (`npm run build` writes build/cli),
// or the TypeScript source through tsx in a checkout that has not been built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = new URL('../../build/cli/cli.js', import.meta.url);
let cli;
if (existsSync(fileURLToPath(bundled))) {
  cli = await import(bundled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../cli.ts', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
