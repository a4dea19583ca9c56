import { readFileSync } from 'node:fs';

/**
 * Read a UTF-8 text file that may be absent.
 * Invariant: only a missing file gives `undefined`; any other error is thrown. Reads
 * synchronously (small files, no thread-pool round trip).
 * @param path Absolute path.
 * @returns The text, or `undefined` when the file does not exist.
 */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
