/**
 * The check stage: text rules on translated units, the glossary, gates and report formats.
 */

export { applyGates } from './apply-gates.js';
export { defaultGate } from './default-gate.js';
export type { Finding, LanguageSummary, Report, RuleId, Severity } from './finding.js';
export { findGlossaryIssues, type GlossaryIssue } from './find-glossary-issues.js';
export { findRegionalTerms, type RegionalTerm } from './find-regional-terms.js';
export { findScriptMismatches, type ScriptMismatch } from './find-script-mismatches.js';
export { findTermMatches, type TermMatch, type TermMatchOptions } from './find-term-matches.js';
export { formatCodeQuality } from './format-code-quality.js';
export { formatGithub } from './format-github.js';
export { formatJson } from './format-json.js';
export { formatJunit } from './format-junit.js';
export { formatLanguageSummary } from './format-language-summary.js';
export { formatText, type TextFormatOptions } from './format-text.js';
export {
  gateSchema,
  gateSeveritySchema,
  gatesSchema,
  type Gate,
  type Gates,
  type GateSeverity,
  type ResolvedGate,
} from './gates-schema.js';
export { getChineseScript, type ChineseScript } from './get-chinese-script.js';
export { getLanguageGate } from './get-language-gate.js';
export { getTranslatedPercent } from './get-translated-percent.js';
export { getUnitFindings, type UnitFindingsInput } from './get-unit-findings.js';
export type { Glossary, GlossaryTerm } from './glossary-term.js';
export { isGateFailed } from './is-gate-failed.js';
export { readGlossary, type GlossaryReadResult } from './read-glossary.js';
export { regionalTermAdditions, type RegionalTermAddition } from './regional-term-additions.js';
export { regionalAllowedTerms, type AllowedTerm } from './regional-term-allowed.js';
export { ruleIds } from './rule-ids.js';
