/**
 * Run the text rules of the check stage on one translated unit.
 */

import type { Finding } from './finding.js';
import { findGlossaryIssues } from './find-glossary-issues.js';
import { findRegionalTerms } from './find-regional-terms.js';
import { findScriptMismatches } from './find-script-mismatches.js';
import { getChineseScript } from './get-chinese-script.js';
import type { Glossary } from './glossary-term.js';
import { getProseText } from './get-prose-text.js';

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
