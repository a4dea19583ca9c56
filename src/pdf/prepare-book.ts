/**
 * Convert every chapter of a book to hast with ids, links and images settled.
 */
import type { Root } from 'hast';
import { assignHeadingIds, type BookHeading } from './assign-heading-ids.js';
import { getChapterId } from './get-chapter-id.js';
import { getLinkTargets } from './get-link-targets.js';
import { linkActivityMentions } from './link-activity-mentions.js';
import { markdownToHast } from './markdown-to-hast.js';
import type { BookMetadata } from './parse-book-metadata.js';
import { rewriteImageSources } from './rewrite-image-sources.js';
import { rewriteLinks } from './rewrite-links.js';

/** A book ready to be laid out: chapters as sanitized hast and their headings. */
export interface PreparedBook {
  /** Chapters in book order. */
  chapters: Array<{ path: string; id: string; tree: Root }>;
  /** Every heading of the book in order (the outline). */
  headings: BookHeading[];
  /** Headings listed in the table of contents (ranks 1 and 2). */
  toc: BookHeading[];
}

/**
 * Convert, sanitize and link every chapter.
 *
 * Invariant: pure (no I/O); chapter order is kept; heading ids are unique across the book
 * because each chapter's ids start with its own anchor; footnote ids carry a per-chapter
 * prefix (`c<index>-`).
 *
 * @param chapters Chapters in book order with paths relative to `handbook/`.
 * @param metadata Parsed metadata (activities for internal links).
 * @returns The prepared book.
 * @throws Error naming the chapter when one fails to convert.
 */
export function prepareBook(chapters: ReadonlyArray<{ path: string; markdown: string }>, metadata: BookMetadata): PreparedBook {
  const targets = getLinkTargets(
    chapters.map((chapter) => chapter.path),
    metadata,
  );
  const prepared: PreparedBook = { chapters: [], headings: [], toc: [] };
  chapters.forEach((chapter, index) => {
    try {
      const tree = markdownToHast(chapter.markdown, `c${index + 1}-`);
      const id = targets.byPath.get(chapter.path) ?? getChapterId(chapter.path);
      rewriteLinks(tree, chapter.path, targets);
      linkActivityMentions(tree, targets);
      rewriteImageSources(tree, chapter.path);
      const headings = assignHeadingIds(tree, id);
      prepared.chapters.push({ path: chapter.path, id, tree });
      prepared.headings.push(...headings);
    } catch (error) {
      throw new Error(`Cannot convert chapter ${chapter.path}: ${String(error)}`, { cause: error });
    }
  });
  prepared.toc = prepared.headings.filter((heading) => heading.rank <= 2);
  return prepared;
}
