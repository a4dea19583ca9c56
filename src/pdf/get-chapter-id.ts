/**
 * Give a chapter a stable anchor id.
 */

/**
 * Derive the anchor id of a chapter's first heading from its path.
 *
 * Invariant: the id depends only on the path (never on translated text), so it is the same
 * in every language; it contains only `[a-z0-9-]` and starts with `ch-`.
 *
 * @param path Chapter path relative to `handbook/`, e.g. `40_goals/usage.md`.
 * @returns An id such as `ch-40-goals-usage`.
 */
export function getChapterId(path: string): string {
  const stem = path.replace(/\.(md|markdown)$/i, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `ch-${slug === '' ? 'chapter' : slug}`;
}
