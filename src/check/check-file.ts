/**
 * Check one source file in one language: the state of each unit (missing, rejected,
 * outdated), the text rules on each translation, glyph coverage, and the locale file itself.
 */
import type { Counts, Finding } from '../base/index.js';
import { findMissingGlyphs } from '../fonts/index.js';
import type { KeyedUnit } from '../keys/index.js';
import type { MergeResult } from '../merge/index.js';
import { getStaleness, type LocaleCatalog, type StateEntry } from '../store/index.js';
import type { Glossary } from './glossary-read.js';
import { findGlossaryIssues } from './glossary-rules.js';
import { findRegionalTerms } from './regional-terms.js';
import { findScriptMismatches, getChineseScript } from './script-mismatches.js';

/** Everything `check` needs to know about one file in one language. */
export interface FileCheckInput {
  /** Folder code. */
  lang: string;
  /** The source file (project-relative path and namespace) and its keyed units. */
  keyed: { file: { path: string; namespace: string }; units: readonly KeyedUnit[] };
  /** Its merge into the language, in memory (the guard's verdicts). */
  merged: MergeResult;
  /** The language's own catalog of the file, if it has a valid one. */
  catalog: LocaleCatalog | undefined;
  /** The staleness record. */
  state: Record<string, StateEntry> | undefined;
  /** The glossary, if any. */
  glossary?: Glossary | undefined;
  /** Code points its fonts cover. */
  coverage: ReadonlySet<number>;
}

/** One file's counts in one language. */
export type FileCounts = Counts & {
  /** Project-relative path of the English source file. */
  file: string;
};

/**
 * Check one file in one language: missing, outdated, rejected and token findings per unit,
 * the text rules (script, regional terms, glossary), glyph coverage, and the locale file's
 * layout and unknown keys.
 * Pure; every unit finding names the English source file, line and key.
 * @param input The file's data in the language.
 * @returns Findings (severity `error` before gates) and the file's counts.
 */
export function checkFile(input: FileCheckInput): { findings: Finding[]; counts: FileCounts } {
  const { lang, state, catalog, keyed, merged } = input;
  const { file: source, units } = keyed;
  const file = source.path;
  const findings: Finding[] = [];
  const rejected = new Map(merged.rejected.filter((r) => r.lang === lang).map((r) => [r.key, r] as const));
  const counts: FileCounts = { file, units: units.length, translated: 0, missing: 0, outdated: 0, rejected: 0 };
  const localeFile = `locales/${lang}/${source.namespace}.json`;
  if (catalog && !catalog.weblateLayout) {
    findings.push({ rule: 'locale-file', severity: 'error', lang, file: localeFile, line: 1, message: "not in Weblate's layout (4-space indent, one key per line, UTF-8 unescaped, final newline); run extract or re-save it from Weblate" });
  }
  const known = new Set(units.map((u) => u.key));
  for (const [key, line] of catalog?.lines ?? []) {
    if (!known.has(key)) findings.push({ rule: 'unknown-key', severity: 'warning', lang, file: localeFile, line, key, message: `key "${key}" is not in the English catalog; run extract to archive it` });
  }
  for (const unit of units) {
    const at = { lang, file, line: unit.line, key: unit.key };
    const translation = catalog?.values.get(unit.key);
    if (translation === undefined || translation === '') {
      counts.missing++;
      findings.push({ rule: 'missing', severity: 'error', ...at, message: `no ${lang} translation for “${abbreviate(unit.text)}”` });
      continue;
    }
    const refusal = rejected.get(unit.key);
    if (refusal) {
      counts.rejected++;
      findings.push({ rule: refusal.code === 'token' ? 'token' : 'rejected', severity: 'error', ...at, message: `translation rejected (${refusal.code}): ${refusal.message}` });
      continue;
    }
    counts.translated++;
    if (getStaleness(state?.[unit.key], unit.text, translation) === 'outdated') {
      counts.outdated++;
      findings.push({ rule: 'outdated', severity: 'error', ...at, message: `the English changed since this translation was made: “${abbreviate(unit.text)}”` });
    }
    findings.push(
      ...getUnitFindings({ ...at, source: unit.text, translation, glossary: input.glossary }),
      ...findMissingGlyphs(lang, [{ ...at, text: translation }], input.coverage),
    );
  }
  return { findings, counts };
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One translated unit and where it comes from. */
export interface UnitFindingsInput {
  /** BCP 47 folder code of the language, e.g. `zh-Hant`. */
  lang: string;
  /** Project-relative path of the English source file. */
  file: string;
  /** 1-based line of the unit in the English source. */
  line: number;
  /** The unit key. */
  key: string;
  /** The English text. */
  source: string;
  /** The translation. */
  translation: string;
  /** The language's glossary; no glossary rule runs without one. Default none. */
  glossary?: Glossary | undefined;
}

/** Region names in messages. */
const usage = { tw: 'Taiwan', hk: 'Hong Kong', cn: 'mainland' } as const;
const otherUsage = { tw: 'mainland', hk: 'mainland', cn: 'Taiwan' } as const;

/**
 * Check one translation for wrong-script characters, regional vocabulary and glossary
 * problems.
 *
 * Invariant: pure; an empty translation gives no finding. Every finding carries the unit's
 * file, line and key and severity `error` (gates set the final severity). Wrong-script
 * characters give one finding per unit listing each distinct character once; each distinct
 * regional word gives one finding; a word the glossary already reports as forbidden is not
 * reported again as a regional term.
 *
 * @param input The unit, its translation and the language's glossary.
 * @returns The findings, in the order script, glossary, regional.
 */
export function getUnitFindings(input: UnitFindingsInput): Finding[] {
  const { lang, file, line, key, source, translation, glossary } = input;
  if (translation.trim() === '') return [];
  const make = (rule: Finding['rule'], message: string): Finding => ({ rule, severity: 'error', lang, file, line, key, message });
  const findings: Finding[] = [];
  const chinese = getChineseScript(lang);
  const mismatches = findScriptMismatches(translation, lang);
  if (chinese !== undefined && mismatches.length > 0) {
    const pairs = [...new Map(mismatches.map((found) => [found.char, `${found.char}→${found.expected}`])).values()];
    const what = chinese.script === 'Hant' ? 'Simplified characters in Traditional text' : 'Traditional characters in Simplified text';
    findings.push(make('simplified-in-traditional', `${what}: ${pairs.join(', ')}`));
  }
  const prose = getProseText(translation);
  const issues = glossary === undefined ? [] : findGlossaryIssues(getProseText(source), prose, glossary);
  for (const issue of issues) findings.push(make(issue.rule, issue.message));
  const forbidden = new Set(issues.flatMap((issue) => (issue.term === undefined ? [] : [issue.term])));
  const seen = new Set<string>();
  for (const found of findRegionalTerms(prose, lang, glossary)) {
    if (chinese === undefined || forbidden.has(found.term) || seen.has(found.term)) continue;
    seen.add(found.term);
    const advice = found.expected === '' ? '' : `; ${usage[chinese.region]} usage is "${found.expected}"`;
    findings.push(make('regional-term', `"${found.term}" is ${otherUsage[chinese.region]} usage${advice}`));
  }
  return findings;
}

/**
 * What the text rules read of a unit: its prose, with the parts that are not language
 * blanked out, each with the reason it is not prose.
 */
const NOT_PROSE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /`+[^`]*`+/g, reason: 'inline code is protected and never translated' },
  { pattern: /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, reason: 'a link or image target is a URL, not words' },
  { pattern: /<https?:[^>\s]*>/g, reason: 'an autolink is a URL' },
  { pattern: /\bhttps?:\/\/[^\s<>)\]]*/g, reason: 'a bare URL is not words' },
  { pattern: /<\/?[A-Za-z][^>]*>/g, reason: 'an HTML tag is markup' },
];

/**
 * Blank out inline code, link targets, URLs and HTML tags so that glossary and vocabulary
 * rules see only words.
 * Invariant: the result has the same length as the input, so indices still point into it.
 * @param text A unit's inline Markdown.
 * @returns The text with non-prose parts replaced by spaces.
 */
export function getProseText(text: string): string {
  let prose = text;
  for (const { pattern } of NOT_PROSE) prose = prose.replace(pattern, (match) => ' '.repeat(match.length));
  return prose;
}

/**
 * Count the line an offset falls on.
 *
 * Invariant: offset 0 is line 1; each `\n` before the offset adds one; offsets past the
 * end count the whole text.
 *
 * @param text The text the offset points into.
 * @param offset A UTF-16 offset into `text`.
 * @returns The 1-based line of `offset`.
 */
export function getLineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
}
