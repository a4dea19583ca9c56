/**
 * `check`: the CI gate. Checks every language against its English source, staleness record,
 * glossary and fonts, applies the configured gates and prints the report.
 */
import { lstatSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addCounts, emptyCounts, type Counts, type Finding, type Report } from '../base/index.js';
import { applyGates, checkFile, createLanguageRules, formatReport, isGateFailed, readLanguageGlossary, REPORT_FORMATS, type FileCounts } from '../check/index.js';
import { readLanguageCoverage } from '../fonts/index.js';
import { getChainLanguages, keySource, mergeSource, readFileCatalogs, readProject } from '../project/index.js';
import { readNamespaceState, writeFileAtomic } from '../store/index.js';
import { UsageError } from '../base/index.js';
import { pickLang, type Command, type FileProgress } from './command.js';

/** The check's result: the weighed report and per-file counts for the status view. */
export interface CheckResult {
  /** The report, as `check --format json` prints it. */
  report: Report;
  /** Language → per-file counts, in book order. */
  files: Record<string, FileCounts[]>;
}

/**
 * Check every language of a project and apply the configured gates. Reads only.
 * Findings come in report order: the glossaries', then each source file's, then `min-translated`.
 * @param rootDir Project root.
 * @param options `lang`: limit to these languages; `onFile`: called after each source file.
 * @returns The report and the per-file counts.
 */
export async function runCheck(rootDir: string, options: { lang?: string[]; onFile?: FileProgress } = {}): Promise<CheckResult> {
  const project = await readProject(rootDir, options.lang);
  const findings: Finding[] = [];
  const languages: Record<string, Counts> = {};
  const files: Record<string, FileCounts[]> = {};
  const glossaries = [];
  for (const lang of project.languages) {
    const glossary = await readLanguageGlossary(project.root, lang);
    findings.push(...(glossary?.findings ?? []));
    languages[lang] = emptyCounts();
    files[lang] = [];
    glossaries.push({ lang, glossary: glossary?.glossary });
  }
  const rules = createLanguageRules(glossaries);
  const resources = project.languages.flatMap((lang) => {
    const own = rules.get(lang);
    return own ? [{ lang, rules: own, coverage: readLanguageCoverage(project.root, lang) }] : [];
  });
  const chainLanguages = getChainLanguages(project);
  let filesDone = 0;
  for (const file of project.sources) {
    const keyed = await keySource(project, file);
    const { catalogs, problems } = await readFileCatalogs(project, file, chainLanguages);
    const state = await readNamespaceState(project.root, file.namespace);
    for (const { lang, rules: own, coverage } of resources) {
      const problem = problems.get(lang);
      if (problem) findings.push(problem);
      const merged = mergeSource(project, keyed, lang, catalogs);
      const checked = checkFile({ lang, keyed, merged, catalog: catalogs.get(lang), state: state[lang], rules: own, coverage });
      findings.push(...checked.findings);
      files[lang]?.push(checked.counts);
      const total = languages[lang];
      if (total) addCounts(total, checked.counts);
    }
    options.onFile?.(++filesDone, project.sources.length, file.path);
  }
  return { report: applyGates({ languages, findings }, project.config.gates), files };
}

/** `handbook-l10n check`: prints or writes the report; exit 1 when a gate fails. */
export const command: Command = async (options, output) => {
  const format = options.format ?? 'text';
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${format}"; expected one of ${REPORT_FORMATS.join(', ')}`);
  const progress = output.progress('check');
  const { report } = await runCheck(options.root, { ...pickLang(options), onFile: progress.tick }).finally(() => progress.end());
  const text = formatReport(report, format, { color: output.color });
  if (options.output) {
    const target = resolve(options.output);
    // Only a regular file is replaced atomically; a link, pipe or device is written through.
    if (lstatSync(target, { throwIfNoEntry: false })?.isFile() === false) writeFileSync(target, text);
    else await writeFileAtomic(target, text);
    output.err(`check: report written to ${options.output}\n`);
  } else output.out(text);
  return isGateFailed(report) ? 1 : 0;
};
