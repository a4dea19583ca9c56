/**
 * Generate the bench workloads under `build/bench/<name>/`: the sample handbook, the GGI
 * corpus and synthetic books of N varied copies of it, each with synthetic translations.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { measureCommand } from './measure-command.js';
import { getVocabulary, varyMarkdown } from './vary-markdown.js';
import { writeTranslations, type TranslationCounts } from './write-translations.js';

/** The six languages of the synthetic workloads. */
export const SYNTHETIC_LANGUAGES = ['de', 'fr', 'es', 'pt-BR', 'zh-Hans', 'zh-Hant'] as const;

/** What to generate. */
export interface WorkloadSpec {
  /** Folder name under `build/bench/` and the table label. */
  name: string;
  /** `sample`: a copy of the repo's handbook and locales; `ggi`: the corpus, `copies` times. */
  kind: 'sample' | 'ggi';
  /** Copies of the GGI corpus: 1 is the corpus as published; more are varied copies in `vol-NNN/` folders. */
  copies: number;
  /** Timed runs of each command. */
  runs: number;
  /** Whether to run po4a side by side. */
  po4a: boolean;
}

/** A generated workload. */
export interface Workload {
  /** The spec it came from. */
  spec: WorkloadSpec;
  /** Absolute project root. */
  root: string;
  /** Markdown files. */
  files: number;
  /** Bytes of Markdown. */
  bytes: number;
  /** English units (from `extract`). */
  units: number;
  /** Target languages. */
  languages: string[];
  /** Synthetic translation counts (zeros for the sample's own translations). */
  translations: TranslationCounts;
  /** Whether the workload was reused from an earlier bench run. */
  reused: boolean;
}

/** Where things are. */
export interface BenchPaths {
  /** Repository root. */
  repo: string;
  /** `build/bench/`. */
  benchDir: string;
  /** Compiled CLI. */
  cli: string;
  /** The GGI corpus `content/` folder. */
  corpus: string;
}

/**
 * Generate a workload, or reuse it when the same spec and generator made it before.
 * Invariant: only `build/bench/<name>/` is written; after this, `extract` is up to date and the
 * staleness record holds every synthetic translation, so timed runs start from a CI-like state.
 * @param spec What to generate.
 * @param paths Repository, bench folder, CLI and corpus.
 * @param log Progress messages.
 * @returns The workload.
 */
export async function makeWorkload(spec: WorkloadSpec, paths: BenchPaths, log: (message: string) => void): Promise<Workload> {
  const root = join(paths.benchDir, spec.name);
  const stampFile = join(root, '.bench-stamp.json');
  const stamp = JSON.stringify({ kind: spec.kind, copies: spec.copies, generator: getGeneratorHash(), cli: statSync(paths.cli).mtimeMs });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    const info = JSON.parse(readFileSync(join(root, '.bench-info.json'), 'utf8')) as Omit<Workload, 'spec' | 'root' | 'reused'>;
    return { ...info, spec, root, reused: true };
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const extractLog = join(paths.benchDir, `${spec.name}.setup.log`);
  rmSync(extractLog, { force: true });
  const extract = async (): Promise<void> => {
    await measureCommand('node', [paths.cli, 'extract', '--root', root], { log: extractLog });
  };
  let languages: string[];
  let translations: TranslationCounts = { translated: 0, missing: 0, broken: 0 };
  if (spec.kind === 'sample') {
    for (const entry of ['handbook', 'locales', 'glossary', 'fonts', '.l10n', '.handbook-l10n.json']) {
      if (existsSync(join(paths.repo, entry))) cpSync(join(paths.repo, entry), join(root, entry), { recursive: true });
    }
    const config = JSON.parse(readFileSync(join(root, '.handbook-l10n.json'), 'utf8')) as { languages?: string[] };
    languages = config.languages ?? [];
    log(`${spec.name}: extract`);
    await extract();
  } else {
    languages = [...SYNTHETIC_LANGUAGES];
    writeBook(root, paths.corpus, spec.copies);
    for (const lang of languages) {
      const tbx = join(paths.repo, 'glossary', `${lang}.tbx`);
      if (existsSync(tbx)) cpSync(tbx, join(root, 'glossary', `${lang}.tbx`));
    }
    writeFileSync(join(root, '.handbook-l10n.json'), `${JSON.stringify({ languages }, null, 4)}\n`);
    log(`${spec.name}: extract (first run)`);
    await extract();
    log(`${spec.name}: synthetic translations`);
    translations = writeTranslations(root, languages);
    log(`${spec.name}: extract (record translations)`);
    await extract();
  }
  const markdown = listMarkdown(join(root, 'handbook'));
  const units = Number(/(\d+) units/.exec(readFileSync(extractLog, 'utf8'))?.[1] ?? NaN);
  const info = { files: markdown.length, bytes: markdown.reduce((sum, file) => sum + statSync(file).size, 0), units, languages, translations };
  writeFileSync(join(root, '.bench-info.json'), JSON.stringify(info));
  writeFileSync(stampFile, stamp);
  return { ...info, spec, root, reused: false };
}

/** Write the GGI corpus as `handbook/` once, or `copies` varied copies in `vol-NNN/` folders. */
function writeBook(root: string, corpus: string, copies: number): void {
  const names = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();
  const originals = names.map((name) => readFileSync(join(corpus, name), 'utf8'));
  const handbook = join(root, 'handbook');
  mkdirSync(handbook, { recursive: true });
  if (copies === 1) {
    names.forEach((name, index) => writeFileSync(join(handbook, name), originals[index] ?? ''));
    return;
  }
  const vocabulary = getVocabulary(originals);
  const width = String(copies).length;
  for (let copy = 1; copy <= copies; copy++) {
    const dir = join(handbook, `vol-${String(copy).padStart(width, '0')}`);
    mkdirSync(dir, { recursive: true });
    names.forEach((name, index) => writeFileSync(join(dir, name), varyMarkdown(originals[index] ?? '', copy, vocabulary)));
  }
}

/** Every Markdown file below a folder. */
export function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** Hash of the generator's own sources, so a changed generator regenerates the workloads. */
function getGeneratorHash(): string {
  const hash = createHash('sha256');
  for (const name of ['make-workload.ts', 'vary-markdown.ts', 'pseudo-translate.ts', 'split-protected.ts', 'write-translations.ts', 'create-random.ts']) {
    hash.update(readFileSync(new URL(`./${name}`, import.meta.url)));
  }
  return hash.digest('hex').slice(0, 16);
}
