/**
 * `pdf`: render `build/pdf/<book>-<lang>.pdf` for the source language and every translation.
 */
import { z } from 'zod';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { Finding } from '../base/index.js';
import { getLanguage } from '../config/index.js';
import { findMissingGlyphs, readLanguageCoverage } from '../fonts/index.js';
import { renderBooks, type BookInput, type BookResult, type RenderProgress } from '../pdf/index.js';
import { getChainLanguages, keySource, mergeSource, readFileCatalogs, readProject, type FileCatalogs, type KeyedFile, type Project } from '../project/index.js';
import { PROJECT_PATHS, readJsonFile, writeFileAtomic } from '../store/index.js';
import { pickLang, type Command } from './command.js';

/** What the PDF command did. */
export interface PdfResult {
  /** PDFs rendered now. */
  books: BookResult[];
  /** Languages whose PDF was already up to date. */
  upToDate: string[];
  /** Languages stopped by characters no font covers, with the findings. */
  stopped: Array<{ lang: string; findings: Finding[] }>;
  /** Milliseconds to launch the browser (0 when nothing was rendered). */
  launchMs: number;
}

/**
 * Render the PDF of the source language and of every translation, sharing one browser. A
 * language whose inputs, fonts, images and tool code are unchanged since its last PDF is
 * not rendered again (unless `force`): rendering takes seconds, so `build/pdf/.inputs.json`
 * keeps each language's input hash. A language with a character no font covers is stopped
 * with `glyph-missing` findings naming file, line and key, and the others go on. Writes only
 * below `build/pdf/`.
 * @param rootDir Project root.
 * @param options `lang`, `force`, `onProgress`.
 * @returns What was rendered, skipped and stopped.
 */
export async function runPdf(rootDir: string, options: { lang?: string[]; force?: boolean; onProgress?: (event: RenderProgress) => void } = {}): Promise<PdfResult> {
  const project = await readProject(rootDir, options.lang);
  const source = project.config.sourceLanguage;
  const keyed: KeyedFile[] = [];
  for (const file of project.sources) keyed.push(await keySource(project, file));
  const catalogs = new Map<string, FileCatalogs['catalogs']>();
  const chainLanguages = getChainLanguages(project);
  for (const file of project.sources) catalogs.set(file.namespace, (await readFileCatalogs(project, file, chainLanguages)).catalogs);
  const outDir = join(project.root, PROJECT_PATHS.build, 'pdf');
  const hashFile = join(outDir, '.inputs.json');
  const hashes = await readJsonFile<Record<string, string>>(hashFile, 'build/pdf/.inputs.json', {}, { shape: z.record(z.string(), z.string()), kind: 'record of PDF inputs', expected: 'language → input hash (pdf writes it; delete it to render every language again)' });
  const extra = await getExtraInputs(project.root, join(project.root, project.config.handbookDir));
  const languages = [...(!options.lang || options.lang.includes(source) ? [source] : []), ...project.languages];
  const result: PdfResult = { books: [], upToDate: [], stopped: [], launchMs: 0 };
  const inputs: BookInput[] = [];
  const pending: Record<string, string> = {};
  for (const lang of languages) {
    const files = keyed.map(({ file, units }) => ({ file, units, text: file.text }));
    if (lang !== source) {
      for (const [index, entry] of keyed.entries()) {
        const file = files[index];
        if (file) file.text = mergeSource(project, entry, lang, catalogs.get(entry.file.namespace) ?? new Map()).output;
      }
    }
    // Every unit's text as this language's book prints it: its own translation, or the source.
    const own = (namespace: string, key: string): string | undefined => (lang === source ? undefined : catalogs.get(namespace)?.get(lang)?.values.get(key));
    const texts = keyed.flatMap(({ file, units }) => units.map((unit) => ({ file: file.path, line: unit.line, key: unit.key, text: own(file.namespace, unit.key) || unit.text })));
    const findings = findMissingGlyphs(lang, texts, readLanguageCoverage(project.root, lang));
    if (findings.length > 0) {
      result.stopped.push({ lang, findings });
      continue;
    }
    const input = getBookInput(project, lang, files);
    const hash = project.mergeCache.keyOf(['pdf', input.lang, input.htmlLang, input.metadata, input.chapters, extra]);
    const pdf = join(outDir, `${project.config.book}-${getLanguage(lang, source).pdf}.pdf`);
    if (!options.force && hashes[lang] === hash && (await stat(pdf).then(() => true, () => false))) {
      result.upToDate.push(lang);
      continue;
    }
    pending[lang] = hash;
    inputs.push(input);
  }
  if (inputs.length > 0) {
    const rendered = await renderBooks(inputs, { root: project.root, outDir, book: project.config.book, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    result.books = rendered.books;
    result.launchMs = rendered.launchMs;
    for (const book of rendered.books) hashes[book.lang] = pending[book.lang] ?? '';
    await writeFileAtomic(hashFile, `${JSON.stringify(hashes, null, 2)}\n`);
  }
  return result;
}

/**
 * One language's book: its Markdown chapters in book order and its merged metadata. Chapter
 * paths come from the handbook's own file list, never from translations.
 */
function getBookInput(project: Project, lang: string, files: ReadonlyArray<{ file: KeyedFile['file']; text: string }>): BookInput {
  const chapters: BookInput['chapters'] = [];
  let metadata: unknown = {};
  for (const { file, text } of files) {
    if (file.kind === 'markdown') chapters.push({ path: file.relative, markdown: text });
    else if (file.relative === 'metadata.json' || Object.keys(metadata as object).length === 0) metadata = JSON.parse(text) as unknown;
  }
  return { lang, htmlLang: getLanguage(lang, project.config.sourceLanguage).html, metadata, chapters, assetsDir: join(project.root, project.config.handbookDir) };
}

/** The font configuration and the images (path, size, modification time) a book may embed. */
async function getExtraInputs(root: string, handbook: string): Promise<string[]> {
  const fonts = await readFile(join(root, PROJECT_PATHS.fonts, 'fonts.json'), 'utf8').catch(() => '');
  const images = (await fg(['**/*', '!**/*.md', '!**/*.json'], { cwd: handbook })).sort();
  const sizes = await Promise.all(images.map(async (path) => {
    const info = await stat(join(handbook, path));
    return `${path}:${info.size}:${info.mtimeMs}`;
  }));
  return [fonts, ...sizes];
}

/** One rendering step for people. */
export function describeProgress(event: RenderProgress): string {
  if (event.type === 'launch') return `pdf: browser started in ${(event.ms / 1000).toFixed(1)} s\n`;
  if (event.type === 'start') return `pdf ${event.lang}: rendering…\n`;
  if (event.type === 'done') return `pdf ${event.lang}: ${event.file} (${event.pages} pages, ${(event.totalMs / 1000).toFixed(1)} s)\n`;
  return '';
}

/**
 * Say what the PDF stage skipped and stopped.
 * @param result The PDF stage's result.
 * @param output Where to say it.
 * @returns Exit code: 1 when a language was stopped.
 */
export function reportPdf(result: PdfResult, output: Parameters<Command>[1]): number {
  for (const lang of result.upToDate) output.out(`pdf ${lang}: up to date, not rendered\n`);
  if (result.books.length === 0 && result.stopped.length === 0) output.out('pdf: nothing changed; no PDF rendered\n');
  for (const { lang, findings } of result.stopped) {
    output.err(`pdf ${lang}: stopped, ${findings.length} character(s) no font of the ${lang} stack covers:\n`);
    for (const finding of findings.slice(0, 20)) output.err(`  ${finding.file}:${finding.line} ${finding.key ?? ''}: ${finding.message}\n`);
  }
  return result.stopped.length > 0 ? 1 : 0;
}

/** `handbook-l10n pdf`: renders the PDFs that are out of date. */
export const command: Command = async (options, output) =>
  reportPdf(await runPdf(options.root, { ...pickLang(options), force: options.force, onProgress: (event) => output.out(describeProgress(event)) }), output);
