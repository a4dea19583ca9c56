/**
 * Collision handling for new keys.
 */

/**
 * Return `base`, or `base-2`, `base-3`… — the first one not in `taken`.
 *
 * Invariant: the result is not in `taken` and starts with `base`.
 *
 * @param base The formatted key.
 * @param taken Keys already in use (or reserved) in the same file.
 * @returns A key unique against `taken`.
 */
export function getUniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}
