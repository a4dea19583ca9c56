/**
 * The Weblate side: translation memory export (TMX), progress status (text, Markdown, JSON,
 * SVG badges). Re-exports only.
 */
export { BADGE_COLORS, formatBadge } from './format-badge.js';
export { formatStatusJson } from './format-status-json.js';
export { formatStatusMarkdown, type StatusMarkdownOptions } from './format-status-markdown.js';
export { formatStatusText, type StatusTextOptions } from './format-status-text.js';
export { formatTmx, type TmxEntry, type TmxInput } from './format-tmx.js';
export { getPercent } from './get-percent.js';
export { getTranslationMemoryEntries, type NamespaceCatalogs } from './get-translation-memory-entries.js';
export type { LanguageStatus, StatusRow } from './language-status.js';
export { writeBadges, type BadgeResult } from './write-badges.js';
export { writeTranslationMemory, type TranslationMemoryResult } from './write-translation-memory.js';
