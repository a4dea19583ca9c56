/**
 * Everything about one language that needs no browser: parse, sanitize, lay out the
 * stylesheet and check every drawn character against the language's fonts.
 */
import type { Finding } from '../base/index.js';
import type { FontConfig } from '../fonts/index.js';
import { findMissingGlyphs } from '../fonts/index.js';
import { formatFontFaceCss } from '../fonts/index.js';
import { formatFontFamily } from '../fonts/index.js';
import { getFontStack, type FontStack } from '../fonts/index.js';
import { listStackFontFiles, type FontFile } from '../fonts/index.js';
import { readFontCoverage } from '../fonts/index.js';
import type { BookInput } from './book-input.js';
import { fontUrlOf } from './font-url-of.js';
import { getBookCss } from './get-book-css.js';
import { getGlyphSegments } from './get-glyph-segments.js';
import { GlyphMissingError } from '../base/index.js';
import { parseBookMetadata, type BookMetadata } from './parse-book-metadata.js';
import { prepareBook, type PreparedBook } from './prepare-book.js';

/** A language ready for the browser. */
export interface PreparedLanguage {
  /** The input it came from. */
  input: BookInput;
  /** Parsed metadata. */
  metadata: BookMetadata;
  /** Sanitized chapters and headings. */
  book: PreparedBook;
  /** The language's font stack. */
  stack: FontStack;
  /** The stack's font files. */
  files: FontFile[];
  /** CSS `font-family` of the stack. */
  fontFamily: string;
  /** The book stylesheet. */
  css: string;
  /** URLs of the font files the text needs, preloaded by the document. */
  preloadFonts: string[];
  /** Milliseconds this preparation took. */
  ms: number;
}

/**
 * Prepare one language and run the glyph check.
 *
 * Invariant: throws `GlyphMissingError` (with one `glyph-missing` finding per uncovered
 * character occurrence, naming file, line and `U+` code) before anything is rendered, so a
 * language whose text its fonts cannot draw never reaches the browser. The font files whose
 * `unicode-range` meets the text are listed for preloading, so layout never waits on (or
 * falls back from) a face that is still loading.
 *
 * @param input The language's book.
 * @param book Book name (title fallback).
 * @param fontConfig Font configuration.
 * @param root Project folder (font packages resolve from here first).
 * @returns The prepared language.
 */
export async function prepareLanguage(input: BookInput, book: string, fontConfig: FontConfig, root: string): Promise<PreparedLanguage> {
  const started = performance.now();
  const lang = input.lang;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(input.htmlLang)) {
    throw new Error(`Invalid htmlLang \`${input.htmlLang}\` for ${lang}: expected a BCP 47 tag`);
  }
  const metadata = parseBookMetadata(input.metadata, book);
  const prepared = prepareBook(input.chapters, metadata);
  const stack = getFontStack(lang, fontConfig);
  const files = listStackFontFiles(stack, [root]);
  const coverage = readFontCoverage(files);
  const segments = getGlyphSegments(prepared, metadata, (path) => `build/md/${lang}/${path}`);
  const findings = dedupe(findMissingGlyphs(lang, segments, coverage));
  if (findings.length > 0) throw new GlyphMissingError(lang, findings);
  const fontFamily = formatFontFamily(stack);
  const css = getBookCss({
    fontFaceCss: formatFontFaceCss(files, fontUrlOf),
    fontFamily,
    cjk: stack.cjk,
    pageLabel: metadata.ui.page,
    runningTitle: metadata.title,
  });
  const codePoints = [...new Set(segments.flatMap((segment) => [...segment.text].map((char) => char.codePointAt(0) ?? 0)))];
  const preloadFonts = files
    .filter((file) => file.unicodeRange.some(([start, end]) => codePoints.some((codePoint) => codePoint >= start && codePoint <= end)))
    .map(fontUrlOf);
  return { input, metadata, book: prepared, stack, files, fontFamily, css, preloadFonts, ms: performance.now() - started };
}

/** Drop repeated findings (the same character reported twice on one line). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.file}:${finding.line}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
