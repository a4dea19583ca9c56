#!/usr/bin/env node
// Bundle the compiled CLI (build/lib, from `tsc`) into build/cli: one entry and a few shared
// chunks instead of hundreds of small modules, so a command starts in a fraction of the time.
// Each command stays its own chunk, loaded only when it runs; the browser stays external.
// Writes build/cli/code-hash.txt, the digest of every emitted chunk, which keys the caches.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'build', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'build', 'lib', 'cli.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['puppeteer', 'puppeteer-core', 'md-to-pdf'],
  banner: { js: "import { createRequire as __hl10nRequire } from 'node:module'; const require = __hl10nRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
  charset: 'utf8',
});
const hash = createHash('sha256');
for (const name of readdirSync(outdir).sort()) hash.update(name).update(readFileSync(join(outdir, name)));
writeFileSync(join(outdir, 'code-hash.txt'), `${hash.digest('hex').slice(0, 16)}\n`);

// --- OpenCC sidecar (src/check/write-opencc-data.ts) ---------------------------------------
// Precompute the check's OpenCC-derived sets and phrase tables, which depend only on the
// installed opencc-js, into build/cli/opencc-data.json, so `check` loads no OpenCC dictionary.
// Written after code-hash.txt: it changes no result, only how fast they come.
const { writeOpenccData } = await import(new URL('../../build/lib/check/write-opencc-data.js', import.meta.url).href);
writeOpenccData(outdir);
// --- end of OpenCC sidecar ------------------------------------------------------------------
