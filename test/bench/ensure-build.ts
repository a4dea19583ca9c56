/**
 * Build the CLI (`npm run build`) when the bundle `build/cli/cli.js` is missing or older than a
 * source file.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';

/**
 * Make sure the compiled CLI is there and up to date.
 * Invariant: builds only when needed; a failed build throws with the compiler's output.
 * @param repo The repository root.
 * @returns The path of the binary users run (`src/bin/handbook-l10n.js`, which runs the bundle)
 *   and whether it was rebuilt.
 */
export function ensureBuild(repo: string): { cli: string; rebuilt: boolean } {
  const cli = join(repo, 'src', 'bin', 'handbook-l10n.js');
  const built = mtime(join(repo, 'build', 'cli', 'cli.js'));
  const sources = fg.sync(['src/**/*', 'tsconfig.json', 'package.json'], { cwd: repo, absolute: true });
  const newest = Math.max(...sources.map(mtime));
  if (built !== 0 && built >= newest) return { cli, rebuilt: false };
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(`npm run build failed:\n${String(stdout)}${String(stderr)}`, { cause: error });
  }
  return { cli, rebuilt: true };
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
