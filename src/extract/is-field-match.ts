/**
 * Match concrete field paths against configured field patterns.
 */

/**
 * Tell whether a concrete field path matches any pattern. A pattern is a dot path
 * whose segments are names, array indices or `*` (any one segment).
 *
 * Invariant: a pattern matches only paths with the same number of segments.
 *
 * @param patterns Dot-path patterns, e.g. `title`, `goals.*.name`, `ui.*`.
 * @param path The concrete path segments, e.g. `['goals', '0', 'name']`.
 * @returns `true` when some pattern matches `path`.
 */
export function isFieldMatch(patterns: readonly string[], path: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const segments = pattern.split('.');
    return segments.length === path.length && segments.every((segment, index) => segment === '*' || segment === path[index]);
  });
}
