/**
 * Turn the language's "Page {page} of {pages}" into a CSS `content` value.
 */
import { formatCssString } from './format-css-string.js';

/**
 * Format a page label template for an `@page` margin box.
 *
 * Invariant: `{page}` becomes `counter(page)` and `{pages}` `counter(pages)`; every other
 * part is a quoted CSS string, so translated words can never inject CSS.
 *
 * @param template E.g. `Page {page} of {pages}` or `第 {page} 頁，共 {pages} 頁`.
 * @returns A CSS `content` value such as `"Page " counter(page) " of " counter(pages)`.
 */
export function formatPageLabel(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : formatCssString(part)))
    .join(' ');
}
