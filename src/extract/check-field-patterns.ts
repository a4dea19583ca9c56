/**
 * Validation of field-pattern options.
 */

/** A dot path of names, array indices or `*`, without empty segments. */
const patternShape = /^(?:[^.\s*]+|\*)(?:\.(?:[^.\s*]+|\*))*$/;

/**
 * Check that every field pattern is a dot path of names, indices or `*`.
 *
 * Invariant: returns normally only when every pattern matches that shape; never changes
 * its input.
 *
 * @param patterns The configured patterns.
 * @param option The option name, for the message (e.g. `frontMatterFields`).
 * @throws {Error} On the first malformed pattern: what failed, its value, the option and what was expected.
 */
export function checkFieldPatterns(patterns: readonly unknown[], option: string): void {
  for (const pattern of patterns) {
    if (typeof pattern !== 'string' || !patternShape.test(pattern)) {
      throw new Error(
        `Invalid field pattern \`${String(pattern)}\` for option \`${option}\`: expected a dot path of names, indices or \`*\` (e.g. \`goals.*.name\`)`,
      );
    }
  }
}
