/**
 * Find the replacements that break a file's structure, by bisection.
 */
import type { Replacement } from './splice-units.js';

/**
 * Find which replacements to leave out so that the spliced file keeps its structure.
 *
 * Invariant: splicing every replacement not in the result gives a file that `isIntact`
 * accepts. Halves that are intact alone are kept; a lone replacement that breaks the file
 * is returned; when two intact halves break the file together, all of them are returned.
 * Calls `isIntact` O(k log n) times for k breaking replacements among n.
 *
 * @param replacements The replacements, all accepted by the guard.
 * @param isIntact Tells whether splicing a subset keeps the file's structure.
 * @returns The replacements to fall back to the source text.
 */
export function findBrokenReplacements(
  replacements: readonly Replacement[],
  isIntact: (subset: readonly Replacement[]) => boolean,
): Replacement[] {
  if (replacements.length === 0 || isIntact(replacements)) return [];
  if (replacements.length === 1) return [...replacements];
  const middle = Math.ceil(replacements.length / 2);
  const halves = [replacements.slice(0, middle), replacements.slice(middle)];
  const broken = halves.flatMap((half) => findBrokenReplacements(half, isIntact));
  const kept = replacements.filter((replacement) => !broken.includes(replacement));
  return isIntact(kept) ? broken : [...replacements];
}
