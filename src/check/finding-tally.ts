/**
 * The counts a report's formats and gate need, kept instead of the findings themselves.
 */

import type { Finding, RuleId, Severity } from './finding.js';

/** Findings of one language and rule, split as JUnit lists them. */
export interface RuleTally {
  /** Findings of severity `error`. */
  errors: number;
  /** Findings of any other severity. */
  others: number;
}

/** Findings of one language, by severity and by rule. */
export type LanguageTally = Record<Severity, number> & {
  /** Every finding of the language. */
  total: number;
  /** By rule, only rules with findings. */
  rules: Map<RuleId, RuleTally>;
};

/** Counts over every finding of a report. */
export interface FindingTally {
  /** Every finding. */
  total: number;
  /** Findings of severity `error`: the gate fails when there is one. */
  errors: number;
  /** The longest rule id of any finding (0 with none), the text format's column width. */
  ruleWidth: number;
  /** By language, in order of first finding. */
  languages: Map<string, LanguageTally>;
}

/**
 * Make an empty tally.
 * Invariant: a new object each call; all counts zero.
 * @returns The tally.
 */
export function createFindingTally(): FindingTally {
  return { total: 0, errors: 0, ruleWidth: 0, languages: new Map() };
}

/**
 * Count one finding into a tally.
 * Invariant: changes only `tally`; counting the same findings in any order gives equal counts.
 * @param tally The tally, updated in place.
 * @param finding The finding.
 */
export function tallyFinding(tally: FindingTally, finding: Finding): void {
  const error = finding.severity === 'error';
  tally.total += 1;
  if (error) tally.errors += 1;
  tally.ruleWidth = Math.max(tally.ruleWidth, finding.rule.length);
  let language = tally.languages.get(finding.lang);
  if (!language) {
    language = { total: 0, error: 0, warning: 0, info: 0, rules: new Map() };
    tally.languages.set(finding.lang, language);
  }
  language.total += 1;
  language[finding.severity] += 1;
  let rule = language.rules.get(finding.rule);
  if (!rule) {
    rule = { errors: 0, others: 0 };
    language.rules.set(finding.rule, rule);
  }
  if (error) rule.errors += 1;
  else rule.others += 1;
}
