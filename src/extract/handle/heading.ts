/**
 * Segment a heading.
 */
import type { Heading } from 'mdast';
import { createUnit } from '../create-unit.js';
import { getContentRange } from '../get-content-range.js';
import { getHardBreaks } from '../get-hard-breaks.js';
import { getPlainText } from '../get-plain-text.js';
import { getSlug } from '../get-slug.js';
import { getUnitText } from '../get-unit-text.js';
import { hasTranslatableText } from '../has-translatable-text.js';
import type { SegmentState } from '../segment-state.js';

/**
 * Start a new section and add a `heading` unit for the heading's content: without the
 * ATX `#` markers and closing sequence, or the setext content lines without underline.
 *
 * Invariant: the section changes even when the heading has nothing to translate, and
 * the heading's own unit carries its own slug.
 *
 * @param node The heading.
 * @param state The segmenter state; its section is updated and units are appended.
 */
export function handleHeading(node: Heading, state: SegmentState): void {
  state.section = getSlug(getPlainText(node));
  const range = getContentRange(state.source, node.children);
  if (range === undefined || !hasTranslatableText(node.children)) return;
  const text = getUnitText(state.source, range[0], range[1], getHardBreaks(state.source, node.children));
  state.units.push(createUnit(state, 'heading', range, text, range[0]));
}
