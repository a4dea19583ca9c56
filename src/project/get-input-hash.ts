import { createHash } from 'node:crypto';
import type { BookInput } from '../pdf/book-input.js';
import { getCodeHash } from '../store/get-code-hash.js';

/**
 * Hash everything a language's PDF depends on: its chapters and metadata, the font
 * configuration, the images it may embed, and the renderer's own code and styles.
 * Invariant: equal hashes mean an identical PDF would be rendered again.
 * @param input The book input of the language.
 * @param extra Other inputs (font configuration text, image list with sizes).
 * @returns A hex digest.
 */
export function getInputHash(input: BookInput, extra: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(getCodeHash(['pdf', 'fonts']));
  hash.update(JSON.stringify([input.lang, input.htmlLang, input.metadata, input.chapters]));
  for (const part of extra) hash.update(part);
  return hash.digest('hex');
}
