import { createHash } from 'node:crypto';

/**
 * Hash a text for the staleness record: 12 hex digits of SHA-256 over its UTF-8 bytes.
 * Invariant: equal texts give equal hashes; the hash says nothing else about the text.
 * @param text Any text.
 * @returns The hash.
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}
