/**
 * The bottom layer: the errors and the vocabulary (rules, findings, counts) every stage and
 * command shares. It imports nothing of the project.
 */
export { BrowserLaunchError, EXPECTED_FAILURES, GlyphMissingError, UsageError } from './errors.js';
export { addCounts, emptyCounts, RULES, type Counts, type Finding, type Report, type RuleId, type Severity } from './findings.js';
