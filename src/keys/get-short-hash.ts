/**
 * The short content hash in new keys.
 */
import { createHash } from 'node:crypto';

/**
 * Compute the first 4 hex characters of the SHA-1 of a text (UTF-8).
 *
 * Invariant: deterministic; the result matches `^[0-9a-f]{4}$`.
 *
 * @param text The unit text at the time its key is first given.
 * @returns Four lowercase hex characters.
 */
export function getShortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 4);
}
