/**
 * handbook-l10n's library: one function per command, and the stages they are made of.
 * Re-exports only; `test/unit/index.exports.test.ts` pins the list of names.
 */
export { runAccept, runCheck, runExtract, runMerge, runPdf, runStatus, type CheckResult, type ExtractResult, type LanguageMerge, type PdfResult } from './commands/index.js';
export { addCounts, RULES, UsageError, type Counts, type Finding, type Report, type RuleId, type Severity } from './base/index.js';
export { readProject, type KeyedFile, type Project, type SourceFile } from './project/index.js';
export { configSchema, getLanguage, LANGUAGES, type Config, type LanguageInfo } from './config/index.js';
export { parseMarkdown, segmentMarkdown, segmentJson, type Unit, type UnitKind, type SegmentedFile } from './extract/index.js';
export { assignKeys, isSafeKey, type KeyedUnit } from './keys/index.js';
export { formatLocaleJson, getStaleness, parseLocaleJson, updateNamespaceState, type LocaleCatalog, type StateEntry, type Staleness } from './store/index.js';
export { guardTranslation, createLookup, mergeFile, spliceUnits, type GuardOptions } from './merge/index.js';
export { renderBooks, type BookInput } from './pdf/index.js';
export { findMissingGlyphs, getFontStack } from './fonts/index.js';
export { applyGates, formatCodeQuality, formatGithub, formatJson, formatJunit, formatReport, formatText, readGlossary } from './check/index.js';
export { formatBadge, formatTmx, formatStatusJson, formatStatusMarkdown, formatStatusText, type LanguageStatus } from './weblate/index.js';
