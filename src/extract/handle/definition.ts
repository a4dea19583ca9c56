/**
 * Segment a link reference definition.
 */
import type { Definition } from 'mdast';
import { createUnit } from '../create-unit.js';
import { getTitleRange } from '../get-title-range.js';
import { getUnitText } from '../get-unit-text.js';
import type { SegmentState } from '../segment-state.js';

/**
 * Add a `title` unit for the title of a definition (`[x]: url "Title"`).
 *
 * Invariant: the label and destination are never units; a definition without a title
 * adds nothing.
 *
 * @param node The definition.
 * @param state The segmenter state; units are appended to it.
 */
export function handleDefinition(node: Definition, state: SegmentState): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (!node.title || start === undefined || end === undefined) return;
  const colon = state.source.indexOf(']:', start);
  if (colon === -1 || colon >= end) return;
  const title = getTitleRange(state.source, colon + 2, end);
  if (title === undefined) return;
  state.units.push(createUnit(state, 'title', title, getUnitText(state.source, title[0], title[1]), start));
}
