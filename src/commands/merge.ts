/**
 * `merge`: write each language's translated Markdown to `build/md/<lang>/…`.
 */
import { resolve, sep } from 'node:path';
import type { Finding } from '../base/index.js';
import type { RejectedUnit } from '../merge/index.js';
import { getChainLanguages, keySource, mergeSource, type Project, readFileCatalogs, readProject, withProjectLock } from '../project/index.js';
import { PROJECT_PATHS, toProjectPath, writeFileAtomic } from '../store/index.js';
import { pickLang, type Command, type FileProgress } from './command.js';

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
 * Merge every language into `build/md/<lang>/…`, with the same relative paths as the handbook,
 * a source file at a time (all its languages, then the next file). Writes only below
 * `build/md/<lang>/`; output paths come from the handbook's own file list, never from translations.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onFile`: called after each source file.
 * @returns One entry per language.
 */
export async function runMerge(rootDir: string, options: { lang?: string[]; onFile?: FileProgress } = {}): Promise<LanguageMerge[]> {
  const project = await readProject(rootDir, options.lang);
  return withProjectLock(project.root, 'merge', () => mergeProject(project, options));
}

/** The work of `runMerge`, under the project's write lock. */
async function mergeProject(project: Project, options: { lang?: string[]; onFile?: FileProgress }): Promise<LanguageMerge[]> {
  const merges = project.languages.map((lang): LanguageMerge => ({ lang, translated: 0, fallback: 0, fallbackByFile: {}, rejected: [], problems: [], written: [] }));
  const chainLanguages = getChainLanguages(project);
  let filesDone = 0;
  for (const file of project.sources) {
    const keyed = await keySource(project, file);
    const { catalogs, problems } = await readFileCatalogs(project, file, chainLanguages);
    for (const merge of merges) {
      const result = mergeSource(project, keyed, merge.lang, catalogs);
      const outDir = resolve(project.root, PROJECT_PATHS.build, 'md', merge.lang);
      const target = resolve(outDir, file.relative);
      if (!target.startsWith(outDir + sep)) throw new Error(`refusing to write outside ${outDir}: ${target}`);
      if (await writeFileAtomic(target, `${file.bom ? '\uFEFF' : ''}${result.output}`)) merge.written.push(toProjectPath(project.root, target));
      merge.translated += result.translated;
      merge.fallback += result.fallback;
      merge.fallbackByFile[file.path] = result.fallback;
      merge.rejected.push(...result.rejected.map((r) => ({ ...r, file: file.path })));
      const problem = problems.get(merge.lang);
      if (problem) merge.problems.push(problem);
    }
    options.onFile?.(++filesDone, project.sources.length, file.path);
  }
  // A merge of every language used every entry still worth keeping.
  if (!options.lang) project.mergeCache.prune();
  return merges;
}

/**
 * One language's merge for people: counts, then each unreadable file and rejected unit.
 * @param merge The language's merge.
 * @returns The summary line (for stdout) and the details (for stderr).
 */
function describeMerge(merge: LanguageMerge): { summary: string; details: string } {
  const total = merge.translated + merge.fallback + merge.rejected.length;
  const summary =
    `merge ${merge.lang}: ${merge.translated}/${total} units translated, ${merge.fallback} fallback, ${merge.rejected.length} rejected; ` +
    `${merge.written.length ? `wrote ${merge.written.length} files` : 'nothing to write'}\n`;
  const details = [
    ...merge.problems.map((problem) => `  ${problem.file}:${problem.line}: ${problem.message}\n`),
    ...merge.rejected.map((rejected) => `  rejected ${rejected.file}:${rejected.line} ${rejected.key}: ${rejected.message}\n`),
  ].join('');
  return { summary, details };
}

/** `handbook-l10n merge`: merges every language and says what each got. */
export const command: Command = async (options, output) => {
  const progress = output.progress('merge');
  const merges = await runMerge(options.root, { ...pickLang(options), onFile: progress.tick }).finally(() => progress.end());
  for (const merge of merges) {
    const { summary, details } = describeMerge(merge);
    output.out(summary);
    if (details) output.err(details);
  }
  if (merges.length === 0) output.out('merge: no languages (add folders under locales/)\n');
  return 0;
};
