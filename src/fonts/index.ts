/**
 * Fonts: per-language stacks, coverage and the glyph check.
 */
export { getFontStack, formatFontFamily, readFontConfig, type FontConfig, type FontStack } from './stacks.js';
export { formatFontFaceCss, listStackFontFiles, parseFontFaceCss, type FontFile } from './font-faces.js';
export { readFontCoverage, readLanguageCoverage } from './coverage.js';
export { findMissingGlyphs, findUncoveredChars, type GlyphSegment } from './glyphs.js';
