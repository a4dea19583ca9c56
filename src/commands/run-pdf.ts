import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { Finding } from '../check/finding.js';
import { getLanguage } from '../config/languages.js';
import { findMissingGlyphs } from '../fonts/find-missing-glyphs.js';
import type { BookInput, BookResult, RenderProgress } from '../pdf/book-input.js';
import { renderBooks } from '../pdf/render-books.js';
import { getBookInput } from '../project/get-book-inputs.js';
import { getInputHash } from '../project/get-input-hash.js';
import { getKeyedFiles } from '../project/get-keyed-files.js';
import { openCaches, openCoverageCache, type FileCaches } from '../project/open-caches.js';
import { mergeLanguage, type MergedFile } from '../project/merge-language.js';
import { readCatalogs, type LanguageCatalogs } from '../project/read-catalogs.js';
import { readLanguageCoverage } from '../project/read-language-coverage.js';
import { readProject } from '../project/read-project.js';
import { readJsonFile } from '../store/read-json-file.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

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
 * Render `build/pdf/<book>-<lang>.pdf` for the source language and every translation, sharing
 * one browser. A language whose inputs, fonts and renderer are unchanged since its last
 * PDF is not rendered again (unless `force`); a language with a character no font covers is
 * stopped with `glyph-missing` findings naming file, line and key, and the others go on.
 * Invariant: writes only below `build/pdf/`.
 * @param rootDir Project root.
 * @param options `lang`, `force`, `onProgress`.
 * @returns What was rendered, skipped and stopped.
 */
export async function runPdf(
  rootDir: string,
  options: { lang?: string[]; force?: boolean; onProgress?: (event: RenderProgress) => void } = {},
): Promise<PdfResult> {
  const project = await readProject(rootDir, options.lang?.filter((l) => l !== 'en'));
  const source = project.config.sourceLanguage;
  const keyed = await getKeyedFiles(project);
  const coverageCache = await openCoverageCache(project);
  const fileCaches = new Map<string, FileCaches>();
  for (const file of project.sources) fileCaches.set(file.path, await openCaches(project, file));
  const outDir = join(project.root, PROJECT_PATHS.build, 'pdf');
  const hashFile = join(outDir, '.inputs.json');
  const hashes = await readJsonFile<Record<string, string>>(hashFile, 'build/pdf/.inputs.json', {});
  const extra = await getExtraInputs(project.root, join(project.root, project.config.handbookDir));
  const languages = [...(!options.lang || options.lang.includes(source) ? [source] : []), ...project.languages];
  const cache = new Map<string, LanguageCatalogs>();
  const result: PdfResult = { books: [], upToDate: [], stopped: [], launchMs: 0 };
  const inputs: BookInput[] = [];
  const pending: Record<string, string> = {};
  for (const lang of languages) {
    let merged: MergedFile[] | undefined;
    if (lang !== source) {
      for (const code of getLanguage(lang, source).fallback) {
        if (code !== source && !cache.has(code)) cache.set(code, await readCatalogs(project, code));
      }
      merged = mergeLanguage(project, keyed, lang, (code) => cache.get(code), (file) => fileCaches.get(file.file.path));
    }
    // Every unit's text as this language's book will print it: its translation, or the source.
    const own = lang === source ? undefined : cache.get(lang);
    const findings = findMissingGlyphs(
      lang,
      keyed.flatMap(({ file, units }) =>
        units.map((unit) => ({ file: file.path, line: unit.line, key: unit.key, text: own?.catalogs.get(file.namespace)?.values.get(unit.key) || unit.text })),
      ),
      await readLanguageCoverage(project.root, lang, coverageCache),
    );
    if (findings.length > 0) {
      result.stopped.push({ lang, findings });
      continue;
    }
    const input = getBookInput(project, lang, merged ?? keyed);
    const hash = getInputHash(input, extra);
    const pdf = join(outDir, `${project.config.book}-${getLanguage(lang, source).pdf}.pdf`);
    if (!options.force && hashes[lang] === hash && (await stat(pdf).then(() => true, () => false))) {
      result.upToDate.push(lang);
      continue;
    }
    pending[lang] = hash;
    inputs.push(input);
  }
  await coverageCache.save();
  for (const caches of fileCaches.values()) await caches.save();
  if (inputs.length > 0) {
    const rendered = await renderBooks(inputs, {
      root: project.root,
      outDir,
      book: project.config.book,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    result.books = rendered.books;
    result.launchMs = rendered.launchMs;
    for (const book of rendered.books) hashes[book.lang] = pending[book.lang] ?? '';
    await writeFileAtomic(hashFile, `${JSON.stringify(hashes, null, 2)}\n`);
  }
  return result;
}

async function getExtraInputs(root: string, handbook: string): Promise<string[]> {
  const fonts = await readFile(join(root, PROJECT_PATHS.fonts, 'fonts.json'), 'utf8').catch(() => '');
  const images = (await fg(['**/*', '!**/*.md', '!**/*.json'], { cwd: handbook })).sort();
  const sizes = await Promise.all(images.map(async (path) => `${path}:${(await stat(join(handbook, path))).size}:${(await stat(join(handbook, path))).mtimeMs}`));
  return [fonts, ...sizes];
}
