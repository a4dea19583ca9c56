import type { Report } from '../check/finding.js';
import { applyGates } from '../check/apply-gates.js';
import { readFontConfig } from '../fonts/read-font-config.js';
import { checkFile } from '../project/check-file.js';
import { mergeForLanguage } from '../project/merge-for-language.js';
import { getChainLanguages, openFileWork } from '../project/open-file-work.js';
import { openCoverageCache } from '../project/open-caches.js';
import { readLanguageCoverage } from '../project/read-language-coverage.js';
import { readLanguageGlossary } from '../project/read-language-glossary.js';
import { readProject } from '../project/read-project.js';
import { hashText } from '../store/hash-text.js';
import { readNamespaceState } from '../store/namespace-state.js';
import type { StatusRow } from '../weblate/language-status.js';

/** The check's result: the report (gates applied) and per-file counts for the status view. */
export interface CheckResult {
  /** The report, as `check --format json` prints it. */
  report: Report;
  /** Language → per-file counts. */
  files: Record<string, StatusRow[]>;
}

/**
 * Check every language of a project against its English source, staleness record, glossary
 * and fonts, and apply the configured gates. Works a source file at a time.
 * Invariant: reads only (besides the shared caches under `build/.cache/`).
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages.
 * @returns The report and the per-file counts.
 */
export async function runCheck(rootDir: string, options: { lang?: string[] } = {}): Promise<CheckResult> {
  const project = await readProject(rootDir, options.lang);
  const report: Report = { languages: {}, findings: [] };
  const files: Record<string, StatusRow[]> = {};
  const coverageCache = await openCoverageCache(project);
  const fonts = JSON.stringify(readFontConfig(project.root));
  const languages = [];
  for (const lang of project.languages) {
    const glossary = await readLanguageGlossary(project.root, lang);
    report.findings.push(...(glossary?.findings ?? []));
    report.languages[lang] = { units: 0, translated: 0, missing: 0, outdated: 0, rejected: 0 };
    files[lang] = [];
    languages.push({
      lang,
      glossary: glossary?.glossary,
      coverage: await readLanguageCoverage(project.root, lang, coverageCache),
      memoSalt: hashText(JSON.stringify([glossary?.glossary.terms ?? null, fonts])),
    });
  }
  await coverageCache.save();
  const chainLanguages = getChainLanguages(project);
  for (const file of project.sources) {
    const { caches, keyed, catalogs, problems } = await openFileWork(project, file, chainLanguages);
    const state = await readNamespaceState(project.root, file.namespace);
    for (const language of languages) {
      const { lang } = language;
      const problem = problems.get(lang);
      if (problem) report.findings.push(problem);
      const merged = mergeForLanguage(project, keyed, lang, (code) => catalogs.get(code), caches);
      const { findings, counts } = checkFile({ ...language, state: state[lang], keyed, merged, catalog: catalogs.get(lang), memo: caches.findings });
      report.findings.push(...findings);
      files[lang]?.push(counts);
      const summary = report.languages[lang];
      if (summary) {
        summary.units += counts.units;
        summary.translated += counts.translated;
        summary.missing += counts.missing;
        summary.outdated += counts.outdated;
        summary.rejected += counts.rejected;
      }
    }
    await caches.save();
  }
  return { report: applyGates(report, project.config.gates), files };
}
