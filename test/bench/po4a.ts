/**
 * po4a side by side, cold: the workload's Markdown and one PO file per source file and language
 * (filled with the same pseudo-translations), then po4a's update and translate steps, timed once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { measure, type Run } from './measure.js';
import { getOutcome, pseudoTranslate } from './pseudo.js';
import type { Workload } from './workload.js';

export interface Po4aResult {
  poFiles: number;
  /** `po4a --no-translations`: write the POT files and msgmerge every PO file. */
  update: Run;
  /** `po4a --no-update`: write the translated Markdown. */
  translate: Run;
}

/** The po4a version line, or `undefined` when po4a is not on PATH. */
export function getPo4aVersion(): string | undefined {
  try {
    return execFileSync('po4a', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

/** Prepare po4a's project below `build/bench/<name>-po4a/` and time its two steps. */
export async function runPo4a(workload: Workload, benchDir: string): Promise<Po4aResult> {
  const work = join(benchDir, `${workload.name}-po4a`);
  const log = join(benchDir, `${workload.name}.po4a.log`);
  cpSync(join(workload.root, 'handbook'), join(work, 'handbook'), { recursive: true, filter: (path) => !path.endsWith('.json') });
  const sources = fg.sync('handbook/**/*.md', { cwd: work }).sort();
  // One POT per source file (`--keep 0` so every file is written), the front-matter fields handbook-l10n translates.
  const pot = (index: number): string => String(index).padStart(5, '0');
  const config = [
    `[po4a_langs] ${workload.languages.join(' ')}`,
    '[po4a_paths] po/$master.pot $lang:po/$master.$lang.po',
    '[options] --keep 0 --master-charset UTF-8 --localized-charset UTF-8',
    ...sources.map((source, index) => `[type: text] ${source} $lang:out/$lang/${source} pot=${pot(index)} opt:"-o markdown -o yfm_keys=title,description"`),
  ];
  writeFileSync(join(work, 'po4a.cfg'), `${config.join('\n')}\n`);
  execFileSync('po4a', ['--no-translations', 'po4a.cfg'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const [index, source] of sources.entries()) {
    const template = readFileSync(join(work, 'po', `${pot(index)}.pot`), 'utf8');
    for (const lang of workload.languages) {
      writeFileSync(join(work, 'po', `${pot(index)}.${lang}.po`), writePo(template, (msgid) => {
        const outcome = getOutcome(lang, `${source}#${msgid}`);
        return outcome === 'missing' ? '' : pseudoTranslate(msgid, lang, outcome === 'broken');
      }));
    }
    rmSync(join(work, 'po', `${pot(index)}.pot`));
  }
  const update = await measure('po4a', ['--no-translations', 'po4a.cfg'], log, { cwd: work });
  const translate = await measure('po4a', ['--no-update', 'po4a.cfg'], log, { cwd: work });
  return { poFiles: sources.length * workload.languages.length, update, translate };
}

/**
 * Fill every `msgstr` of a POT with `translate(msgid)`; the header keeps its fields, without
 * the fuzzy flag. PO strings are C-quoted, which JSON's quoting matches for what po4a writes.
 */
function writePo(pot: string, translate: (msgid: string) => string): string {
  return pot.replace(/^#, fuzzy\n(?=msgid ""\n)/m, '').replace(/^msgid ((?:".*"\n)+)msgstr ""$/gm, (entry, quoted: string) => {
    const msgid = quoted.trim().split('\n').map((line) => JSON.parse(line) as string).join('');
    return msgid === '' ? entry : `msgid ${quoted}msgstr ${JSON.stringify(translate(msgid))}`;
  });
}
