/**
 * Work out which anchor each chapter and each known activity has.
 */
import { getChapterId } from './get-chapter-id.js';
import type { BookMetadata } from './parse-book-metadata.js';

/** Anchor ids that internal links may point at. */
export interface LinkTargets {
  /** Chapter path → id of its first heading. */
  byPath: ReadonlyMap<string, string>;
  /** Activity slug → anchor id (only activities whose chapter is in the book). */
  bySlug: ReadonlyMap<string, string>;
  /** Activity id such as `GGI-A-01` → anchor id (same condition). */
  byActivityId: ReadonlyMap<string, string>;
}

/**
 * Build the anchor tables for a book.
 *
 * Invariant: an activity's anchor is `activity-<slug>`, the id of the first heading of its
 * chapter; any other chapter's anchor is `getChapterId(path)`. Activities whose file is not
 * among the chapters get no anchor, so links to them are left as they are.
 *
 * @param paths Chapter paths in book order.
 * @param metadata Parsed metadata.
 * @returns The anchor tables.
 */
export function getLinkTargets(paths: readonly string[], metadata: BookMetadata): LinkTargets {
  const present = new Set(paths);
  const byPath = new Map<string, string>(paths.map((path) => [path, getChapterId(path)]));
  const bySlug = new Map<string, string>();
  const byActivityId = new Map<string, string>();
  for (const activity of metadata.activities) {
    if (!present.has(activity.path) || !/^[A-Za-z0-9_-]+$/.test(activity.slug)) continue;
    const anchor = `activity-${activity.slug.toLowerCase()}`;
    byPath.set(activity.path, anchor);
    bySlug.set(activity.slug, anchor);
    byActivityId.set(activity.id, anchor);
  }
  return { byPath, bySlug, byActivityId };
}
