/**
 * Write the `@font-face` rules and `font-family` value for a stack.
 */
import type { FontFile } from './list-stack-font-files.js';

/**
 * Format `@font-face` rules for every file of a stack, with URLs chosen by the caller.
 *
 * Invariant: one rule per file with its family, weight, style and `unicode-range`, so the
 * browser picks exactly the files `readFontCoverage` counted; `font-display: block` keeps
 * fallback faces out of the printed page.
 *
 * @param files The stack's files from `listStackFontFiles`.
 * @param urlOf Maps a file to the URL the page requests it by.
 * @returns CSS text.
 */
export function formatFontFaceCss(files: readonly FontFile[], urlOf: (file: FontFile) => string): string {
  return files
    .map((file) => {
      const range = file.unicodeRange.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`));
      return [
        '@font-face {',
        `  font-family: ${JSON.stringify(file.family)};`,
        `  font-style: ${file.style};`,
        `  font-weight: ${file.weight};`,
        '  font-display: block;',
        `  src: url(${JSON.stringify(urlOf(file))}) format("woff2");`,
        range.length > 0 ? `  unicode-range: ${range.join(', ')};` : '',
        '}',
      ]
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n');
}

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase();
}
