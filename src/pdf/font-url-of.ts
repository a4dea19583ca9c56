/**
 * Name the URL a font file is requested by.
 */
import { basename } from 'node:path';
import type { FontFile } from '../fonts/index.js';
import { bookUrls } from './book-urls.js';

/**
 * The URL under `bookUrls.fonts` that the `@font-face` rules use for a font file.
 *
 * Invariant: distinct files of a stack get distinct URLs (face id plus file name), and the
 * request gate answers exactly these URLs.
 *
 * @param file A font file of the stack.
 * @returns Its URL.
 */
export function fontUrlOf(file: FontFile): string {
  return `${bookUrls.fonts}${encodeURIComponent(file.faceId)}/${encodeURIComponent(basename(file.path))}`;
}
