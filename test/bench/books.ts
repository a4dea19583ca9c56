/**
 * `npm run books -- NAME=FOLDER …`: the pipeline on real books nobody here wrote. Each folder's
 * Markdown files (`**\/*.md`, dot-folders left out) become the handbook of a fresh project; the
 * script then runs extract, an identity merge (every translation equal to its English), a
 * pseudo-translation (every unit visibly changed, protected runs kept) with merge and check,
 * and prints per book: files, units, files refused, identical files, files whose block
 * structure the pseudo-translation kept, rejections by code, check findings by rule, and time.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import type { Nodes } from 'mdast';
import { parseMarkdown, readProject, runCheck, runExtract, runMerge } from '../../src/index.js';
import { pseudoTranslate } from './pseudo.js';

/** The block structure of a Markdown text: node types, depth-first, without inline content. */
function blockShape(text: string): string {
  const types: string[] = [];
  const walk = (node: Nodes, depth: number): void => {
    if (['paragraph', 'heading', 'tableCell'].includes(node.type)) return void types.push(`${depth}:${node.type}`);
    types.push(`${depth}:${node.type}`);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, depth + 1);
  };
  walk(parseMarkdown(text), 0);
  return types.join(' ');
}

/** Write every key's translation, as `translate` gives it, into `locales/fr/`. */
function writeTranslations(root: string, translate: (text: string) => string): void {
  for (const file of fg.sync('**/*.json', { cwd: join(root, 'locales/en') })) {
    const english = JSON.parse(readFileSync(join(root, 'locales/en', file), 'utf8')) as Record<string, string>;
    const lines = Object.entries(english).map(([key, text]) => `    ${JSON.stringify(key)}: ${JSON.stringify(translate(text))}`);
    mkdirSync(dirname(join(root, 'locales/fr', file)), { recursive: true });
    writeFileSync(join(root, 'locales/fr', file), `{\n${lines.join(',\n')}\n}\n`);
  }
}

/** Count values by key. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => `${value} ${count}`).join(', ') || 'none';
}

async function runBook(name: string, folder: string): Promise<void> {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), `hl10n-book-${name}-`));
  const files = fg.sync('**/*.md', { cwd: folder, dot: false }).sort();
  for (const file of files) cpSync(join(folder, file), join(root, 'handbook', file));
  writeFileSync(join(root, '.handbook-l10n.json'), JSON.stringify({ languages: ['fr'] }));
  // A file the pipeline refuses (not UTF-8, nested beyond reason) is set aside with its reason.
  const refused: string[] = [];
  for (;;) {
    try {
      await runExtract(root);
      break;
    } catch (error) {
      const file = (error as { file?: string }).file;
      if (!file) throw error;
      refused.push(`${file}: ${(error as Error).message}`);
      rmSync(join(root, file));
    }
  }
  const project = await readProject(root);
  const units = fg.sync('**/*.json', { cwd: join(root, 'locales/en') }).reduce((sum, file) => sum + Object.keys(JSON.parse(readFileSync(join(root, 'locales/en', file), 'utf8')) as object).length, 0);
  writeTranslations(root, (text) => text);
  await runMerge(root);
  const markdown = project.sources.filter((file) => file.kind === 'markdown');
  const read = (file: (typeof markdown)[number]): string => readFileSync(join(root, 'build/md/fr', file.relative), 'utf8');
  const identical = markdown.filter((file) => read(file) === `${file.bom ? '\uFEFF' : ''}${file.text}`).length;
  writeTranslations(root, (text) => pseudoTranslate(text, 'fr'));
  const [merge] = await runMerge(root);
  const kept = markdown.filter((file) => blockShape(read(file)) === blockShape(file.text)).length;
  const { report } = await runCheck(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${name}: ${files.length} files (${refused.length} refused), ${units} units; identity merge: ${identical}/${markdown.length} files byte-identical; ` +
      `pseudo-translation: ${merge?.translated ?? 0} merged, ${merge?.rejected.length ?? 0} rejected (${tally(merge?.rejected.map((item) => item.code) ?? [])}), ` +
      `block structure kept in ${kept}/${markdown.length} files; check: ${tally(report.findings.map((finding) => finding.rule))}; ${seconds} s\n`,
  );
  for (const line of refused) process.stdout.write(`  refused ${line}\n`);
  rmSync(root, { recursive: true, force: true });
}

const books = process.argv.slice(2).map((argument) => argument.split('=') as [string, string]);
if (books.length === 0) {
  process.stderr.write('usage: npm run books -- NAME=FOLDER [NAME=FOLDER …] (folders of Markdown files, e.g. checkouts of public books)\n');
  process.exitCode = 2;
}
for (const [name, folder] of books) await runBook(name, folder);
