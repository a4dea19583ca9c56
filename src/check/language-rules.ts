/**
 * The text rules of the check, per language: wrong-script characters, regional vocabulary and
 * the glossary, with the tables they need built once per language and run.
 */
import type { Finding } from '../base/index.js';
import type { Glossary } from './glossary-read.js';
import { findGlossaryIssues, prepareGlossary, type PreparedGlossary } from './glossary-rules.js';
import { buildChineseTables, type ChineseTables } from './opencc.js';
import { buildRegionalPhrases } from './regional-phrases.js';
import { createRegionalMatcher, findRegionalTerms, type RegionalMatcher } from './regional-terms.js';
import { findScriptMismatches, getChineseScript, type ChineseScript } from './script-mismatches.js';

/** One language's text rules, ready to run on every unit. */
export interface LanguageRules {
  /** Folder code. */
  lang: string;
  /** The Chinese script and region of the language; the script and regional rules run only then. */
  chinese: ChineseScript | undefined;
  /** OpenCC's tables, shared by the Chinese languages of a run. */
  tables: ChineseTables | undefined;
  /** The regional phrase table, for a Chinese language. */
  regional: RegionalMatcher | undefined;
  /** The glossary, prepared; no glossary rule runs without one. */
  glossary: PreparedGlossary | undefined;
}

/**
 * Build the text rules of the languages of a run. OpenCC's tables take about a second to
 * build, so they are built once, and only when a language is Chinese.
 * @param languages Each language with its glossary, if any.
 * @param built OpenCC's tables when the caller has them already (built here when needed otherwise).
 * @returns The rules by folder code.
 */
export function createLanguageRules(languages: ReadonlyArray<{ lang: string; glossary?: Glossary | undefined }>, built?: ChineseTables): Map<string, LanguageRules> {
  let tables = built;
  const rules = new Map<string, LanguageRules>();
  for (const { lang, glossary } of languages) {
    const chinese = getChineseScript(lang);
    if (chinese) tables ??= buildChineseTables();
    rules.set(lang, {
      lang,
      chinese,
      tables: chinese ? tables : undefined,
      regional: chinese && tables ? createRegionalMatcher(buildRegionalPhrases(chinese.region, glossary, tables)) : undefined,
      glossary: glossary ? prepareGlossary(glossary) : undefined,
    });
  }
  return rules;
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
}

/** Region names in messages. */
const usage = { tw: 'Taiwan', hk: 'Hong Kong', cn: 'mainland' } as const;
const otherUsage = { tw: 'mainland', hk: 'mainland', cn: 'Taiwan' } as const;

/**
 * Check one translation for wrong-script characters, regional vocabulary and glossary
 * problems.
 *
 * pure; an empty translation gives no finding. Every finding carries the unit's
 * file, line and key and severity `error` (gates set the final severity). Wrong-script
 * characters give one finding per unit listing each distinct character once; each distinct
 * regional word gives one finding; a word the glossary already reports as forbidden is not
 * reported again as a regional term.
 *
 * @param input The unit and its translation.
 * @param rules The language's rules.
 * @returns The findings, in the order script, glossary, regional.
 */
export function getUnitFindings(input: UnitFindingsInput, rules: LanguageRules): Finding[] {
  const { lang, file, line, key, source, translation } = input;
  if (translation.trim() === '') return [];
  const make = (rule: Finding['rule'], message: string): Finding => ({ rule, severity: 'error', lang, file, line, key, message });
  const findings: Finding[] = [];
  const { chinese, tables, glossary, regional } = rules;
  const mismatches = chinese && tables ? findScriptMismatches(translation, chinese, tables) : [];
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
  for (const found of regional ? findRegionalTerms(prose, regional) : []) {
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
 * the result has the same length as the input, so indices still point into it.
 * @param text A unit's inline Markdown.
 * @returns The text with non-prose parts replaced by spaces.
 */
function getProseText(text: string): string {
  let prose = text;
  for (const { pattern } of NOT_PROSE) prose = prose.replace(pattern, (match) => ' '.repeat(match.length));
  return prose;
}
