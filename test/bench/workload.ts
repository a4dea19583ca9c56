/**
 * The two workloads, written afresh under `build/bench/<name>/`: `sample`, a copy of this
 * repository's handbook project, and `ggi`, the 25 GGI v1.3 activity files (test/fixtures)
 * with pseudo-translations into six languages.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { measure } from './measure.js';
import { getOutcome, pseudoTranslate } from './pseudo.js';

export interface Workload {
  name: 'sample' | 'ggi';
  /** Absolute project root. */
  root: string;
  /** Markdown files, their total size, and the English units `extract` counts. */
  files: number;
  bytes: number;
  units: number;
  languages: string[];
}

/**
 * Write a workload and run `extract` on it, so the timed runs start as in CI: locale files
 * and staleness records committed, no `build/`.
 */
export async function makeWorkload(name: Workload['name'], paths: { repo: string; benchDir: string; cli: string }): Promise<Workload> {
  const root = join(paths.benchDir, name);
  const setupLog = join(paths.benchDir, `${name}.setup.log`);
  mkdirSync(root, { recursive: true });
  const extract = (): Promise<unknown> => measure('node', [paths.cli, 'extract', '--root', root], setupLog);
  let languages = ['de', 'fr', 'es', 'pt-BR', 'zh-Hans', 'zh-Hant'];
  if (name === 'sample') {
    for (const entry of ['handbook', 'locales', 'glossary', 'fonts', '.l10n', '.handbook-l10n.json']) {
      if (existsSync(join(paths.repo, entry))) cpSync(join(paths.repo, entry), join(root, entry), { recursive: true });
    }
    languages = (JSON.parse(readFileSync(join(root, '.handbook-l10n.json'), 'utf8')) as { languages?: string[] }).languages ?? [];
    await extract();
  } else {
    const corpus = join(paths.repo, 'test', 'fixtures', 'ggi-v1.3', 'content');
    cpSync(corpus, join(root, 'handbook'), { recursive: true, filter: (path) => path === corpus || path.endsWith('.md') });
    mkdirSync(join(root, 'glossary'));
    for (const tbx of languages.map((lang) => join('glossary', `${lang}.tbx`))) {
      if (existsSync(join(paths.repo, tbx))) cpSync(join(paths.repo, tbx), join(root, tbx));
    }
    writeFileSync(join(root, '.handbook-l10n.json'), `${JSON.stringify({ languages }, null, 4)}\n`);
    await extract();
    writeTranslations(root, languages);
    await extract(); // records the translations in the staleness records
  }
  const markdown = fg.sync('handbook/**/*.md', { cwd: root, absolute: true });
  const units = [...readFileSync(setupLog, 'utf8').matchAll(/(\d+) units/g)].pop()?.[1];
  return { name, root, files: markdown.length, bytes: markdown.reduce((sum, file) => sum + statSync(file).size, 0), units: Number(units ?? NaN), languages };
}

/**
 * Pseudo-translate every `locales/en/**\/*.json` into each language, as Weblate writes i18next
 * JSON (4-space indent, keys in English order); missing units are left out.
 */
function writeTranslations(root: string, languages: readonly string[]): void {
  for (const file of fg.sync('**/*.json', { cwd: join(root, 'locales', 'en') }).sort()) {
    const english = Object.entries(JSON.parse(readFileSync(join(root, 'locales', 'en', file), 'utf8')) as Record<string, string>);
    for (const lang of languages) {
      const lines = english.flatMap(([key, text]) => {
        const outcome = getOutcome(lang, `${file.replace(/\.json$/, '')}#${key}`);
        return outcome === 'missing' ? [] : [`    ${JSON.stringify(key)}: ${JSON.stringify(pseudoTranslate(text, lang, outcome === 'broken'))}`];
      });
      const target = join(root, 'locales', lang, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n');
    }
  }
}
