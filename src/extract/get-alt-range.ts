/**
 * The source range of an image's alt text.
 */
import type { Range } from './get-content-range.js';

/**
 * Find the raw alt text of an image (`![alt](…)` or `![alt][ref]`): from after `![` to
 * the matching `]`, honouring backslash escapes and nested brackets.
 *
 * Invariant: the range lies inside `[imageStart, imageEnd)`.
 *
 * @param source The full source text.
 * @param imageStart Offset of the image's `!`.
 * @param imageEnd End offset of the image node.
 * @returns The alt range, or `undefined` when the alt text is empty.
 */
export function getAltRange(source: string, imageStart: number, imageEnd: number): Range | undefined {
  const start = imageStart + 2;
  let depth = 1;
  let index = start;
  while (index < imageEnd) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) break;
    index++;
  }
  return index > start && index < imageEnd ? [start, index] : undefined;
}
