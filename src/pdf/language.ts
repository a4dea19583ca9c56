/**
 * Everything about one language that needs no browser: parse and sanitize the book, build its
 * stylesheet, and check every drawn character against the language's fonts.
 */
import type { ElementContent, Root } from 'hast';
import { GlyphMissingError, type Finding } from '../base/index.js';
import {
  findMissingGlyphs,
  formatFontFaceCss,
  formatFontFamily,
  getFontStack,
  listStackFontFiles,
  readFontCoverage,
  type FontConfig,
  type FontFile,
  type FontStack,
  type GlyphSegment,
} from '../fonts/index.js';
import { parseBookMetadata, prepareBook, type BookInput, type BookMetadata, type PreparedBook } from './book.js';
import { getBookCss } from './html.js';
import { fontUrlOf } from './origin.js';

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
 * Prepare one language and run the glyph check, which throws `GlyphMissingError` (one
 * `glyph-missing` finding per uncovered character, naming file, line and `U+` code) so that a
 * language whose text its fonts cannot draw never reaches the browser. The font files whose
 * `unicode-range` meets the text are listed for preloading, so layout never waits on (or
 * falls back from) a face that is still loading.
 *
 * @param book Book name (title fallback).
 * @param root Project folder (font packages resolve from here first).
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

/** Characters the layout adds itself: list bullets (all levels use `disc`) and page digits. */
const generatedText = '•0123456789';

/**
 * List the text a prepared book will draw, chapters first, for the glyph check: every text
 * node of every chapter after entity decoding and sanitizing (so exactly what is drawn, with
 * the line of its source node), the cover and running-header words of the metadata, and the
 * characters the layout adds.
 *
 * @param fileOf Maps a chapter path (or `metadata.json`) to the path reported in findings.
 */
export function getGlyphSegments(book: PreparedBook, metadata: BookMetadata, fileOf: (path: string) => string): GlyphSegment[] {
  const segments: GlyphSegment[] = [];
  for (const chapter of book.chapters) {
    const file = fileOf(chapter.path);
    const walk = (nodes: ElementContent[] | Root['children']): void => {
      for (const node of nodes) {
        if (node.type === 'text') segments.push({ file, line: node.position?.start.line ?? 1, text: node.value });
        else if (node.type === 'element') walk(node.children);
      }
    };
    walk(chapter.tree.children);
  }
  const words = [metadata.title, metadata.subtitle, metadata.version, ...Object.values(metadata.ui)];
  segments.push({ file: fileOf('metadata.json'), line: 1, text: words.join(' ').replace(/\{pages?\}/g, '') });
  segments.push({ file: '(layout)', line: 1, text: generatedText });
  return segments;
}
