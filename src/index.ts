/**
 * handbook-l10n's library: one function per command, and the pure stages they are made of.
 * Re-exports only; `test/unit/index.exports.test.ts` pins the list of names.
 */
export { runExtract, type ExtractResult } from './commands/run-extract.js';
export { runMerge, type LanguageMerge } from './commands/run-merge.js';
export { runPdf, type PdfResult } from './commands/run-pdf.js';
export { runCheck, type CheckResult } from './commands/run-check.js';
export { runStatus } from './commands/run-status.js';
export { readProject, type Project, type SourceFile } from './project/read-project.js';
export { configSchema, type Config } from './config/config-schema.js';
export { getLanguage, LANGUAGES, type LanguageInfo } from './config/languages.js';
export { parseMarkdown, segmentMarkdown, segmentJson } from './extract/index.js';
export type { Unit, UnitKind, SegmentedFile } from './extract/unit.js';
export { assignKeys, isSafeKey, type KeyedUnit } from './keys/index.js';
export { formatLocaleJson } from './store/format-locale-json.js';
export { parseLocaleJson, type LocaleCatalog } from './store/parse-locale-json.js';
export { getStaleness, updateNamespaceState, type StateEntry, type Staleness } from './store/staleness.js';
export { checkTranslation, createLookup, createLookupPool, mergeFile, spliceUnits, type GuardOptions } from './merge/index.js';
export { renderBooks, type BookInput } from './pdf/index.js';
export { findMissingGlyphs, getFontStack } from './fonts/index.js';
export { applyGates, formatCodeQuality, formatGithub, formatJson, formatJunit, formatText, readGlossary, type Finding, type Report } from './check/index.js';
export { formatBadge, formatTmx, formatStatusJson, formatStatusMarkdown, formatStatusText, type LanguageStatus } from './weblate/index.js';
