import type { Finding, LanguageSummary, Report } from '../check/finding.js';
import { getMinTranslatedFindings } from '../check/get-min-translated-findings.js';
import { createFindingWeigher } from '../check/weigh-findings.js';
import { readFontConfig } from '../fonts/read-font-config.js';
import { checkFile } from '../project/check-file.js';
import { createLookupPool } from '../merge/create-lookup.js';
import { mergeForLanguage } from '../project/merge-for-language.js';
import { getChainLanguages, openFileWork } from '../project/open-file-work.js';
import { openCoverageCache } from '../project/open-caches.js';
import { readLanguageCoverage } from '../project/read-language-coverage.js';
import { readLanguageGlossary } from '../project/read-language-glossary.js';
import { readProject } from '../project/read-project.js';
import { hashText } from '../store/hash-text.js';
import { readNamespaceState } from '../store/namespace-state.js';
import type { FileProgress } from './file-progress.js';
import type { StatusRow } from '../weblate/language-status.js';

/** The check's result: the report (gates applied) and per-file counts for the status view. */
export interface CheckResult {
  /** The report, as `check --format json` prints it. */
  report: Report;
  /** Language → per-file counts. */
  files: Record<string, StatusRow[]>;
}

/** What {@link streamCheck} returns besides the findings it hands on. */
export interface CheckCounts {
  /** Per-language counts, as the report holds them. */
  languages: Record<string, LanguageSummary>;
  /** Language → per-file counts. */
  files: Record<string, StatusRow[]>;
}

/** Receives weighed findings, a batch at a time, in report order; must not keep the array. */
export type FindingSink = (findings: readonly Finding[]) => void;

/**
 * Check every language of a project against its English source, staleness record, glossary
 * and fonts, and apply the configured gates. Works a source file at a time.
 * Invariant: reads only (besides the shared caches under `build/.cache/`).
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onFile`: called after each source file.
 * @returns The report and the per-file counts.
 */
export async function runCheck(rootDir: string, options: { lang?: string[]; onFile?: FileProgress } = {}): Promise<CheckResult> {
  const findings: Finding[] = [];
  const { languages, files } = await streamCheck(rootDir, options, (weighed) => {
    for (const finding of weighed) findings.push(finding);
  });
  return { report: { languages, findings }, files };
}

/**
 * Check a project as {@link runCheck} does, but hand the weighed findings to `sink` as each
 * source file is checked instead of keeping them: memory does not grow with the findings.
 * Invariant: the batches joined are exactly `runCheck`'s `report.findings`, in its order (the
 * glossaries' findings, then each source file's, then the `min-translated` ones); empty
 * batches are not sent. Reads only (besides the shared caches under `build/.cache/`).
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onFile`: called after each source file.
 * @param sink Receives the findings.
 * @returns The per-language and per-file counts.
 */
export async function streamCheck(rootDir: string, options: { lang?: string[]; onFile?: FileProgress }, sink: FindingSink): Promise<CheckCounts> {
  const project = await readProject(rootDir, options.lang);
  const weigh = createFindingWeigher(project.config.gates);
  const emit = (findings: readonly Finding[]): void => {
    const weighed = weigh(findings);
    if (weighed.length > 0) sink(weighed);
  };
  const summaries: Record<string, LanguageSummary> = {};
  const files: Record<string, StatusRow[]> = {};
  const coverageCache = await openCoverageCache(project);
  const fonts = JSON.stringify(readFontConfig(project.root));
  const languages = [];
  for (const lang of project.languages) {
    const glossary = await readLanguageGlossary(project.root, lang);
    emit(glossary?.findings ?? []);
    summaries[lang] = { units: 0, translated: 0, missing: 0, outdated: 0, rejected: 0 };
    files[lang] = [];
    languages.push({
      lang,
      glossary: glossary?.glossary,
      coverage: await readLanguageCoverage(project.root, lang, coverageCache),
      memoSalt: hashText(JSON.stringify([glossary?.glossary.terms ?? null, fonts])),
    });
  }
  const chainLanguages = getChainLanguages(project);
  const lookups = createLookupPool();
  let filesDone = 0;
  for (const file of project.sources) {
    const { caches, keyed, catalogs, problems } = await openFileWork(project, file, chainLanguages);
    const state = await readNamespaceState(project.root, file.namespace);
    for (const language of languages) {
      const { lang } = language;
      const problem = problems.get(lang);
      if (problem) emit([problem]);
      const merged = mergeForLanguage(project, keyed, lang, (code) => catalogs.get(code), caches, lookups);
      const { findings, counts } = checkFile({ ...language, state: state[lang], keyed, merged, catalog: catalogs.get(lang), memo: caches.findings });
      emit(findings);
      files[lang]?.push(counts);
      const summary = summaries[lang];
      if (summary) {
        summary.units += counts.units;
        summary.translated += counts.translated;
        summary.missing += counts.missing;
        summary.outdated += counts.outdated;
        summary.rejected += counts.rejected;
      }
    }
    await caches.save();
    options.onFile?.(++filesDone, project.sources.length, file.path);
  }
  // Coverage is read while the units are checked (a font file only when a character needs it).
  await coverageCache.save();
  emit(getMinTranslatedFindings(summaries, project.config.gates));
  return { languages: summaries, files };
}
