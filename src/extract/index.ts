/**
 * The segment stage: Markdown and metadata JSON split into translatable units. Re-exports only.
 */
export { getSlug } from './get-slug.js';
export { getUnitText } from './get-unit-text.js';
export { parseMarkdown } from './parse-markdown.js';
export type { SegmentOptions } from './segment-options.js';
export { segmentJson } from './segment-json.js';
export { segmentMarkdown } from './segment-markdown.js';
export type { SegmentedFile, Unit, UnitKind } from './unit.js';
export { getContentRange } from './get-content-range.js';
