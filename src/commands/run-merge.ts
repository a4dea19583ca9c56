import { resolve, sep } from 'node:path';
import type { Finding } from '../check/finding.js';
import type { RejectedUnit } from '../merge/merge-options.js';
import { createLookupPool } from '../merge/create-lookup.js';
import { mergeForLanguage } from '../project/merge-for-language.js';
import { getChainLanguages, openFileWork } from '../project/open-file-work.js';
import { readProject } from '../project/read-project.js';
import { PROJECT_PATHS, toProjectPath } from '../store/project-paths.js';
import type { FileProgress } from './file-progress.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

/** What merging one language did. */
export interface LanguageMerge {
  /** Folder code. */
  lang: string;
  /** Units taken from this language or its chain. */
  translated: number;
  /** Units left in English. */
  fallback: number;
  /** Fallbacks per source file (project-relative path → count). */
  fallbackByFile: Record<string, number>;
  /** Rejected translations, with the source file. */
  rejected: Array<RejectedUnit & { file: string }>;
  /** Locale files that could not be read. */
  problems: Finding[];
  /** Project-relative paths written (unchanged files are not rewritten). */
  written: string[];
}

/**
 * Merge every language into `build/md/<lang>/…`, with the same relative paths as the handbook.
 * Works a source file at a time (all languages of a file, then the next file), so memory does
 * not grow with the book.
 * Invariant: writes only below `build/md/<lang>/`; output paths come from the handbook's own
 * file list, never from translations.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onProgress`: called once per language at the end;
 *   `onFile`: called after each source file.
 * @returns One entry per language.
 */
export async function runMerge(
  rootDir: string,
  options: { lang?: string[]; onProgress?: (merge: LanguageMerge) => void; onFile?: FileProgress } = {},
): Promise<LanguageMerge[]> {
  const project = await readProject(rootDir, options.lang);
  const merges = project.languages.map((lang): LanguageMerge => ({ lang, translated: 0, fallback: 0, fallbackByFile: {}, rejected: [], problems: [], written: [] }));
  const chainLanguages = getChainLanguages(project);
  const lookups = createLookupPool();
  let filesDone = 0;
  for (const file of project.sources) {
    const { caches, keyed, catalogs, problems } = await openFileWork(project, file, chainLanguages);
    for (const merge of merges) {
      const result = mergeForLanguage(project, keyed, merge.lang, (code) => catalogs.get(code), caches, lookups);
      const outDir = resolve(project.root, PROJECT_PATHS.build, 'md', merge.lang);
      const target = resolve(outDir, file.relative);
      if (!target.startsWith(outDir + sep)) throw new Error(`refusing to write outside ${outDir}: ${target}`);
      if (await writeFileAtomic(target, result.output)) merge.written.push(toProjectPath(project.root, target));
      merge.translated += result.translated;
      merge.fallback += result.fallback;
      merge.fallbackByFile[file.path] = result.fallback;
      merge.rejected.push(...result.rejected.map((r) => ({ ...r, file: file.path })));
      const problem = problems.get(merge.lang);
      if (problem) merge.problems.push(problem);
    }
    await caches.save();
    options.onFile?.(++filesDone, project.sources.length, file.path);
  }
  for (const merge of merges) options.onProgress?.(merge);
  return merges;
}
