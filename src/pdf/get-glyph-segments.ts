/**
 * Collect every piece of text a book will draw, with where it comes from.
 */
import type { ElementContent, Root } from 'hast';
import type { GlyphSegment } from '../fonts/index.js';
import type { BookMetadata } from './parse-book-metadata.js';
import type { PreparedBook } from './prepare-book.js';

/** Characters the layout adds itself: list bullets (all levels use `disc`) and page digits. */
const generatedText = '•0123456789';

/**
 * List the drawn text of a prepared book for the glyph check.
 *
 * Invariant: covers every text node of every chapter (after entity decoding and
 * sanitizing, so exactly what is drawn; front matter and removed HTML are not), the cover
 * and running-header words from the metadata, and the characters the layout adds. Each
 * chapter segment carries the line of its source node.
 *
 * @param book The prepared book.
 * @param metadata Parsed metadata.
 * @param fileOf Maps a chapter path (or `metadata.json`) to the path reported in findings.
 * @returns The segments, chapters first.
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
