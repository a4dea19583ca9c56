/**
 * Splicing: write translations into the source ranges of their units and leave every other
 * byte alone, and find by bisection the replacements that break the spliced file.
 */
import type { Unit } from '../extract/index.js';
import { replacementFormatters } from './formatters.js';

/** One unit and the text to write in its place. */
export interface Replacement {
  /** The unit whose `[start, end)` range is replaced. */
  unit: Unit;
  /** The text translators see (already accepted by the guard). */
  text: string;
}

/**
 * Splice translations into `source`.
 *
 * Only the `[start, end)` ranges of the given units change. A replacement whose
 * text equals `unit.text` writes `unit.raw`, so the identity merge reproduces `source`
 * byte for byte. Other texts are written by the unit kind's formatter (container prefixes
 * after hard breaks, JSON escapes, YAML quoting).
 *
 * @param source The full source text the units were segmented from.
 * @param replacements The units to replace and their texts, in any order.
 * @returns The source with every replacement written in.
 * @throws When a unit's range does not hold its `raw` text or two ranges overlap.
 */
export function spliceUnits(source: string, replacements: readonly Replacement[]): string {
  return spliceUnitsWithRanges(source, replacements).output;
}

/**
 * Splice translations into `source` (see `spliceUnits`) and tell where each one landed.
 *
 * `output.slice(...ranges.get(r))` is what replacement `r` wrote in place of
 * `source.slice(r.unit.start, r.unit.end)`.
 *
 * @param source The full source text the units were segmented from.
 * @param replacements The units to replace and their texts, in any order.
 * @returns The output and, per replacement, its `[start, end)` range in the output.
 * @throws When a unit's range does not hold its `raw` text or two ranges overlap.
 */
export function spliceUnitsWithRanges(
  source: string,
  replacements: readonly Replacement[],
): { output: string; ranges: Map<Replacement, readonly [start: number, end: number]> } {
  const sorted = [...replacements].sort((a, b) => a.unit.start - b.unit.start);
  const ranges = new Map<Replacement, readonly [number, number]>();
  let output = '';
  let offset = 0;
  for (const replacement of sorted) {
    const { unit, text } = replacement;
    if (source.slice(unit.start, unit.end) !== unit.raw) {
      throw new Error(`Cannot splice unit at line ${unit.line}: its range [${unit.start}, ${unit.end}) does not hold its raw text`);
    }
    if (unit.start < offset) {
      throw new Error(`Cannot splice unit at line ${unit.line}: its range overlaps the previous unit`);
    }
    const written = text === unit.text ? unit.raw : replacementFormatters[unit.kind](unit, text, source);
    output += source.slice(offset, unit.start);
    ranges.set(replacement, [output.length, output.length + written.length]);
    output += written;
    offset = unit.end;
  }
  return { output: output + source.slice(offset), ranges };
}

/**
 * Find which replacements to leave out so that the spliced file keeps its structure.
 *
 * Splicing every replacement not in the result gives a file that `isIntact`
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
