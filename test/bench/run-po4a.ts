/**
 * Run po4a over a workload's Markdown with the same synthetic translations, cold and again.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { listMarkdown, type Workload } from './make-workload.js';
import { measureCommand, type Measurement } from './measure-command.js';
import { getPseudoOutcome, pseudoTranslate } from './pseudo-translate.js';
import { MISSING_RATES } from './write-translations.js';
import { writePo } from './write-po.js';

/** po4a's two steps, timed. */
export interface Po4aPass {
  /** `po4a --no-translations`: write the POT files and msgmerge every PO file. */
  update: Measurement;
  /** `po4a --no-update`: write the translated Markdown. */
  translate: Measurement;
}

/** A cold pass (fresh copy: Markdown and PO files only) and a re-run with nothing changed. */
export interface Po4aResult {
  /** po4a version line. */
  version: string;
  /** PO files (one per source file and language). */
  poFiles: number;
  /** First run in a fresh copy. */
  cold: Po4aPass;
  /** Second run, nothing changed. */
  rerun: Po4aPass;
}

/**
 * Whether po4a is installed.
 * @returns The version line, or `undefined` when `po4a` is not on PATH.
 */
export function getPo4aVersion(): string | undefined {
  try {
    return execFileSync('po4a', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

/**
 * Prepare po4a's project for a workload (config, PO files with the synthetic translations)
 * once, then time its update and translate steps cold and on a re-run.
 * Invariant: writes only below `build/bench/<name>-po4a/`; the PO translations come from the
 * same pseudo-translation and missing-unit rule as the handbook-l10n locale files, applied to
 * po4a's own msgids (po4a segments Markdown differently).
 * @param workload The workload (its `handbook/` Markdown and languages).
 * @param benchDir `build/bench/`.
 * @param log Progress messages.
 * @returns The timings.
 */
export async function runPo4a(workload: Workload, benchDir: string, log: (message: string) => void): Promise<Po4aResult> {
  const version = getPo4aVersion() ?? 'po4a';
  const template = join(benchDir, `${workload.spec.name}-po4a-template`);
  const sources = listMarkdown(join(workload.root, 'handbook')).map((file) => relative(workload.root, file).split('\\').join('/'));
  const config = formatPo4aConfig(sources, workload.languages);
  const logFile = join(benchDir, `${workload.spec.name}.po4a.log`);
  rmSync(logFile, { force: true });
  const stamp = join(template, '.bench-stamp');
  const stampText = `${readFileSync(join(workload.root, '.bench-stamp.json'), 'utf8')}\n${config}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== stampText) {
    log(`${workload.spec.name}: po4a setup (POT and synthetic PO files)`);
    rmSync(template, { recursive: true, force: true });
    mkdirSync(template, { recursive: true });
    cpSync(join(workload.root, 'handbook'), join(template, 'handbook'), { recursive: true, filter: (path) => !path.endsWith('.json') });
    writeFileSync(join(template, 'po4a.cfg'), config);
    execFileSync('po4a', ['--no-translations', 'po4a.cfg'], { cwd: template, stdio: 'ignore' });
    for (const [index, source] of sources.entries()) {
      const pot = readFileSync(join(template, 'po', `${getPotName(source, index)}.pot`), 'utf8');
      for (const lang of workload.languages) {
        const po = writePoFor(pot, lang, source);
        writeFileSync(join(template, 'po', `${getPotName(source, index)}.${lang}.po`), po);
      }
      rmSync(join(template, 'po', `${getPotName(source, index)}.pot`));
    }
    writeFileSync(stamp, stampText);
  }
  const work = join(benchDir, `${workload.spec.name}-po4a`);
  rmSync(work, { recursive: true, force: true });
  cpSync(template, work, { recursive: true });
  const pass = async (label: string): Promise<Po4aPass> => {
    log(`${workload.spec.name}: po4a ${label} update`);
    const update = await measureCommand('po4a', ['--no-translations', 'po4a.cfg'], { cwd: work, log: logFile });
    log(`${workload.spec.name}: po4a ${label} translate`);
    const translate = await measureCommand('po4a', ['--no-update', 'po4a.cfg'], { cwd: work, log: logFile });
    return { update, translate };
  };
  const cold = await pass('cold');
  const rerun = await pass('re-run');
  return { version, poFiles: sources.length * workload.languages.length, cold, rerun };
}

/** The PO of one source file and language, from its POT. */
function writePoFor(pot: string, lang: string, source: string): string {
  return writePo(pot, lang, (msgid) => {
    const outcome = getPseudoOutcome(lang, `${source}#${msgid}`, MISSING_RATES[lang] ?? 0.1);
    return outcome === 'missing' ? undefined : pseudoTranslate(msgid, lang, outcome === 'broken');
  });
}

/**
 * Format the po4a configuration: one POT and one PO per source file and language
 * (the layout that matches one locale file per namespace), Markdown mode with the
 * front-matter fields handbook-l10n translates, and `--keep 0` so every file is written.
 */
function formatPo4aConfig(sources: readonly string[], languages: readonly string[]): string {
  const lines = [
    `[po4a_langs] ${languages.join(' ')}`,
    '[po4a_paths] po/$master.pot $lang:po/$master.$lang.po',
    '[options] --keep 0 --master-charset UTF-8 --localized-charset UTF-8',
    '',
  ];
  sources.forEach((source, index) => {
    const out = source.replace(/^handbook\//, '');
    lines.push(`[type: text] ${source} $lang:out/$lang/${out} pot=${getPotName(source, index)} opt:"-o markdown -o yfm_keys=title,description"`);
  });
  return `${lines.join('\n')}\n`;
}

/** A unique POT name per source file (split mode names POTs after the file, which repeats across `vol-NNN/`). */
function getPotName(source: string, index: number): string {
  return `${String(index).padStart(5, '0')}-${source.replace(/^handbook\//, '').replace(/\.md$/, '').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
