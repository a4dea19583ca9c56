/**
 * The pipeline's floor: extract, merge and check, cold, on a one-paragraph book with the
 * repo's config, languages, fonts and glossary. What it measures is Node's start, loading the
 * code and reading the project, with next to no Markdown to parse, so po4a's time over it is
 * the most any faster parsing or merging could ever win for three commands.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getStats } from './get-stats.js';
import { measureCommand, type Measurement } from './measure-command.js';

/** The three commands' medians on the one-paragraph book. */
export interface Floor {
  /** Median per command, in order extract, merge, check. */
  medianMs: [number, number, number];
  /** Their sum. */
  totalMs: number;
}

/**
 * Measure the floor: `runs` cold passes of the three commands (no `build/` before each pass).
 * @param paths The repo (config, fonts and glossary are copied from it), the bench folder and the CLI.
 * @param runs How many passes.
 * @returns The medians.
 */
export async function measureFloor(paths: { repo: string; benchDir: string; cli: string }, runs: number): Promise<Floor> {
  const root = join(paths.benchDir, 'floor');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'handbook'), { recursive: true });
  for (const entry of ['glossary', 'fonts', '.handbook-l10n.json']) {
    if (existsSync(join(paths.repo, entry))) cpSync(join(paths.repo, entry), join(root, entry), { recursive: true });
  }
  writeFileSync(join(root, 'handbook', 'floor.md'), '# Floor\n\nOne paragraph, so that every stage runs and almost nothing is parsed.\n');
  const log = join(paths.benchDir, 'floor.log');
  rmSync(log, { force: true });
  const runsOf: Measurement[][] = [[], [], []];
  for (let run = 0; run < runs; run++) {
    rmSync(join(root, 'build'), { recursive: true, force: true });
    for (const [index, command] of (['extract', 'merge', 'check'] as const).entries()) {
      runsOf[index]?.push(await measureCommand('node', [paths.cli, command, '--root', root], { log, okCodes: command === 'check' ? [0, 1] : [0] }));
    }
  }
  const medianMs = runsOf.map((measurements) => getStats(measurements).medianMs) as [number, number, number];
  return { medianMs, totalMs: medianMs[0] + medianMs[1] + medianMs[2] };
}
