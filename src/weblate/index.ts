/**
 * The Weblate side: translation memory export (TMX), progress status (text, Markdown, JSON,
 * SVG badges). Re-exports only.
 */
export { formatBadge, writeBadges, type BadgeResult } from './badges.js';
export {
  formatStatusJson,
  formatStatusMarkdown,
  formatStatusText,
  getPercent,
  type LanguageStatus,
  type StatusMarkdownOptions,
  type StatusRow,
  type StatusTextOptions,
} from './status.js';
export { formatTmx, writeTranslationMemory, type TmxEntry, type TmxInput, type TranslationMemoryResult } from './translation-memory.js';
