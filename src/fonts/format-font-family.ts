/**
 * Write the CSS `font-family` value of a stack.
 */
import type { FontStack } from './get-font-stack.js';

/**
 * Format the CSS `font-family` value of a stack.
 *
 * Invariant: the region face comes first and no generic family follows, so the browser is
 * never invited to pick a system face (the glyph check makes sure none is needed).
 *
 * @param stack The stack from `getFontStack`.
 * @returns Quoted family names joined by commas.
 */
export function formatFontFamily(stack: FontStack): string {
  return stack.faces.map((face) => JSON.stringify(face.family)).join(', ');
}
