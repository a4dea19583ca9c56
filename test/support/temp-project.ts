import { cp, mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The real GGI v1.3 activity files, beside the repository. */
export const CORPUS = join(REPO, 'test', 'fixtures', 'ggi-v1.3', 'content');

/**
 * Make a temporary project from a map of relative paths to contents.
 * @param files Relative path → content.
 * @returns The absolute root.
 */
export async function makeProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hl10n-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/**
 * Copy the repository's sample project (handbook, locales, glossary, config, records) to a temporary folder.
 * @returns The absolute root of the copy.
 */
export async function copySample(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hl10n-sample-'));
  for (const entry of ['handbook', 'locales', 'glossary', '.l10n', '.handbook-l10n.json']) {
    await cp(join(REPO, entry), join(root, entry), { recursive: true }).catch(() => undefined);
  }
  return root;
}

/** Read a file of a project as text. */
export function read(root: string, path: string): Promise<string> {
  return readFile(join(root, path), 'utf8');
}

/**
 * Run the CLI from source, as a user would run `handbook-l10n`.
 * @param args Arguments.
 * @returns Exit code, stdout and stderr.
 */
export function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli.ts'), ...args], { encoding: 'utf8', cwd: REPO });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Run the command line in this process, as `handbook-l10n` would run with these arguments.
 * @param args Arguments.
 * @returns Exit code, stdout and stderr.
 */
export async function runCommand(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { status, stdout, stderr };
}
