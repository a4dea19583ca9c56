/**
 * Fonts: per-language stacks, coverage and the glyph check.
 */
export { fontConfigSchema, type FontConfig } from './font-config-schema.js';
export { readFontConfig } from './read-font-config.js';
export { getFontStack, type FontStack, type StackFace } from './get-font-stack.js';
export { parseFontFaceCss, type FontFaceRule } from './parse-font-face-css.js';
export { listStackFontFiles, type FontFile } from './list-stack-font-files.js';
export { readFontCoverage, readLanguageCoverage, type CoverageSource } from './read-font-coverage.js';
export { findUncoveredChars, type UncoveredChar } from './find-uncovered-chars.js';
export { findMissingGlyphs, type GlyphSegment } from './find-missing-glyphs.js';
export { formatFontFaceCss } from './format-font-face-css.js';
export { formatFontFamily } from './format-font-family.js';
