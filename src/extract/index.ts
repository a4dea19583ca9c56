/**
 * The segment stage: Markdown and metadata JSON split into translatable units. Re-exports only.
 */
export { segmentJson } from './fields.js';
export { getContentRange } from './ranges.js';
export { parseMarkdown, segmentMarkdown } from './segment.js';
export { getSlug } from './text.js';
export type { SegmentedFile, SegmentOptions, Unit, UnitKind } from './units.js';
