/**
 * Segment a paragraph.
 */
import type { Paragraph } from 'mdast';
import { createUnit } from '../create-unit.js';
import { getContentRange } from '../get-content-range.js';
import { getHardBreaks } from '../get-hard-breaks.js';
import { getImageUnits } from '../get-image-units.js';
import { getParagraphImages } from '../get-paragraph-images.js';
import { getUnitText } from '../get-unit-text.js';
import { hasTranslatableText } from '../has-translatable-text.js';
import type { SegmentState } from '../segment-state.js';

/**
 * Add the units of a paragraph: one `paragraph` unit for its inline content, or, when it
 * holds only images, their `alt` and `title` units.
 *
 * Invariant: a paragraph of only inline code, URLs, HTML or punctuation adds nothing; a
 * task item's checkbox is never part of the unit (its content range starts after it).
 *
 * @param node The paragraph.
 * @param state The segmenter state; units are appended to it.
 */
export function handleParagraph(node: Paragraph, state: SegmentState): void {
  const range = getContentRange(state.source, node.children);
  if (range === undefined) return;
  const images = getParagraphImages(node.children);
  if (images !== undefined) {
    state.units.push(...getImageUnits(state, images, range[0]));
    return;
  }
  if (!hasTranslatableText(node.children)) return;
  const text = getUnitText(state.source, range[0], range[1], getHardBreaks(state.source, node.children));
  state.units.push(createUnit(state, 'paragraph', range, text, range[0]));
}
