/**
 * The check stage, the CI gate: one file in one language at a time (`checkFile`), the text
 * rules behind it (script, regional terms, glossary), the gates, and the report formats. The
 * rule table itself is in `src/base` (`RULES`), shared with every stage that makes findings.
 */
export { checkFile, type FileCheckInput, type FileCounts } from './check-file.js';
export { createLanguageRules, getUnitFindings, type LanguageRules, type UnitFindingsInput } from './language-rules.js';
export { applyGates, gateSchema, gateSeveritySchema, gatesSchema, getLanguageGate, getTranslatedPercent, isGateFailed, type Gate, type Gates, type GateSeverity, type ResolvedGate } from './gates.js';
export { readGlossary, readLanguageGlossary, type Glossary, type GlossaryReadResult, type GlossaryTerm } from './glossary-read.js';
export { findGlossaryIssues, findTermMatches, type GlossaryIssue, type TermMatch, type TermMatchOptions } from './glossary-rules.js';
export { regionalAllowedTerms, regionalTermAdditions, type AllowedTerm, type RegionalTermAddition } from './regional-phrases.js';
export { findRegionalTerms, type RegionalTerm } from './regional-terms.js';
export { formatCodeQuality, formatGithub, formatJunit } from './report.js';
export { formatReport, REPORT_FORMATS } from './report.js';
export { formatJson, formatSummaryLine, formatText, type TextFormatOptions } from './report-text.js';
export { findScriptMismatches, getChineseScript, type ChineseScript, type ScriptMismatch } from './script-mismatches.js';
