import { join } from 'node:path';
import type { Report } from '../check/finding.js';
import { applyGates } from '../check/apply-gates.js';
import { getLanguage } from '../config/languages.js';
import { readProject } from '../project/read-project.js';
import { getKeyedFiles } from '../project/get-keyed-files.js';
import { openCaches } from '../project/open-caches.js';
import { readCatalogs, type LanguageCatalogs } from '../project/read-catalogs.js';
import { mergeLanguage } from '../project/merge-language.js';
import { checkLanguage } from '../project/check-language.js';
import type { StatusRow } from '../weblate/language-status.js';
import { readLanguageGlossary } from '../project/read-language-glossary.js';
import { readLanguageCoverage } from '../project/read-language-coverage.js';
import { readJsonFile } from '../store/read-json-file.js';
import { PROJECT_PATHS } from '../store/project-paths.js';
import type { LanguageState } from '../store/staleness.js';
import { hashText } from '../store/hash-text.js';
import { readFontConfig } from '../fonts/read-font-config.js';

/** The check's result: the report (gates applied) and per-file counts for the status view. */
export interface CheckResult {
  /** The report, as `check --format json` prints it. */
  report: Report;
  /** Language → per-file counts. */
  files: Record<string, StatusRow[]>;
}

/**
 * Check every language of a project against its English source, staleness record, glossary
 * and fonts, and apply the configured gates.
 * Invariant: reads only; writes nothing.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages.
 * @returns The report and the per-file counts.
 */
export async function runCheck(rootDir: string, options: { lang?: string[] } = {}): Promise<CheckResult> {
  const project = await readProject(rootDir, options.lang);
  const caches = await openCaches(project);
  const keyed = await getKeyedFiles(project, caches);
  const cache = new Map<string, LanguageCatalogs>();
  const report: Report = { languages: {}, findings: [] };
  const files: Record<string, StatusRow[]> = {};
  for (const lang of project.languages) {
    for (const code of getLanguage(lang, project.config.sourceLanguage).fallback) {
      if (code !== project.config.sourceLanguage && !cache.has(code)) cache.set(code, await readCatalogs(project, code));
    }
    const own = cache.get(lang) ?? { catalogs: new Map(), problems: [] };
    const glossary = await readLanguageGlossary(project.root, lang);
    const state = await readJsonFile<LanguageState>(join(project.root, PROJECT_PATHS.state, `${lang}.json`), `${PROJECT_PATHS.state}/${lang}.json`, {});
    const result = checkLanguage({
      lang,
      merged: mergeLanguage(project, keyed, lang, (code) => cache.get(code), caches),
      own,
      state,
      glossary: glossary?.glossary,
      coverage: await readLanguageCoverage(project.root, lang, caches.coverage),
      memo: caches.findings,
      memoSalt: hashText(JSON.stringify([glossary?.glossary.terms ?? null, readFontConfig(project.root)])),
    });
    report.languages[lang] = result.summary;
    report.findings.push(...(glossary?.findings ?? []), ...result.findings);
    files[lang] = result.files;
  }
  await caches.save();
  return { report: applyGates(report, project.config.gates), files };
}
