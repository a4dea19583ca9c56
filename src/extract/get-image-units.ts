/**
 * Units for the alt texts and titles of images.
 */
import type { Image, ImageReference } from 'mdast';
import { createUnit } from './create-unit.js';
import { getAltRange } from './get-alt-range.js';
import { getTitleRange } from './get-title-range.js';
import { getUnitText } from './get-unit-text.js';
import type { SegmentState } from './segment-state.js';
import type { Unit } from './unit.js';

/**
 * Create an `alt` unit for each non-empty alt text and a `title` unit for each non-empty
 * inline title (`![alt](src "title")`), in source order.
 *
 * Invariant: every unit's range lies inside its image's range; reference images get no
 * title unit here (their title belongs to the definition).
 *
 * @param state The segmenter state.
 * @param images The images of one image-only paragraph.
 * @param blockStart Offset where the paragraph starts, for the prefix.
 * @returns The units, in order.
 */
export function getImageUnits(
  state: SegmentState,
  images: ReadonlyArray<Image | ImageReference>,
  blockStart: number,
): Unit[] {
  const { source } = state;
  const units: Unit[] = [];
  for (const image of images) {
    const start = image.position?.start.offset;
    const end = image.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const alt = getAltRange(source, start, end);
    if (alt !== undefined && alt[1] > alt[0]) {
      units.push(createUnit(state, 'alt', alt, getUnitText(source, alt[0], alt[1]), blockStart));
    }
    const afterAlt = alt === undefined ? start + 3 : alt[1] + 1;
    if (image.type !== 'image' || !image.title || source[afterAlt] !== '(') continue;
    const title = getTitleRange(source, afterAlt + 1, end - 1);
    if (title !== undefined) {
      units.push(createUnit(state, 'title', title, getUnitText(source, title[0], title[1]), blockStart));
    }
  }
  return units;
}
