/**
 * Segment YAML front matter.
 */
import type { Yaml } from 'mdast';
import { getFrontMatterUnits } from '../get-front-matter-units.js';
import type { SegmentState } from '../segment-state.js';

/**
 * Add the units of the configured front-matter fields.
 *
 * Invariant: fields not listed in `frontMatterFields` and non-string values add nothing.
 *
 * @param node The front matter.
 * @param state The segmenter state; units are appended to it.
 */
export function handleYaml(node: Yaml, state: SegmentState): void {
  state.units.push(...getFrontMatterUnits(node, state));
}
