import { join, relative, resolve, sep } from 'node:path';
import { readProject } from '../project/read-project.js';
import { getKeyedFiles } from '../project/get-keyed-files.js';
import { openCaches } from '../project/open-caches.js';
import { readCatalogs, type LanguageCatalogs } from '../project/read-catalogs.js';
import { mergeLanguage } from '../project/merge-language.js';
import { getLanguage } from '../config/languages.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import type { RejectedUnit } from '../merge/merge-options.js';
import type { Finding } from '../check/finding.js';

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
 * Invariant: writes only below `build/md/<lang>/`; output paths come from the handbook's own
 * file list, never from translations.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onProgress`: called once per language.
 * @returns One entry per language.
 */
export async function runMerge(
  rootDir: string,
  options: { lang?: string[]; onProgress?: (merge: LanguageMerge) => void } = {},
): Promise<LanguageMerge[]> {
  const project = await readProject(rootDir, options.lang);
  const caches = await openCaches(project);
  const files = await getKeyedFiles(project, caches);
  const cache = new Map<string, LanguageCatalogs>();
  const results: LanguageMerge[] = [];
  for (const lang of project.languages) {
    for (const code of getLanguage(lang, project.config.sourceLanguage).fallback) {
      if (code !== project.config.sourceLanguage && !cache.has(code)) cache.set(code, await readCatalogs(project, code));
    }
    const outDir = resolve(project.root, PROJECT_PATHS.build, 'md', lang);
    const merge: LanguageMerge = { lang, translated: 0, fallback: 0, fallbackByFile: {}, rejected: [], problems: cache.get(lang)?.problems ?? [], written: [] };
    for (const { keyed, result } of mergeLanguage(project, files, lang, (code) => cache.get(code), caches)) {
      const target = resolve(outDir, keyed.file.relative);
      if (!target.startsWith(outDir + sep)) throw new Error(`refusing to write outside ${outDir}: ${target}`);
      if (await writeFileAtomic(target, result.output)) merge.written.push(relative(project.root, target).split(sep).join('/'));
      merge.translated += result.translated;
      merge.fallback += result.fallback;
      merge.fallbackByFile[keyed.file.path] = result.fallback;
      merge.rejected.push(...result.rejected.map((r) => ({ ...r, file: keyed.file.path })));
    }
    options.onProgress?.(merge);
    results.push(merge);
  }
  await caches.save();
  return results;
}

/** Where merged Markdown of a language goes. */
export function getMergedDir(root: string, lang: string): string {
  return join(root, PROJECT_PATHS.build, 'md', lang);
}
